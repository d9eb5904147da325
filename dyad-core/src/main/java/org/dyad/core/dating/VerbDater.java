package org.dyad.core.dating;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Dates a statement or an event by the time expression attached to its verb in the parse
 * ("On August 16, X said", "told reporters on Wednesday", "said in a statement on Monday"), else
 * by the article date. Only a calendar value dates (a day, week, month, year or a time on a day);
 * a duration, a set or a vague reference ("now", "recently") leaves the article date. A date
 * inside a reported clause ("said the attack happened on Monday") is the reported event's, not
 * the statement's: only the verb's own temporal dependents are searched, and neither a complement
 * that is itself a clause ("accused X of attacking Y last week": the attack's date, not the
 * accusation's) nor the clauses inside a temporal phrase.
 */
public final class VerbDater {
  /** Relations through which a date attaches to a verb (and, for nouns, to the noun). */
  private static final Set<String> TEMPORAL = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod", "advmod", "obl:on", "obl:in");

  /** A value on the calendar: it starts with a year. */
  private static final Pattern CALENDAR = Pattern.compile("^\\d{4}");

  /** Relations of clauses: what they hold is another event's, with its own date. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis");

  /** A date and where it came from: {@code text} or {@code article}. */
  public record Dated(String value, String source) {
    public static final Dated NONE = new Dated(null, null);
  }

  private VerbDater() {}

  public static Dated date(CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    if (verb >= 0) {
      for (Dependency d : a.children(verb)) {
        boolean temporal = TEMPORAL.contains(d.relation()) || d.relation().startsWith("obl");
        if (temporal && !a.tokens().get(d.dependent()).pos().startsWith("VB")) {
          DateMention m = dateIn(a, d.dependent(), dates);
          if (m != null) {
            return new Dated(m.value(), "text");
          }
        }
      }
    }
    return article.published() == null ? Dated.NONE : new Dated(article.published().toString(), "article");
  }

  /** A resolved DATE or TIME mention inside the subtree of a token, or null. */
  private static DateMention dateIn(Annotation a, int token, List<DateMention> dates) {
    Deque<Integer> todo = new ArrayDeque<>(List.of(token));
    int guard = 0;
    while (!todo.isEmpty() && guard++ < 200) {
      Token t = a.tokens().get(todo.pop());
      for (DateMention m : dates) {
        if (m.value() != null && m.start() <= t.start() && m.end() >= t.end()
            && (m.type().equals("DATE") || m.type().equals("TIME")) && CALENDAR.matcher(m.value()).find()) {
          return m;
        }
      }
      for (Dependency d : a.children(t.index())) {
        if (!CLAUSES.contains(d.relation())) {
          todo.push(d.dependent());
        }
      }
    }
    return null;
  }
}
