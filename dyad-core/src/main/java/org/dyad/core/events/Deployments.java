package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.nlp.Annotation;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Dependency;

/**
 * Forces sent for a purpose. Defending with arms: "defend" or "guard" done by a military actor ("Turkish troops defended the
 * border town") or as the purpose of sending forces ("massed to defend Saudi Arabia", "sent
 * warships to guard Qatar") is military protection (074), not the verbal defence (052) the verb
 * codes alone ("defended the decision").
 */
final class Deployments {
  static final String VERBAL_DEFENCE = "052";
  static final String MILITARY_PROTECTION = "074";

  private Deployments() {}

  /**
   * 074 for an armed defence, and for forces deployed or mobilised (15x) for peacekeeping ("sent 230
   * troops to Liberia on a peacekeeping mission", "deployed peacekeepers to X": CAMEO's "provide
   * military protection or peacekeeping"), else {@code code} unchanged.
   */
  static String refine(Annotation a, int verb, String code, List<ActorRef> sources) {
    if (code.startsWith("15") && namesPeacekeeping(a, verb)) {
      return MILITARY_PROTECTION;
    }
    if (!code.equals(VERBAL_DEFENCE)) {
      return code;
    }
    boolean military = sources.stream().anyMatch(s -> s.actor() != null && s.actor().endsWith("MIL"));
    return military || purposeOfDeployment(a, verb) ? MILITARY_PROTECTION : code;
  }

  /**
   * The one who sent the forces that act, for an act that is the purpose of sending them ("Britain
   * sent warships to guard Kuwait": Britain, the warships themselves being no actor); -1 otherwise.
   */
  static int sender(Annotation a, int verb) {
    return purposeOfDeployment(a, verb) ? Parses.child(a, a.head(verb).governor(), "nsubj") : -1;
  }

  /** A word of peacekeeping (peacekeeper, peacekeeping, peace-keeping) in the verb's clause. */
  private static boolean namesPeacekeeping(Annotation a, int verb) {
    int[] span = Parses.subtree(a, verb);
    for (int i = span[0]; i < span[1]; i++) {
      String w = a.tokens().get(i).lemma().toLowerCase(java.util.Locale.ROOT).replace("-", "");
      if (w.startsWith("peacekeep")) {
        return true;
      }
    }
    return false;
  }

  /** The verb is an infinitive ("to defend") under a verb of sending or placing forces. */
  private static boolean purposeOfDeployment(Annotation a, int verb) {
    Dependency up = a.head(verb);
    return up != null && up.governor() >= 0 && Constructions.standard().has(a.tokens().get(up.governor()).lemma(), Constructions.Link.PURPOSE,
            Constructions.Effect.PROTECT)
        && Roles.hasMarkTo(a, verb);
  }
}
