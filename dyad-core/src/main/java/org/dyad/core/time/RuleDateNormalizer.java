package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.time.SpanMerger.Candidate;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Timex;

/**
 * Normalises time expressions with Dyad's own rules on top of the annotator's (SUTime's).
 *
 * <ol>
 *   <li>Candidates are the annotator's timexes, with pieces of one expression joined by
 *       {@link FragmentJoiner}, plus the spans {@link PatternTimexRecognizer} finds.
 *   <li>Each candidate is resolved: a range ("from 2001 to 2021") becomes two DATE mentions, see
 *       {@link RangeSplitter}, and "the first nine months of 2021" a duration and a year, see
 *       {@link PeriodOfSplitter}; otherwise {@link DateRules} resolve the text, with the tense of its
 *       clause from {@link FutureTenseDetector}. Where no rule applies the annotator's type and
 *       value stay, checked by {@link UnanchoredValueResolver}; own finds that no rule resolves are
 *       dropped, and so is whatever TimeML does not mark ({@link NonMarkables}). An annotator
 *       expression left without a value is narrowed to its longest part that resolves
 *       ({@link ResolvablePart}).
 *   <li>What is a piece of a name ({@link NamePieces}: "RTX 2060", "Starry Night") or a part of a
 *       game ({@link GamePeriods}: "in the second half" of a match) is dropped.
 *   <li>Overlaps among the resolved candidates go to the longer span (the annotator's on a tie).
 *   <li>Weekdays that are part of a named day ({@link NamedDays}: "Black Friday") take that day, and a
 *       weekday joined to a plural one shares its plural ({@link CoordinatedDays}: "Monday and Tuesday nights");
 *       a quarter or half in a habitual clause is every such part ({@link HabitualParts}).
 *   <li>{@link DocumentContext} fills in back references ("the quarter", "that day") from the
 *       mentions before them, and {@link TimexMods} reads each mention's TIMEX3 {@code mod}.
 * </ol>
 *
 * <p>With no article date, relative expressions get a null value (SETs keep the annotator's).
 * The result is sorted by start, inside the text, without overlaps.
 */
