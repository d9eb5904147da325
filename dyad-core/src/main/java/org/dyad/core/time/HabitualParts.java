package org.dyad.core.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;

/**
 * A part of the year in a habitual clause is every such part: "business is usually done in the
 * second and fourth quarters" names the second and fourth quarter of any year, the SETs
 * {@code XXXX-Q2} and {@code XXXX-Q4}, not those of the article's year. Only a quarter or half with
 * no year or deictic word written ("this quarter", "the 1990 second half" keep their year).
 */
final class HabitualParts {
  private static final Pattern PART = Pattern.compile("^\\d{4}-((?:Q[1-4])|(?:H[12]))$");
  private static final Pattern ANCHORED = Pattern.compile("(?i)\\d{4}|'\\d\\d|\\b(?:this|last|next|coming|past|current|latest|that)\\b");
  private static final Pattern HABITUAL = Pattern.compile(
      "(?i)\\b(?:usually|typically|normally|generally|traditionally|customarily|always|often|tends? to)\\b");

  private HabitualParts() {}

  static List<DateMention> resolve(List<DateMention> mentions, String text, Annotation annotation) {
    return mentions.stream().map(m -> every(m, text, annotation)).toList();
  }

  private static DateMention every(DateMention m, String text, Annotation annotation) {
    Matcher part = m.value() == null ? null : PART.matcher(m.value());
    if (part == null || !m.type().equals("DATE") || !part.matches() || ANCHORED.matcher(m.text()).find()) {
      return m;
    }
    Sentence s = annotation.sentenceAt(m.start());
    int from = s == null ? Math.max(0, m.start() - 150) : s.start();
    if (!HABITUAL.matcher(text.substring(from, m.start())).find()) {
      return m;
    }
    return new DateMention(m.start(), m.end(), m.text(), "SET", "XXXX-" + part.group(1), m.mod());
  }
}
