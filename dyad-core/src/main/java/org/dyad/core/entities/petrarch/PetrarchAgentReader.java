package org.dyad.core.entities.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.DictionaryFormatException;

/**
 * Reads PETRARCH/TABARI agent dictionaries ({@code .agents.txt}): {@code NOUN {PLURALS} [~CODE]}. The
 * code is a role joined to the actor the noun belongs to: after the actor's code with {@code ~CODE},
 * before it with {@code CODE~}. Without braces the noun also gets its regular English plural;
 * {@code {A B}} gives the plurals instead, and {@code {}} none (a noun that is only singular, only
 * plural, or the same in both, such as "police"). Lines {@code !NAME! = A, B} define substitutions: a
 * phrase with {@code !NAME!} stands for each of A, B, with no plural made from them.
 */
public final class PetrarchAgentReader {
  private static final Pattern MACRO = Pattern.compile("(![A-Z0-9]+!)\\s*=\\s*(.+)");
  private static final Pattern ENTRY = Pattern.compile(
      "([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*(~?)([A-Za-z0-9]+)(~?)\\s*\\]");

  private PetrarchAgentReader() {}

  /** Reads an agent dictionary; a line that is neither comment, substitution nor entry is refused with file:line. */
  public static List<AgentEntry> read(Reader reader, String origin) throws IOException {
    return read(reader, origin, problem -> {
      throw new DictionaryFormatException(problem);
    });
  }

  /** Reads leniently: a line that cannot be read goes to {@code problems} ("file:line: message") and is skipped. */
  public static List<AgentEntry> read(Reader reader, String origin, Consumer<String> problems) throws IOException {
    Map<String, List<String>> macros = new HashMap<>();
    Set<AgentEntry> out = new LinkedHashSet<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String t = PetrarchDictionaryReader.strip(line);
      if (t.isEmpty()) {
        continue;
      }
      Matcher macro = MACRO.matcher(t);
      if (macro.matches()) {
        List<String> forms = new ArrayList<>();
        for (String f : macro.group(2).split(",")) {
          forms.add(f.strip());
        }
        macros.put(macro.group(1), forms);
        continue;
      }
      Matcher m = ENTRY.matcher(t);
      if (!m.matches()) {
        problems.accept(origin + ":" + n + ": not an agent entry: " + t);
        continue;
      }
      String role = m.group(4).toUpperCase(java.util.Locale.ROOT);
      if (!role.matches("([A-Z0-9]{3})+")) {
        continue;
      }
      boolean before = m.group(3).isEmpty() && !m.group(5).isEmpty();
      List<String> forms = new ArrayList<>();
      for (String noun : expand(m.group(1), macros)) {
        forms.addAll(forms(noun, noun.equals(m.group(1)) ? m.group(2) : ""));
      }
      if (forms.stream().anyMatch(String::isBlank)) {
        problems.accept(origin + ":" + n + ": an agent or plural with no words: " + t);
        continue;
      }
      forms.forEach(form -> out.add(new AgentEntry(form, role, before)));
    }
    return new ArrayList<>(out);
  }

  /** The phrase with each substitution replaced by each of its forms. */
  static List<String> expand(String phrase, Map<String, List<String>> macros) {
    List<String> out = new ArrayList<>(List.of(phrase));
    for (Map.Entry<String, List<String>> e : macros.entrySet()) {
      List<String> next = new ArrayList<>();
      for (String p : out) {
        if (p.contains(e.getKey())) {
          e.getValue().forEach(v -> next.add(p.replace(e.getKey(), v)));
        } else {
          next.add(p);
        }
      }
      out = next;
    }
    return out;
  }

  /** The noun and its plurals, words joined by spaces: {@code plurals} null for the regular one, "" for none. */
  static List<String> forms(String noun, String plurals) {
    String s = words(noun);
    List<String> out = new ArrayList<>(List.of(s));
    if (plurals == null) {
      out.add(plural(s));
    } else if (!plurals.isBlank()) {
      for (String p : plurals.strip().split("\\s+")) {
        out.add(words(p));
      }
    }
    return out;
  }

  private static String words(String s) {
    return s.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  /** The regular English plural of the last word. */
  static String plural(String s) {
    String u = s.toUpperCase(java.util.Locale.ROOT);
    if (u.endsWith("S") || u.endsWith("SH") || u.endsWith("CH") || u.endsWith("X")) {
      return s + "ES";
    }
    if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) {
      return s.substring(0, s.length() - 1) + "IES";
    }
    if (u.endsWith("MAN")) {
      return s.substring(0, s.length() - 3) + "MEN";
    }
    return s + "S";
  }
}
