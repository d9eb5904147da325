package org.dyad.core.entities.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.entities.DictionaryFormatException;

/**
 * Reads PETRARCH/TABARI actor dictionaries ({@code .actors.txt}). An actor starts with a line
 * {@code PHRASE [CODE]}; lines starting with {@code +} add synonyms; a code may also stand on its own
 * indented line, and several dated codes ({@code [HOBGOV 19950601 - 19990815]}, {@code [X < 950601]},
 * {@code [X > 990816]}) give the code by date. Words are joined by {@code _} or spaces; a final
 * {@code _} asks for the exact word, otherwise TABARI matches any word that starts with the last word,
 * which Dyad approximates with common endings ("-n", "-ian", "-ese", "-s"...). {@code #} starts a
 * comment; lines starting with {@code <!} are comments. Codes are upper-cased; {@code A/B} keeps A.
 */
public final class PetrarchDictionaryReader {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATED = Pattern.compile("(\\S+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");
  static final List<String> ENDINGS = List.of("", "s", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish",
      "a", "e");

  private PetrarchDictionaryReader() {}

  /** Reads an actor dictionary; a code line before any actor or an unreadable code is refused with file:line. */
  public static PetrarchActors readActors(Reader reader, String origin) throws IOException {
    return readActors(reader, origin, problem -> {
      throw new DictionaryFormatException(problem);
    });
  }

  /**
   * Reads an actor dictionary leniently: a line or code that cannot be read goes to {@code problems}
   * ("file:line: message") and is skipped, as curated dictionaries of many years hold a few typos.
   */
  public static PetrarchActors readActors(Reader reader, String origin, Consumer<String> problems) throws IOException {
    return readActors(reader, origin, problems, true);
  }

  /**
   * As {@link #readActors(Reader, String, Consumer)}; {@code endings} false keeps each phrase as
   * written, without the forms with common endings that approximate TABARI's stem match.
   */
  public static PetrarchActors readActors(Reader reader, String origin, Consumer<String> problems, boolean endings)
      throws IOException {
    List<PetrarchActors.Actor> out = new ArrayList<>();
    List<String> phrases = null;
    List<DatedCode> codes = null;
    BufferedReader in = new BufferedReader(reader);
    String line;
    String actorAt = origin;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String t = strip(line);
      if (t.isEmpty()) {
        continue;
      }
      String at = origin + ":" + n + ": ";
      String phrase = t.startsWith("[") ? null : phraseOf(t.startsWith("+") ? t.substring(1) : t);
      if (phrase != null && !t.startsWith("+")) {
        add(out, phrases, codes, actorAt, problems);
        actorAt = at;
        phrases = new ArrayList<>();
        codes = new ArrayList<>();
      } else if (phrases == null) {
        problems.accept(at + "a synonym or code before any actor");
        continue;
      }
      if (phrase != null && !phrase.isEmpty()) {
        phrases.addAll(endings ? variants(phrase, t) : variants(phrase.replaceAll("_*$", "_"), t));
      }
      codes.addAll(codes(t, at, problems));
    }
    add(out, phrases, codes, actorAt, problems);
    return new PetrarchActors(out);
  }

  /** Adds the actor read so far, if any; one whose lines held no words (only {@code _}) is a problem. */
  private static void add(List<PetrarchActors.Actor> out, List<String> phrases, List<DatedCode> codes, String at,
      Consumer<String> problems) {
    if (phrases == null) {
      return;
    }
    if (phrases.isEmpty()) {
      problems.accept(at + "an actor with no words");
    } else {
      out.add(PetrarchActors.actor(phrases, codes));
    }
  }

  /** The line without its comment; comment lines ({@code <!...}) become empty. */
  static String strip(String line) {
    String t = line.strip();
    if (t.startsWith("<!") || t.startsWith("#")) {
      return "";
    }
    int hash = t.indexOf('#');
    return (hash >= 0 ? t.substring(0, hash) : t).strip();
  }

  /** The words before the first code, with {@code _} as spaces (the exact-word marker kept for now). */
  private static String phraseOf(String t) {
    int bracket = t.indexOf('[');
    return (bracket >= 0 ? t.substring(0, bracket) : t).strip();
  }

  /** The phrase in text form, and for a non-exact phrase its forms with common endings. */
  static List<String> variants(String raw, String line) {
    boolean exact = raw.endsWith("_");
    String words = raw.replace('_', ' ').strip().replaceAll("\\s+", " ");
    List<String> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    for (String e : exact ? List.of("") : ENDINGS) {
      out.add(words + e.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static List<DatedCode> codes(String t, String at, Consumer<String> problems) {
    List<DatedCode> out = new ArrayList<>();
    Matcher m = CODE.matcher(t);
    while (m.find()) {
      Matcher d = DATED.matcher(m.group(1).strip());
      if (!d.matches() || !datesReadable(d) || d.group(1).startsWith("/")) {
        problems.accept(at + "unreadable code [" + m.group(1) + "]");
        continue;
      }
      String code = d.group(1).toUpperCase(Locale.ROOT).split("/")[0];
      LocalDate from = null;
      LocalDate to = null;
      if (d.group(2) != null) {
        LocalDate day = date(d.group(3));
        if (d.group(2).equals("<")) {
          to = day.minusDays(1);
        } else {
          from = day.plusDays(1);
        }
      } else if (d.group(4) != null) {
        from = date(d.group(4));
        to = date(d.group(5));
      }
      out.add(new DatedCode(code, from, to));
    }
    return out;
  }

  private static boolean datesReadable(Matcher d) {
    for (int g : new int[] {3, 4, 5}) {
      if (d.group(g) != null && date(d.group(g)) == null) {
        return false;
      }
    }
    return true;
  }

  /** YYMMDD (years before 30 are 20xx) or YYYYMMDD; null when it is neither. */
  static LocalDate date(String s) {
    if (s.length() != 6 && s.length() != 8) {
      return null;
    }
    try {
      if (s.length() == 8) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(4, 6)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
