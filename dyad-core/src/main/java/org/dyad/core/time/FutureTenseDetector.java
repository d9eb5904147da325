package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Decides whether a time expression sits in a future-tense clause, from parts of speech alone.
 *
 * <p>A future verb group is a modal (will, shall, 'll, may, could...) or "going to" followed by a
 * base verb (adverbs and negation allowed between); a present progressive ("is leaving Monday");
 * or an infinitive of intention ("is scheduled to close Monday", "told to come back on Saturday",
 * "prepares to be sworn in on Thursday"), the earliest time of a pending event ("as soon as
 * Tuesday") and the new time of a deferred one ("postponed the hearing until Monday", "extended its
 * deadline until 9 a.m. Tuesday"). A past verb
 * is a VBD, a modal with "have" and a participle ("could have known"), or a participle not after
 * "be" ("has agreed", "the accord, signed Monday"); "has scheduled" and "was slated" look ahead.
 *
 * <p>English news puts the verb before its date ("said Monday", "will meet on Monday"), so the
 * nearest verb group to the left of the expression in its clause decides (the left scan stops at a
 * clause boundary such as "that", "where", "after"); with none there, the nearest one to the right
 * ("On Monday, the minister said..."), then the rest of the sentence to the left. A possessive ("Wednesday's
 * ruling") names an event already known and is never future. With no verb at all the clause is not
 * future.
 */
public final class FutureTenseDetector {
  private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll");
  private static final Set<String> BE = Set.of("is", "are", "am", "'s", "'re", "'m");
  private static final Set<String> BE_FORMS = Set.of(
      "be", "been", "being", "is", "are", "am", "was", "were", "'s", "'re", "'m");
  private static final Set<String> SCHEDULED = Set.of("scheduled", "slated", "planned");
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "been", "was", "were", "is", "are");
  private static final Set<String> AS_BEFORE = Set.of("previously", "originally", "earlier", "as", "initially");
  private static final Set<String> BOUNDARIES = Set.of(
      "that", "which", "who", "where", "after", "before", "when", "because", "while", "although",
      "since", "if", "though", "unless", ";");
  private static final Set<String> UNTIL = Set.of("until", "till", "til");
  private static final Set<String> DEFERRAL = Set.of("postponed", "postpone", "postpones", "delayed",
      "delay", "delays", "deferred", "defer", "adjourned", "adjourn", "given", "gave", "give", "gives",
      "extended", "extend", "extends");
  /** How many tokens between a deferral verb and "until". */
  private static final int DEFERRAL_REACH = 8;
  /** How many tokens before the expression "as soon as" may stand. */
  private static final int EARLIEST_REACH = 6;
  private static final Set<String> INTENT = Set.of(
      "scheduled", "set", "due", "expected", "plan", "plans", "planned", "planning", "slated",
      "poised", "intend", "intends", "intended", "aims", "ready", "prepared", "prepare", "prepares",
      "preparing", "likely", "going", "told", "agreed", "decided", "promised", "vowed",
      "pledged", "threatened", "hopes", "hoped", "wants", "wanted", "urged", "ordered");

  /** Whether the expression over {@code [start, end)} is in a future-tense clause. */
  public boolean isFuture(Annotation annotation, int start, int end) {
    return tense(annotation, start, end) > 0;
  }

  /** The tense of the clause of {@code [start, end)}: +1 future, -1 past, 0 neither or unknown. */
  public int tense(Annotation annotation, int start, int end) {
    requireNonNull(annotation, "annotation is null");
    Sentence sentence = annotation.sentenceAt(start);
    if (sentence == null) {
      return 0;
    }
    List<Token> tokens = annotation.tokensOf(sentence);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= start) {
      first++;
    }
    int after = first;
    while (after < tokens.size() && tokens.get(after).start() < end) {
      after++;
    }
    if (after < tokens.size() && isPossessive(tokens.get(after))) {
      return -1;
    }
    if (earliestPossible(tokens, first) || deferredUntil(tokens, first)) {
      return 1;
    }
    int boundary = first - 1;
    while (boundary >= 0 && !BOUNDARIES.contains(lower(tokens.get(boundary)))) {
      boundary--;
    }
    int decided = scan(tokens, first - 1, boundary);
    if (decided == 0) {
      decided = scan(tokens, after, tokens.size());
    }
    if (decided == 0 && boundary >= 0) {
      decided = scan(tokens, boundary - 1, -1);
    }
    return decided;
  }

  /**
   * "as soon as Tuesday", "as soon as the market opens Monday": the earliest time a pending event
   * can happen, which lies ahead ("as early as" also looks back: "as early as 1990 he warned").
   */
  private static boolean earliestPossible(List<Token> tokens, int first) {
    for (int i = Math.max(0, first - EARLIEST_REACH); i + 2 < first; i++) {
      if (lower(tokens.get(i)).equals("as") && lower(tokens.get(i + 1)).equals("soon")
          && lower(tokens.get(i + 2)).equals("as")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "postponed the vote until Tuesday", "has given them until noon Friday": the new time of a
   * deferred event, or a deadline granted, lies after the deferral the article reports.
   */
  private static boolean deferredUntil(List<Token> tokens, int first) {
    if (first < 1 || !UNTIL.contains(lower(tokens.get(first - 1)))) {
      return false;
    }
    for (int i = first - 2; i >= Math.max(0, first - 2 - DEFERRAL_REACH); i--) {
      String w = lower(tokens.get(i));
      if (DEFERRAL.contains(w)) {
        return true;
      }
      if (BOUNDARIES.contains(w) || w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** The kind of the first verb group from {@code from} towards {@code to} (exclusive), or 0. */
  private static int scan(List<Token> tokens, int from, int to) {
    int step = to >= from ? 1 : -1;
    for (int i = from; i != to && i >= 0 && i < tokens.size(); i += step) {
      int kind = kind(tokens, i);
      if (kind != 0) {
        return kind;
      }
    }
    return 0;
  }

  /** +1 for a token of a future verb group, -1 for a past verb, 0 otherwise. */
  private static int kind(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (isModal(t) && i + 2 < tokens.size() && lower(tokens.get(i + 1)).equals("have")
        && tokens.get(i + 2).pos().equals("VBN")) {
      return -1;
    }
    if (isModal(t) || isGoingTo(tokens, i)) {
      return baseVerbAfter(tokens, i + (isModal(t) ? 1 : 2)) >= 0 ? 1 : 0;
    }
    if (t.pos().equals("VB") && i > 0 && (governedByFutureMarker(tokens, i) || isIntended(tokens, i))) {
      return 1;
    }
    if (t.pos().equals("VBG") && i > 0 && BE.contains(lower(tokens.get(i - 1)))
        && tokens.get(i - 1).pos().startsWith("VB") && !lower(t).equals("being")) {
      return 1;
    }
    if (t.pos().equals("VBD") && !SCHEDULED.contains(lower(t))) {
      return -1;
    }
    if (t.pos().equals("VBN") || t.pos().equals("VBD") && SCHEDULED.contains(lower(t))) {
      return participle(tokens, i);
    }
    return 0;
  }

  /**
   * A past participle: "has scheduled", "was slated" look ahead (+1); after a form of "be" the
   * auxiliary decides (0, so the scan goes on: "will be announced", "was announced"); otherwise
   * ("has agreed", "the accord, signed Monday") it is past.
   */
  private static int participle(List<Token> tokens, int i) {
    String before = i > 0 ? lower(tokens.get(i - 1)) : "";
    if (SCHEDULED.contains(lower(tokens.get(i)))) {
      return AS_BEFORE.contains(before) || planOfThePast(tokens, i) ? 0 : 1; // "began as previously planned Saturday": the plan is past
    }
    return BE_FORMS.contains(before) ? 0 : -1;
  }

  /** "had originally been scheduled", "previously was slated": a plan made before and changed since. */
  private static boolean planOfThePast(List<Token> tokens, int plan) {
    int j = plan - 1;
    while (j > 0 && AUXILIARIES.contains(lower(tokens.get(j)))) {
      j--;
    }
    return j >= 0 && j < plan - 1 && AS_BEFORE.contains(lower(tokens.get(j)));
  }

  private static boolean governedByFutureMarker(List<Token> tokens, int verb) {
    for (int j = verb - 1; j >= 0 && verb - j <= 4; j--) {
      Token t = tokens.get(j);
      if (isModal(t) || isGoingTo(tokens, j)) {
        return baseVerbAfter(tokens, j + (isModal(t) ? 1 : 2)) == verb;
      }
    }
    return false;
  }

  /**
   * An infinitive of intention: "plans to visit", "told to come back", "prepares to be sworn in";
   * a base verb joined by "and" to such an infinitive ("to bring guns and come back") counts too.
   */
  private static boolean isIntended(List<Token> tokens, int verb) {
    String before = lower(tokens.get(verb - 1));
    if (before.equals("to")) {
      return verb >= 2 && INTENT.contains(lower(tokens.get(verb - 2)))
          && !(SCHEDULED.contains(lower(tokens.get(verb - 2))) && planOfThePast(tokens, verb - 2));
    }
    if (!before.equals("and") && !before.equals("or")) {
      return false;
    }
    for (int j = verb - 2; j >= 1 && verb - j <= 6; j--) {
      if (tokens.get(j).pos().equals("VB")) {
        return isIntended(tokens, j);
      }
    }
    return false;
  }

  /** Index of the base verb starting at {@code from}, skipping adverbs and negation; or -1. */
  private static int baseVerbAfter(List<Token> tokens, int from) {
    for (int j = from; j < tokens.size() && j < from + 3; j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("VB")) {
        return j;
      }
      if (!t.pos().startsWith("RB") && !lower(t).equals("not") && !lower(t).equals("n't")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || lower(t).equals("'s") || lower(t).equals("\u2019s");
  }

  private static boolean isModal(Token t) {
    return t.pos().equals("MD") || FUTURE_WORDS.contains(lower(t));
  }

  private static boolean isGoingTo(List<Token> tokens, int i) {
    return lower(tokens.get(i)).equals("going") && i + 1 < tokens.size()
        && lower(tokens.get(i + 1)).equals("to");
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
