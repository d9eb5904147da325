package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Decides whether a time expression sits in a future-tense clause. A future verb group is a modal
 * (will, shall, 'll, may, could...) or "going to", followed by a base verb (POS VB), adverbs and
 * negation allowed between. A past verb is a VBD, or a VBN after have/has/had. The verb group
 * nearest to the expression (in characters) decides, ties going to the past: in "said on Monday it
 * will meet" the Monday belongs to "said". With no verb at all the clause is not future.
 */
public final class FutureTenseDetector {
  private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll");
  private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve");

  /** Whether the expression over {@code [start, end)} is in a future-tense clause. */
  public boolean isFuture(Annotation annotation, int start, int end) {
    requireNonNull(annotation, "annotation is null");
    Sentence sentence = annotation.sentenceAt(start);
    if (sentence == null) {
      return false;
    }
    List<Token> tokens = annotation.tokensOf(sentence);
    int best = Integer.MAX_VALUE;
    boolean future = false;
    for (int i = 0; i < tokens.size(); i++) {
      int kind = kind(tokens, i);
      if (kind == 0) {
        continue;
      }
      int distance = distance(tokens.get(i), start, end);
      if (distance < best || (distance == best && kind < 0)) {
        best = distance;
        future = kind > 0;
      }
    }
    return future;
  }

  /** +1 for a token of a future verb group, -1 for a past verb, 0 otherwise. */
  private static int kind(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (isModal(t) || isGoingTo(tokens, i)) {
      return baseVerbAfter(tokens, i + (isModal(t) ? 1 : 2)) >= 0 ? 1 : 0;
    }
    if (t.pos().equals("VB") && i > 0 && governedByFutureMarker(tokens, i)) {
      return 1;
    }
    if (t.pos().equals("VBD")) {
      return -1;
    }
    if (t.pos().equals("VBN") && i > 0 && HAVE.contains(lower(tokens.get(i - 1)))) {
      return -1;
    }
    return 0;
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

  private static int distance(Token t, int start, int end) {
    if (t.end() <= start) {
      return start - t.end();
    }
    return t.start() >= end ? t.start() - end : 0;
  }
}
