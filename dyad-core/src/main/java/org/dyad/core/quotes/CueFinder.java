package org.dyad.core.quotes;

import java.util.List;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * The cue of a direct quote: the nearest reporting verb with a speaker, outside the marks, in the
 * sentences the quote touches ("..., said the minister" included, and the sentence right after a
 * quotation ending in "?" or "!"), or "according to X" there; else the reporting verb of a sentence
 * that ends in a colon just before the quote ("She told the crowd:"), a dash and a name after it, or
 * for a quotation that opens its paragraph, the last reporting verb with a speaker in the paragraph before.
 */
final class CueFinder {
  /** A cue: its token, its words and the speaker token (-1 when none). */
  record Cue(int token, String text, int speaker) {}

  /** How far up the parse a quotation's governing verb is looked for. */
  private static final int MAX_HOPS = 8;

  private CueFinder() {}

  /**
   * The cue of the quotation {@code m}, among the text's quotation {@code marks}. A verb whose subject
   * lies inside a quotation is part of someone's quoted words, not their attribution (a parser that
   * hangs the cue of a later quotation under a verb of an earlier one gives it the earlier one's quoted
   * "we" as subject), and a verb in a relative clause that does not govern the quotation describes a
   * noun ("saying any member who objects to the plan “has not read it”": who objects is not who speaks).
   */
  static Cue find(Annotation a, String text, QuoteMarks.Span m, List<QuoteMarks.Span> marks) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : a.sentences()) {
      if ((s.end() <= m.start() - 1 || s.start() >= m.end() + 1) && !startsRightAfter(text, s, m)) {
        continue;
      }
      for (Token t : a.tokensOf(s)) {
        if (t.start() >= m.start() - 1 && t.end() <= m.end() + 1) {
          continue;
        }
        Cue c = cueAt(a, t, m);
        if (c != null && (inAny(marks, a.tokens().get(c.speaker())) || describes(a, t.index(), m))) {
          continue;
        }
        int distance = t.end() <= m.start() ? m.start() - t.end() : t.start() - m.end();
        if (c != null && distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
    }
    if (best == null) {
      best = colon(a, text, m);
    }
    if (best == null) {
      best = dash(a, text, m);
    }
    return best != null ? best : introduction(a, text, m);
  }

  private static boolean inAny(List<QuoteMarks.Span> marks, Token t) {
    for (QuoteMarks.Span q : marks) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /** A verb of a relative clause ("any member who objects") that does not govern the quotation. */
  private static boolean describes(Annotation a, int verb, QuoteMarks.Span m) {
    return Parses.relation(a, verb).equals("acl:relcl") && !governs(a, verb, m);
  }

  /** True when {@code cue} is an ancestor, within {@code MAX_HOPS} links, of the first word inside the quotation. */
  static boolean governs(Annotation a, int cue, QuoteMarks.Span m) {
    for (Token t : a.tokens()) {
      if (t.start() >= m.start() && t.end() <= m.end() && Character.isLetterOrDigit(t.word().charAt(0))) {
        int h = t.index();
        for (int hop = 0; h >= 0 && hop < MAX_HOPS; hop++) {
          if (h == cue) {
            return true;
          }
          h = Parses.head(a, h);
        }
        return false;
      }
    }
    return false;
  }

  /**
   * A quotation that opens its paragraph after a paragraph whose last sentence has a reporting verb
   * with a speaker ("Ruiz answered her critics on Monday." then the quotation): that verb.
   */
  private static Cue introduction(Annotation a, String text, QuoteMarks.Span m) {
    int i = m.start() - 2;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) != '\n') {
      return null;
    }
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    Sentence s = i < 0 ? null : a.sentenceAt(i);
    Cue best = null;
    for (Token t : s == null ? java.util.List.<Token>of() : a.tokensOf(s)) {
      if (Parses.isVerb(t) && CueVerbs.ofSpeech(t.lemma()) && !insideQuotation(text, s, t)) {
        int speaker = Subjects.of(a, t.index());
        best = speaker >= 0 ? new Cue(t.index(), t.word(), speaker) : best;
      }
    }
    return best;
  }

  /** True when a token of the sentence lies inside quotation marks. */
  private static boolean insideQuotation(String text, Sentence s, Token t) {
    for (QuoteMarks.Span q : QuoteMarks.find(text.substring(s.start(), s.end()))) {
      if (t.start() - s.start() >= q.start() && t.end() - s.start() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that starts right after the closing mark, on the same line: the parser ends a sentence
   * at "?”" or "!”", so "“Who would have believed it?” Ruiz said." comes as two.
   */
  private static boolean startsRightAfter(String text, Sentence s, QuoteMarks.Span m) {
    int close = m.end() + 1;
    return s.start() >= close && s.start() <= close + 2 && close <= text.length() && text.substring(close, s.start()).isBlank()
        && text.substring(close, s.start()).indexOf('\n') < 0;
  }

  private static Cue cueAt(Annotation a, Token t, QuoteMarks.Span m) {
    if (Parses.isVerb(t) && (CueVerbs.ofSpeech(t.lemma()) || CueVerbs.names(t.lemma()) || putsIt(a, t))) {
      int speaker = t.start() >= m.end() ? Subjects.ofInverted(a, t.index(), m) : Subjects.of(a, t.index(), m);
      return speaker >= 0 ? new Cue(t.index(), putsIt(a, t) ? t.word() + " it" : t.word(), speaker) : null;
    }
    if (t.word().equalsIgnoreCase("according") && Parses.relation(a, t.index()).equals("case")) {
      int speaker = Parses.head(a, t.index());
      return speaker >= 0 ? new Cue(t.index(), "according to", speaker) : null;
    }
    return null;
  }

  /** "as she put it": the verb put with the object it. */
  private static boolean putsIt(Annotation a, Token t) {
    int o = t.lemma().equals("put") ? Parses.child(a, t.index(), "obj") : -1;
    return o >= 0 && a.tokens().get(o).lemma().equalsIgnoreCase("it");
  }

  /**
   * The last resort for a quotation without a cue that continues nothing: the person the sentence that
   * introduces it is about, the named or pronoun subject of that sentence's main verb (its own sentence
   * when the quotation is set into one, else the sentence before it, in its paragraph or the one before):
   * "Ruiz attacked the plan. “It will fail.”"
   */
  static Cue introducer(Annotation a, String text, QuoteMarks.Span m, java.util.function.IntPredicate isPerson) {
    Sentence own = a.sentenceAt(m.start());
    Sentence s = own != null && own.start() < m.start() - 1 ? own : a.sentenceAt(previousNonSpace(text, m.start() - 2));
    if (s == null) {
      return null;
    }
    for (Token t : a.tokensOf(s)) {
      if (Parses.head(a, t.index()) < 0 && Parses.isVerb(t)) {
        int subject = Subjects.of(a, t.index(), m);
        return subject >= 0 && isPerson.test(subject) ? new Cue(t.index(), t.word(), subject) : null;
      }
    }
    return null;
  }

  private static int previousNonSpace(String text, int from) {
    int i = Math.min(from, text.length() - 1);
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** A quote signed with a dash and a name after it: "“...” ― Ana Ruiz". */
  private static Cue dash(Annotation a, String text, QuoteMarks.Span m) {
    int i = skipSpaces(text, m.end() + 1);
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int nameStart = skipSpaces(text, i + 1);
    for (Token t : a.tokens()) {
      if (t.start() == nameStart && Character.isUpperCase(t.word().charAt(0))) {
        return new Cue(t.index(), text.substring(i, i + 1), t.index());
      }
    }
    return null;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** "X told the crowd:" then the quote: the cue verb of the sentence holding the colon. */
  private static Cue colon(Annotation a, String text, QuoteMarks.Span m) {
    int i = m.start() - 2;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) != ':') {
      return null;
    }
    Sentence s = a.sentenceAt(i);
    if (s == null) {
      return null;
    }
    Cue best = null;
    for (Token t : a.tokensOf(s)) {
      if (t.end() <= i && Parses.isVerb(t) && (CueVerbs.ofSpeech(t.lemma()) || Parses.head(a, t.index()) < 0)) {
        int speaker = Subjects.of(a, t.index());
        best = speaker >= 0 ? new Cue(t.index(), t.word(), speaker) : best;
      }
    }
    return best;
  }
}
