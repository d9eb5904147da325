package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/**
 * Tells a threat from a gloomy warning. CAMEO's threats (13x) are coercive warnings: the source
 * menaces a target with what it will do ("warned Y against ...", "warned that it would retaliate").
 * A warning that someone faces a danger nobody threatens ("warned that the country could face a
 * wave of refugees", "warned of famine") menaces no one: it expresses a negative outlook, a
 * pessimistic comment (012): the statement coder codes it from the warning's clause, the event
 * coder from what it warns of.
 */
final class Warnings {
  /** Verbs that code a threat only when the warning names what its source will do or to whom. */
  private static final Set<String> WARNING_VERBS = Set.of("warn", "caution");
  /** Predicates whose subject undergoes rather than acts ("could face", "would suffer", "may see"). */
  private static final Set<String> UNDERGOING = Set.of("face", "suffer", "see", "experience", "endure", "lose", "need",
      "risk", "bear", "struggle", "receive", "become", "be", "have", "get", "run");
  /** Pronouns by which a state, party or group speaks of itself in its warning ("warned that it would"). */
  private static final Set<String> SELF = Set.of("it", "we", "they", "i");
  /** CAMEO's code for a threat not specified further. */
  private static final String THREAT = "130";

  private Warnings() {}

  /**
   * True when the verb is a warning coded as a threat (13x) that threatens no one: no one is warned
   * (no object, no "against", no "not to"), and its content, if any, is not an act of the warner
   * (the content's active subject is not the warner, or it only undergoes something).
   */
  static boolean isComment(Annotation a, int verb, String code, List<ActorRef> sources, ActorFinder actors) {
    if (!code.startsWith("13") || !WARNING_VERBS.contains(a.tokens().get(verb).lemma())) {
      return false;
    }
    if (Parses.child(a, verb, "obj", "iobj", "xcomp") >= 0 || Roles.oblique(a, verb, "against") >= 0) {
      return false;
    }
    int content = Parses.child(a, verb, "ccomp");
    if (content < 0) {
      return topic(a, verb) >= 0;
    }
    return !actsForWarner(a, content, sources, actors);
  }

  /**
   * True when the statement is cued by a warning that threatens no one, judged as the verb is
   * ({@link #isComment}) with the statement's speaker as its source.
   */
  static boolean isGloomy(Annotation a, Quote q, ActorFinder actors) {
    int cue = StatementCues.cueToken(a, q);
    if (cue < 0 || q.speaker() == null || q.speaker().actor() == null) {
      return false;
    }
    return isComment(a, cue, THREAT, List.of(new ActorRef(q.speaker().name(), q.speaker().actor())), actors);
  }

  /** What a warning without a clause warns of ("warned of famine in the north"), or -1. */
  static int topic(Annotation a, int verb) {
    int topic = Roles.oblique(a, verb, "of");
    return topic >= 0 ? topic : Roles.oblique(a, verb, "about");
  }

  /**
   * Whom a gloomy warning without a clause is about: the actors its topic names, else the country
   * of a place in it ("warned of famine in Sudan"). A warning with a clause is a statement, coded
   * from the quote.
   */
  static List<ActorRef> topicActors(Annotation a, int verb, ActorFinder actors) {
    int topic = Parses.child(a, verb, "ccomp") >= 0 ? -1 : topic(a, verb);
    List<ActorRef> named = topic < 0 ? List.of() : actors.actors(topic);
    return named.isEmpty() && topic >= 0 ? actors.placeIn(topic) : named;
  }

  /** True when the content clause's active subject is the warner (a pronoun or an actor of its country) doing something. */
  private static boolean actsForWarner(Annotation a, int content, List<ActorRef> sources, ActorFinder actors) {
    List<Integer> active = Parses.children(a, content, "nsubj");
    int subject = active.isEmpty() ? -1 : active.get(0);
    if (subject < 0 || UNDERGOING.contains(a.tokens().get(content).lemma())) {
      return false;
    }
    if (SELF.contains(a.tokens().get(subject).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (ActorRef actor : actors.actors(subject)) {
      for (ActorRef source : sources) {
        if (StatementCoder.sameCountry(actor.actor(), source.actor())) {
          return true;
        }
      }
    }
    return false;
  }
}
