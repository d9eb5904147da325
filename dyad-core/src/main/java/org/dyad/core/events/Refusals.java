package org.dyad.core.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;

/**
 * Decides when a cooperative act (CAMEO roots 03 to 08) is refused rather than merely negated, and
 * codes the refusal as the rejection (12x) of what is refused ({@link IntentCodes#rejectFor}). An act
 * is refused when
 * <ul>
 *   <li>it is the complement of "refuse" or "decline" ("X refused to meet Y", "declined to release");
 *   <li>it is the complement of a negated predicate of will ("is not ready to", "does not want to",
 *       "did not agree to");
 *   <li>it is itself a negated future ("X will not / won't / would not / shall not release Y"): an
 *       actor that says what it will not do refuses it.
 * </ul>
 * Not refusals: a negated past or present act ("X did not meet Y" stays negated), an inability or a
 * hypothesis ("could not", "should not"), a conditional ("would not meet Y if ..."), and an act that
 * is no cooperation ("will not attack" stays a negated 19x). The refused act's negated event is
 * replaced by the refusal, so it is never asserted; the refusal is asserted, or reported inside a
 * statement, or takes the modality of "refuse" itself ("may refuse to meet" is hypothetical).
 */
final class Refusals {
  private static final Constructions CONSTRUCTIONS = Constructions.standard();
  /**
   * The auxiliaries of a future whose negation refuses. Unlike {@link Modalities}, which takes "would"
   * for a hypothesis outside reported clauses, "would not release Y" refuses here; a conditional
   * ("would not ... if") is ruled out on its own ({@link #conditional}).
   */
  private static final Set<String> FUTURE = Modalities.plus(Modalities.FUTURE, Modalities.WOULD);
  /** A negated possibility, advice or obligation is no refusal: "could not", "should not", "must not". */
  private static final Set<String> UNREAL = Modalities.plus(Modalities.POSSIBLE, Modalities.MUST);

  /** A refusal: the reject code, its modality and the node of the refusing word (evidence). */
  record Refusal(String code, Modality modality, int head) {}

  private Refusals() {}

  /** The refusal of the act coded {@code code} at {@code verb}, if the act is refused. */
  static Optional<Refusal> of(Annotation a, int verb, String code, List<Quote> quotes) {
    String reject = IntentCodes.rejectFor(code);
    int head = reject == null ? -1 : head(a, verb);
    if (head < 0 || conditional(a, verb) || conditional(a, head)) {
      return Optional.empty();
    }
    Modality modality;
    if (refusing(a.tokens().get(head).lemma())) {
      modality = Modalities.of(a, head, quotes);
    } else {
      modality = Modalities.inStatement(a.tokens().get(verb), quotes) ? Modality.REPORTED : Modality.ASSERTED;
    }
    return Optional.of(new Refusal(reject, modality, head));
  }

  /**
   * True for "refuse" whose complement is a coded act with a rejection ("refused to meet Y"): the
   * complement codes the refusal (125), so "refuse" itself codes nothing more.
   */
  static boolean refusesCodedAct(VerbMatcher matcher, Annotation a, int verb) {
    int act = Parses.child(a, verb, "xcomp");
    if (!refusing(a.tokens().get(verb).lemma()) || Parses.isNegated(a, verb) || act < 0) {
      return false;
    }
    List<VerbPattern> acts = matcher.act(a, act);
    return !acts.isEmpty() && IntentCodes.rejectFor(acts.get(0).code()) != null;
  }

  /** The refusing node of an act (the act itself for a negated future), or -1 when it is not refused. */
  static int head(Annotation a, int verb) {
    Dependency up = a.head(verb);
    if (up != null && up.governor() >= 0 && up.relation().equals("xcomp")) {
      int g = up.governor();
      String lemma = a.tokens().get(g).lemma();
      if (refusing(lemma) && !Parses.isNegated(a, g)) {
        return g;
      }
      if (Parses.isNegated(a, g) && refusesWhenNegated(a, g)) {
        return g;
      }
      if (Parses.isNegated(a, g)) {
        return -1;
      }
    }
    return Parses.isNegated(a, verb) && hasAux(a, verb, FUTURE) && !hasAux(a, verb, UNREAL) ? verb : -1;
  }

  /** A word whose complement it refuses ("refused to", "declined to"): a construction of effect reject. */
  static boolean refusing(String lemma) {
    return CONSTRUCTIONS.has(lemma, Constructions.Link.XCOMP, Constructions.Effect.REJECT);
  }

  /** A predicate of will whose negation refuses its complement ("is not ready to", "did not agree to"). */
  private static boolean refusesWhenNegated(Annotation a, int word) {
    return CONSTRUCTIONS.find(a.tokens().get(word).lemma(), Constructions.Link.XCOMP, Roles.askedOne(a, word) >= 0)
        .filter(c -> c.negated() == Constructions.Effect.REJECT).isPresent();
  }

  /** "if" or "unless" on the verb or on a clause under it ("would not lift sanctions if talks failed"). */
  private static boolean conditional(Annotation a, int verb) {
    if (Modalities.isConditional(a, verb)) {
      return true;
    }
    for (int clause : Parses.children(a, verb, "advcl")) {
      if (Modalities.isConditional(a, clause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAux(Annotation a, int verb, Set<String> words) {
    for (Dependency d : a.children(verb)) {
      if (d.relation().startsWith("aux") && words.contains(a.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
