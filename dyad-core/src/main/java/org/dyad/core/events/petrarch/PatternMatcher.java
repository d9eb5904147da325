package org.dyad.core.events.petrarch;

import java.util.List;
import java.util.Locale;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Matches a verb and its patterns against the words of one sentence, as TABARI does: the words
 * before {@code *} stand somewhere before the verb and the words after it somewhere after, in
 * order; words joined by {@code _} stand next to each other. A pattern word matches a token's word
 * or lemma, or, from four letters on, the start of its word ({@code RESOLUTION} matches "resolutions").
 */
final class PatternMatcher {
  private final Annotation a;
  private final int first;
  private final int end;

  /** Over the sentence {@code [first, end)} of the annotation's tokens. */
  PatternMatcher(Annotation a, int first, int end) {
    this.a = a;
    this.first = first;
    this.end = end;
  }

  /** The token range {@code [from, to)} the verb's words cover around the token {@code at}, or null. */
  int[] verbSpan(PetrarchVerb v, int at) {
    int from = at - v.head();
    int to = from + v.words().size();
    if (from < first || to > end) {
      return null;
    }
    for (int i = 0; i < v.words().size(); i++) {
      if (i != v.head() && !matches(v.words().get(i), from + i)) {
        return null;
      }
    }
    return new int[] {from, to};
  }

  /** The number of word elements of the pattern matched around the verb span, or -1 when it fails. */
  int score(PetrarchPattern p, int[] span) {
    if (after(p.after(), span[1], p.verbJoined()) < 0 || before(p.before(), span[0]) < 0) {
      return -1;
    }
    return p.words();
  }

  /** Matches elements forwards from {@code pos}; {@code adjacent}: the first must follow at once. */
  private int after(List<PatternElement> elements, int pos, boolean adjacent) {
    for (PatternElement e : elements) {
      if (e.kind() == PatternElement.Kind.WORDS) {
        int found = -1;
        for (int at = pos; at < end && found < 0 && (at == pos || !adjacent); at++) {
          found = phraseAt(e, at);
        }
        if (found < 0) {
          return -1;
        }
        pos = found;
      }
      adjacent = e.joined();
    }
    return pos;
  }

  /** Matches elements backwards, each ending before {@code pos} (just before, when joined to what follows). */
  private int before(List<PatternElement> elements, int pos) {
    for (int i = elements.size() - 1; i >= 0; i--) {
      PatternElement e = elements.get(i);
      if (e.kind() == PatternElement.Kind.WORDS) {
        int found = -1;
        for (int at = pos - 1; at >= first && found < 0 && (at == pos - 1 || !e.joined()); at--) {
          found = startOf(e, at);
        }
        if (found < 0) {
          return -1;
        }
        pos = found;
      }
    }
    return pos;
  }

  /** The end of the first of the element's phrases that starts at {@code at}, or -1. */
  private int phraseAt(PatternElement e, int at) {
    for (List<String> phrase : e.phrases()) {
      if (phraseMatches(phrase, at)) {
        return at + phrase.size();
      }
    }
    return -1;
  }

  /** The start of a phrase of the element that ends at token {@code last}, or -1. */
  private int startOf(PatternElement e, int last) {
    for (List<String> phrase : e.phrases()) {
      int from = last - phrase.size() + 1;
      if (from >= first && phraseMatches(phrase, from)) {
        return from;
      }
    }
    return -1;
  }

  private boolean phraseMatches(List<String> phrase, int from) {
    if (from + phrase.size() > end) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!matches(phrase.get(i), from + i)) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String word, int token) {
    Token t = a.tokens().get(token);
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals(word) || t.lemma().toLowerCase(Locale.ROOT).equals(word) || word.length() >= 4 && w.startsWith(word);
  }
}
