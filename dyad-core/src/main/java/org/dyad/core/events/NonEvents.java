package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.nlp.Annotation;

/**
 * Uses of a verb of the dictionary that code no event of their own pattern: an intention its
 * complement codes, a wish, a naming "call", a "call" of no one.
 */
final class NonEvents {
  /** Verbs of desire that the dictionary codes as appeals when someone is asked to act ("wants X to leave"). */
  private static final Set<String> DESIRES = Set.of("want", "wish");
  private static final String TELEPHONE = "041";

  private NonEvents() {}

  /**
   * "X wants to help Y", "hopes to meet Y", "pledged to send aid": a word of intention with no one
   * asked (no object) whose infinitive is an act the lexicon codes states its subject's intention,
   * which that act codes (033); the word's own code (an appeal 020, a pledge 030) would say it twice.
   */
  static boolean ownIntention(VerbMatcher matcher, Annotation a, int verb) {
    int act = Parses.child(a, verb, "xcomp");
    String lemma = a.tokens().get(verb).lemma();
    return (Modalities.intends(lemma) || Constructions.standard().threatens(lemma)) && Parses.child(a, verb, "obj", "iobj") < 0 && act >= 0
        && !matcher.act(a, act).isEmpty();
  }

  /**
   * "We want a stable Afghanistan": a verb of desire with a plain object and no clause in which
   * someone is asked to act names a wish about its object, not an appeal to it; the statement that
   * says it is coded by the statement stage instead.
   */
  static boolean wishOnly(Annotation a, int verb, String code) {
    return code.startsWith("02") && DESIRES.contains(a.tokens().get(verb).lemma())
        && Parses.child(a, verb, "xcomp", "ccomp") < 0;
  }

  /**
   * "Called the deal a disaster", "called it unfair": "call" with a predicate noun or adjective
   * names something and is no telephone call (041); "called Macron to discuss trade" (an infinitive)
   * still is. See also {@link #callsNoOne}.
   */
  static boolean naming(Annotation a, int verb, String code) {
    return isCall(a, verb, code) && nameGiven(a, verb) != null;
  }

  /**
   * Who is named and the name given by a verb of naming ("called X a Y"), as {named, name}, or null:
   * CoreNLP parses it as a small clause (Y an xcomp with X its subject), as two objects, or as an
   * object with Y a loose dependent (dep) of it.
   */
  static int[] nameGiven(Annotation a, int verb) {
    int predicate = Parses.child(a, verb, "xcomp");
    if (predicate >= 0) {
      return a.tokens().get(predicate).pos().startsWith("VB") ? null : new int[] {Parses.child(a, predicate, "nsubj"), predicate};
    }
    List<Integer> objects = new java.util.ArrayList<>(Parses.children(a, verb, "obj"));
    if (objects.size() >= 2) {
      return new int[] {objects.get(0), objects.get(1)};
    }
    objects.addAll(Parses.children(a, verb, "iobj"));
    for (int o : objects) {
      for (int d : Parses.children(a, o, "dep")) {
        if (a.tokens().get(d).pos().startsWith("NN") && d > o) {
          return new int[] {o, d};
        }
      }
    }
    return null;
  }

  /**
   * A "call" whose object names no actor ("called an election", "called a strike", "calls the
   * plan a crazy system" parsed as one noun phrase) or that has none is no telephone call.
   */
  static boolean callsNoOne(Annotation a, int verb, String code, List<ActorRef> targets) {
    return isCall(a, verb, code) && targets.isEmpty();
  }

  /**
   * "Met the deadline", "meets the bar", "met their needs": "meet" whose object names no one (no
   * actor, no phrase of people) is no meeting (04x); "met the Iranian envoy", "met the protesters"
   * and "X and Y met" still are.
   */
  static boolean meetsNoOne(Annotation a, int verb, String code, int object, ActorFinder actors) {
    return code.startsWith("04") && a.tokens().get(verb).lemma().equals("meet") && object >= 0
        && "obj".equals(Parses.relation(a, object)) && actors.actors(object).isEmpty()
        && actors.phraseActor(object).isEmpty();
  }

  private static boolean isCall(Annotation a, int verb, String code) {
    return code.equals(TELEPHONE) && a.tokens().get(verb).lemma().equals("call");
  }
}