public final class RuleDateNormalizer implements DateNormalizer {
  private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)^(.*\\S)\\s+(?:before|after)$");
  private static final Pattern LEADING_CLITIC = Pattern.compile("['\u2019]s?\\s+(?=\\S)");
  private static final Pattern EVENT_FOLLOWS = Pattern.compile("\\s+\\p{L}");
  private final DateRules rules;
  private final FutureTenseDetector tense;
  private final PatternTimexRecognizer recognizer;
  private final RangeSplitter ranges;
  private final UnanchoredValueResolver fallback = new UnanchoredValueResolver();
  private final FragmentJoiner joiner;
  private final PeriodOfSplitter periods;
  private final DocumentContext context;
  private final ResolvablePart parts;

  /** The standard rules, tense detector and recogniser. */
  public RuleDateNormalizer() {
    this(DateRules.standard(), new FutureTenseDetector(), new PatternTimexRecognizer());
  }

  public RuleDateNormalizer(DateRules rules, FutureTenseDetector tense, PatternTimexRecognizer recognizer) {
    this.rules = requireNonNull(rules, "rules is null");
    this.tense = requireNonNull(tense, "tense is null");
    this.recognizer = requireNonNull(recognizer, "recognizer is null");
    this.ranges = new RangeSplitter(rules);
    this.joiner = new FragmentJoiner(rules);
    this.periods = new PeriodOfSplitter(rules);
    this.context = new DocumentContext();
    this.parts = new ResolvablePart(rules);
  }

  @Override
  public List<DateMention> normalize(CleanedArticle article, Annotation annotation) {
    requireNonNull(article, "article is null");
    requireNonNull(annotation, "annotation is null");
    String text = article.text();
    GamePeriods games = GamePeriods.of(text);
    List<Resolved> resolved = new ArrayList<>();
    for (Candidate c : candidates(text, annotation)) {
      List<DateMention> found = mentionsOf(c, text, article.published(), annotation).stream()
          .filter(m -> NonMarkables.isMarkable(m, text, annotation) && !NamePieces.isPieceOfName(m, text)
              && !games.isPartOfGame(m, text, annotation))
          .toList();
      if (!found.isEmpty()) {
        resolved.add(new Resolved(c, found));
      }
    }
    List<DateMention> out = new ArrayList<>();
    for (Resolved r : SpanMerger.merge(resolved, Resolved::candidate)) {
      out.addAll(r.mentions());
    }
    out.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(DateMention::end));
    List<DateMention> named = HabitualParts.resolve(CoordinatedDays.share(
        NamedDays.resolve(out, text, article.published(), m -> tense.isFuture(annotation, m.start(), m.end())), text),
        text, annotation);
    return context.resolve(named, text, article.published(), annotation).stream()
        .map(TimexMods::read)
        .toList();
  }

  /** A candidate span and the mentions it resolved to. */
  private record Resolved(Candidate candidate, List<DateMention> mentions) {}

  private List<Candidate> candidates(String text, Annotation annotation) {
    List<Candidate> pieces = new ArrayList<>();
    for (Timex t : annotation.timexes()) {
      if (t.end() <= text.length() && !text.substring(t.start(), t.end()).isBlank()) {
        pieces.add(new Candidate(startPastClitic(t, text), t.end(), t.type(), t.value(), true));
      }
    }
    List<Candidate> all = new ArrayList<>();
    for (Candidate c : joiner.join(pieces, text)) {
      all.addAll(withoutEventPreposition(c, text));
    }
    for (int[] span : recognizer.find(text)) {
      all.add(new Candidate(span[0], span[1], null, null, false));
    }
    return all;
  }

  /** "'s weekly" in "the Ledger's weekly show": the span starts after a clitic or quote mark on its own. */
  private static int startPastClitic(Timex t, String text) {
    Matcher m = LEADING_CLITIC.matcher(text).region(t.start(), t.end());
    return m.lookingAt() ? m.end() : t.start();
  }

  /**
   * "said Monday before leaving", "the day after the vote": a trailing "before"/"after" that takes
   * an event after it is a preposition (a TIMEX3 signal), not part of the expression; the annotator
   * value of the longer span is dropped with it. A comma left inside ("May 4, the day") parts two
   * expressions, each resolved on its own.
   */
  static List<Candidate> withoutEventPreposition(Candidate c, String text) {
    Matcher m = TRAILING_PREPOSITION.matcher(text.substring(c.start(), c.end()));
    if (!m.matches() || !EVENT_FOLLOWS.matcher(text.substring(c.end())).lookingAt()) {
      return List.of(c);
    }
    String kept = m.group(1);
    int comma = kept.lastIndexOf(", ");
    if (comma < 0) {
      return List.of(new Candidate(c.start(), c.start() + kept.length(), c.type(), null, true));
    }
    int second = c.start() + comma + 2;
    return List.of(new Candidate(c.start(), c.start() + comma, c.type(), null, true),
        new Candidate(second, c.start() + kept.length(), c.type(), null, true));
  }

  /** The mentions a candidate resolves to; the day a period "ended" on has passed. */
  private List<DateMention> mentionsOf(Candidate c, String text, LocalDate anchor, Annotation annotation) {
    List<DateMention> found = resolve(c, text, anchor, tense.isFuture(annotation, c.start(), c.end()));
    return found.stream().map(m -> PassedDays.inThePast(m, text, anchor)).toList();
  }

  private List<DateMention> resolve(Candidate c, String text, LocalDate anchor, boolean future) {
    String s = text.substring(c.start(), c.end());
    List<DateMention> split = ranges.split(s, c.start(), anchor, future);
    if (split.isEmpty()) {
      split = periods.split(s, c.start(), anchor, future);
    }
    if (!split.isEmpty()) {
      return split;
    }
    Optional<TimexValue> v = rules.resolve(s, anchor, future);
    if (v.isPresent()) {
      return List.of(new DateMention(c.start(), c.end(), s, v.get().type(), v.get().value()));
    }
    if (!c.fromAnnotator()) {
      return List.of();
    }
    Optional<TimexValue> modified = anchor == null ? Optional.empty() : parts.modifiedValue(s, anchor, future);
    if (modified.isPresent() && modified.get().type().equals(c.type())) {
      return List.of(new DateMention(c.start(), c.end(), s, c.type(), modified.get().value()));
    }
    String value = HolidayYear.place(s, fallback.resolve(c.type(), c.value(), s, anchor, future), anchor, future);
    if (value == null && anchor != null) {
      List<DateMention> part = parts.find(s, c.start(), anchor, future);
      if (!part.isEmpty()) {
        return part;
      }
    }
    return List.of(new DateMention(c.start(), c.end(), s, c.type(), value));
  }
}
