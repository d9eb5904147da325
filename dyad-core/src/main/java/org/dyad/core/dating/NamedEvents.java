package org.dyad.core.dating;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named events of the past that news sets acts in ("captured the Golan Heights in the Six-Day War",
 * "Iraq's invasion of Kuwait"), with when they happened ({@code named-events.tsv}: a day, month or
 * year when the event fits in one, else its decade or century). Facts, matched in a phrase's text
 * case-folded, hyphens as spaces; the longest name wins.
 */
final class NamedEvents {
  private static final Pattern VALUE = Pattern.compile("^\\d{2}(?:\\d(?:\\d(?:-\\d{2}(?:-\\d{2})?)?)?)?$");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2014]+");
  private static final Map<String, String> EVENTS = load("named-events.tsv");
  private static final List<String> BY_LENGTH = EVENTS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private NamedEvents() {}

  /** The value of the named event the phrase names, or empty. */
  static Optional<String> in(String phrase) {
    String p = " " + SEPARATORS.matcher(phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ") + " ";
    for (String name : BY_LENGTH) {
      int at = p.indexOf(name);
      if (at > 0 && !Character.isLetterOrDigit(p.charAt(at - 1)) && !Character.isLetterOrDigit(p.charAt(at + name.length()))) {
        return Optional.of(EVENTS.get(name));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = NamedEvents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || !VALUE.matcher(cols[1].strip()).matches()) {
          throw new IllegalStateException(resource + ": bad line: " + line);
        }
        out.put(SEPARATORS.matcher(cols[0].strip()).replaceAll(" "), cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
