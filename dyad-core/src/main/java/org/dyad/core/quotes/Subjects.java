package org.dyad.core.quotes;

import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;

/** Who is the speaker of a cue verb: its subject, or the subject of the clause it hangs from. */
final class Subjects {
  /** Relations through which a verb shares its governor's subject: "X left, saying ...", "X said A and added B". */
  private static final Set<String> SHARED = Set.of("advcl", "xcomp", "conj");
  private static final Set<String> PARTICIPLE = Set.of("dep", "parataxis");
  private static final int MAX_HOPS = 2;

  private Subjects() {}

  /** The subject token of a verb, or -1; a passive verb ("it was reported") has none. */
  static int of(Annotation a, int verb) {
    int v = verb;
    for (int hop = 0; hop <= MAX_HOPS && v >= 0; hop++) {
      int s = Parses.child(a, v, "nsubj");
      if (s >= 0 && !Parses.relation(a, s).equals("nsubj:pass")) {
        return s;
      }
      if (s >= 0 || Parses.child(a, v, "nsubj:pass") >= 0 || !sharesSubject(a, v)) {
        return -1;
      }
      v = Parses.head(a, v);
    }
    return -1;
  }

  /** True for a passive verb with no agent named ("it was reported that"). */
  static boolean passive(Annotation a, int verb) {
    return Parses.child(a, verb, "nsubj:pass") >= 0 || Parses.child(a, verb, "aux:pass") >= 0;
  }

  /**
   * The speaker of a cue verb placed after a quote: its subject, or in "..., said the minister" the
   * noun that the parser may attach as an object after the verb.
   */
  static int ofInverted(Annotation a, int verb) {
    int s = of(a, verb);
    if (s >= 0) {
      return s;
    }
    int o = Parses.child(a, verb, "obj");
    return o > verb && a.tokens().get(o).pos().startsWith("NN") ? o : -1;
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
