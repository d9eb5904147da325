package org.dyad.core.quotes;

import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/** Who is the speaker of a cue verb: its subject, or the subject of the clause it hangs from. */
final class Subjects {
  /** Relations through which a verb shares its governor's subject: "X left, saying ...", "X said A and added B". */
  private static final Set<String> SHARED = Set.of("advcl", "xcomp", "conj");
  private static final Set<String> PARTICIPLE = Set.of("dep", "parataxis");
  /** Relations a parser gives the speaker of "..., said the minister" after the verb. */
  private static final Set<String> INVERTED = Set.of("obj", "xcomp", "dep", "appos", "iobj");
  private static final int MAX_HOPS = 2;
  /** No quotation: every subject counts. */
  private static final QuoteMarks.Span NONE = new QuoteMarks.Span(0, 0);
  /** The only subject lies inside the quotation. */
  private static final int INSIDE = -2;

  private Subjects() {}

  /**
   * The subject token of a verb, or -1; a passive verb ("it was reported") has none, but a clause it
   * governs shares its subject all the same ("After saying ..., she was flown home": she said it).
   */
  static int of(Annotation a, int verb) {
    return of(a, verb, NONE);
  }

  /**
   * The subject token of a cue verb outside the quotation it cues: a parser that hangs a word of the
   * quotation on the cue as its subject ("“... the president ...,” Flynn said") is overruled by a name
   * set in apposition to it outside the marks, or by another subject outside them.
   */
  static int of(Annotation a, int verb, QuoteMarks.Span quote) {
    int v = verb;
    for (int hop = 0; hop <= MAX_HOPS && v >= 0; hop++) {
      int s = subjectOutside(a, v, quote);
      if (s == INSIDE) {
        return -1;
      }
      if (s >= 0 && (hop > 0 || !Parses.relation(a, s).equals("nsubj:pass"))) {
        return s;
      }
      if (s >= 0 || Parses.child(a, v, "nsubj:pass") >= 0 || !sharesSubject(a, v)) {
        return -1;
      }
      v = Parses.head(a, v);
    }
    return -1;
  }

  private static int subjectOutside(Annotation a, int verb, QuoteMarks.Span quote) {
    int inside = -1;
    for (Dependency d : a.children(verb)) {
      if (!d.relation().startsWith("nsubj")) {
        continue;
      }
      if (!within(a.tokens().get(d.dependent()), quote)) {
        return d.dependent();
      }
      inside = d.dependent();
    }
    if (inside < 0) {
      return -1;
    }
    for (int c : Parses.children(a, inside, "appos")) {
      if (!within(a.tokens().get(c), quote)) {
        return c;
      }
    }
    return INSIDE;
  }

  private static boolean within(Token t, QuoteMarks.Span quote) {
    return t.start() >= quote.start() && t.end() <= quote.end();
  }

  /** True for a passive verb with no agent named ("it was reported that"). */
  static boolean passive(Annotation a, int verb) {
    return Parses.child(a, verb, "nsubj:pass") >= 0 || Parses.child(a, verb, "aux:pass") >= 0;
  }

  /**
   * The speaker of a cue verb placed after a quote: its subject outside the quotation, or in "...,
   * said the minister" the noun right after the verb that the parser may attach as an object, a
   * complement or a loose dependent.
   */
  static int ofInverted(Annotation a, int verb, QuoteMarks.Span quote) {
    int s = of(a, verb, quote);
    if (s >= 0) {
      return s;
    }
    for (Dependency d : a.children(verb)) {
      int o = d.dependent();
      if (INVERTED.contains(d.relation()) && o > verb && a.tokens().get(o).pos().startsWith("NN") && Parses.subtree(a, o)[0] == verb + 1) {
        return o;
      }
    }
    return -1;
  }

  /** "X left, saying ...": a participle hung loosely from a clause shares that clause's subject too. */
  private static boolean sharesSubject(Annotation a, int verb) {
    String r = baseRelation(a, verb);
    return SHARED.contains(r) || (a.tokens().get(verb).pos().equals("VBG") && PARTICIPLE.contains(r));
  }

  private static String baseRelation(Annotation a, int token) {
    String r = Parses.relation(a, token);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }
}
