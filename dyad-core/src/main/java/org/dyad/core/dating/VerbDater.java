package org.dyad.core.dating;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.nlp.Parses;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Dates a statement or an event, always by a day or a coarser period (a time of day stays in the
 * article's date mention: "overnight" dates an event {@code 2023-07-06}, not {@code 2023-07-06TNI}),
 * with where the date came from:
 *
 * <ol>
 *   <li>{@code text}: the time expression attached to its verb in the parse ("On August 16, X
 *       said", "told reporters on Wednesday", "said in a statement on Monday"). Only a calendar
 *       value dates (a duration, a set or "now" do not). A date inside a reported clause ("said the
 *       attack happened on Monday") is the reported event's: only the verb's own temporal
 *       dependents are searched, and neither a complement that is itself a clause ("accused X of
 *       attacking Y last week") nor the clauses inside a temporal phrase.
 *   <li>{@code event}: a named event of the past the act is set in or is ("in the Six-Day War",
 *       "Iraq's invasion of Kuwait": {@link NamedEvents}), its day, month, year or decade.
 *   <li>{@code background}: an act in the past perfect in a clause of its own ("the rebels had
 *       seized the town"), told as background before the story's time: {@code PAST_REF}, never the
 *       article's day. In a reported clause ("police said the man had fled") the past perfect only
 *       shifts the tense of speech and the act keeps the article date.
 *   <li>{@code article}: the article date.
 * </ol>
 */
public final class VerbDater {
  /** Relations through which a date attaches to a verb (and, for nouns, to the noun). */
  private static final Set<String> TEMPORAL = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod", "advmod", "obl:on", "obl:in");

  /** A value on the calendar at a day or coarser: a year with its day, week, month, quarter, half or season. */
  private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|W\\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$");
  private static final Pattern DAY_AND_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T.*$");

  /** Relations of clauses: what they hold is another event's, with its own date. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis");
  /** Clauses whose past perfect is background, not the backshift of reported speech. */
  private static final Set<String> OWN_CLAUSES = Set.of("root", "acl:relcl");

  /** A date and where it came from: {@code text}, {@code event}, {@code background} or {@code article}. */
  public record Dated(String value, String source) {
    public static final Dated NONE = new Dated(null, null);
  }

  private VerbDater() {}

  public static Dated date(CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    if (verb >= 0) {
      Optional<Dated> own = attached(a, verb, dates).or(() -> setting(a, verb));
      if (own.isPresent()) {
        return own.get();
      }
      if (isBackground(a, verb)) {
        return new Dated("PAST_REF", "background");
      }
    }
    return article.published() == null ? Dated.NONE : new Dated(article.published().toString(), "article");
  }

  /** The day or coarser period of a date mention: a time of day is cut off ("2023-07-06TNI" is "2023-07-06"). */
  static String day(String value) {
    Matcher m = DAY_AND_TIME.matcher(value);
    return m.matches() ? m.group(1) : value;
  }

  private static Optional<Dated> attached(Annotation a, int verb, List<DateMention> dates) {
    for (int d : temporalDependents(a, verb)) {
      DateMention m = dateIn(a, d, dates);
      if (m != null) {
        return Optional.of(new Dated(day(m.value()), "text"));
      }
    }
    return Optional.empty();
  }

  /** A named past event that the act is (a noun: "Iraq's invasion of Kuwait") or is set in ("in the Gulf War"). */
  private static Optional<Dated> setting(Annotation a, int verb) {
    Token t = a.tokens().get(verb);
    if (t.pos().startsWith("NN")) {
      Optional<String> named = NamedEvents.in(phrase(a, verb));
      if (named.isPresent()) {
        return named.map(v -> new Dated(v, "event"));
      }
    }
    for (int d : temporalDependents(a, verb)) {
      Optional<String> named = NamedEvents.in(phrase(a, d));
      if (named.isPresent()) {
        return named.map(v -> new Dated(v, "event"));
      }
    }
    return Optional.empty();
  }

  private static List<Integer> temporalDependents(Annotation a, int verb) {
    return a.children(verb).stream()
        .filter(d -> TEMPORAL.contains(d.relation()) || d.relation().startsWith("obl"))
        .map(Dependency::dependent)
        .filter(d -> !a.tokens().get(d).pos().startsWith("VB"))
        .toList();
  }

  /** The text of a token's phrase: its subtree, without the clauses hanging from it. */
  private static String phrase(Annotation a, int token) {
    java.util.TreeSet<Integer> tokens = new java.util.TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(token));
    while (!todo.isEmpty() && tokens.size() < 60) {
      int t = todo.pop();
      if (!tokens.add(t)) {
        continue;
      }
      for (Dependency d : a.children(t)) {
        if (!CLAUSES.contains(d.relation())) {
          todo.push(d.dependent());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i : tokens) {
      out.append(a.tokens().get(i).word()).append(' ');
    }
    return out.toString();
  }

  /** "had seized": a past perfect in a clause of its own, not in reported speech. */
  private static boolean isBackground(Annotation a, int verb) {
    boolean had = a.children(verb).stream()
        .anyMatch(d -> d.relation().equals("aux") && a.tokens().get(d.dependent()).word().equalsIgnoreCase("had"));
    String relation = Parses.relation(a, verb);
    return had && a.tokens().get(verb).pos().equals("VBN") && (relation.isEmpty() || OWN_CLAUSES.contains(relation));
  }

  /** A resolved DATE or TIME mention inside the subtree of a token, or null. */
  private static DateMention dateIn(Annotation a, int token, List<DateMention> dates) {
    Deque<Integer> todo = new ArrayDeque<>(List.of(token));
    int guard = 0;
    while (!todo.isEmpty() && guard++ < 200) {
      Token t = a.tokens().get(todo.pop());
      for (DateMention m : dates) {
        if (m.value() != null && m.start() <= t.start() && m.end() >= t.end()
            && (m.type().equals("DATE") || m.type().equals("TIME")) && CALENDAR.matcher(day(m.value())).matches()) {
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
