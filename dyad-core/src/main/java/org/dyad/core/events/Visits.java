package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Hosting and visiting are two sides of one event: "X hosted (received) Y" (043, X to Y) also says
 * that Y made a visit to X (042, Y to X), as CAMEO coders code both. Only a visitor that is an
 * official, a government body, a party or an organisation (role GOV, MIL, LEG, JUD, ELI, SPY, OPP,
 * PTY; an IGO or NGO) visits: "hosts three million Afghans" (a country-level group of people) or
 * "received weapons" (no actor) is no visit. The other way is not coded: "Y visited X" (042) does not
 * say that X received Y (a visit to a country, a city or a site may have no host), as PETRARCH
 * codes only the visit.
 */
final class Visits {
  private static final Set<String> COUNTS = Set.of("hundred", "thousand", "million", "dozen", "score", "ten");
  private static final Set<String> VISITING_ROLES = Set.of("GOV", "MIL", "LEG", "JUD", "ELI", "SPY", "OPP", "PTY");

  private Visits() {}

  /** The 042 events of the visitors among the targets of a 043 event, each to each host. */
  static void addVisits(Events events, List<ActorRef> hosts, List<ActorRef> guests, VerbDater.Dated date,
      Modality modality, int[] evidence, List<Event> out) {
    for (ActorRef guest : guests) {
      for (ActorRef host : hosts) {
        if (isVisitor(guest) && !guest.sameAs(host)) {
          out.add(events.event(guest, host, "042", date, modality, evidence));
        }
      }
    }
  }

  /**
   * True when what is hosted or received is a counted group of people and none of them an official
   * visitor ("hosts three million refugees", "received thousands of Afghans"): a country giving
   * shelter, not a visit, so not a 043 at all. Counted officials still visit ("hosted two
   * officials from Peru").
   */
  static boolean hostsCountedPeople(Annotation a, int guest, List<ActorRef> guests) {
    return guest >= 0 && isCounted(a, guest) && guests.stream().noneMatch(Visits::isVisitor);
  }

  /** A noun with a number ("3 million Afghans", "two hundred students") or a number word as head ("thousands of Afghans"). */
  private static boolean isCounted(Annotation a, int node) {
    Token t = a.tokens().get(node);
    return t.pos().equals("CD") || COUNTS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
        || Parses.child(a, node, "nummod") >= 0;
  }

  static boolean isVisitor(ActorRef r) {
    String code = r.actor();
    if (code == null) {
      return false;
    }
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return true;
    }
    return code.length() >= 6 && VISITING_ROLES.contains(code.substring(3, 6));
  }
}
