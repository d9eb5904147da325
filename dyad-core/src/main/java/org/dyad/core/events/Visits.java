package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Modality;

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
  private static final Set<String> VISITING_ROLES = Set.of("GOV", "MIL", "LEG", "JUD", "ELI", "SPY", "OPP", "PTY");

  private Visits() {}

  /** The 042 events of the visitors among the targets of a 043 event, each to each host. */
  static void addVisits(Events events, List<ActorRef> hosts, List<ActorRef> guests, VerbDater.Dated date,
      Modality modality, int[] evidence, List<Event> out) {
    for (ActorRef guest : guests) {
      for (ActorRef host : hosts) {
        if (isVisitor(guest) && !guest.actor().equals(host.actor())) {
          out.add(events.event(guest, host, "042", date, modality, evidence));
        }
      }
    }
  }

  static boolean isVisitor(ActorRef r) {
    String code = r.actor();
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return true;
    }
    return code.length() >= 6 && VISITING_ROLES.contains(code.substring(3, 6));
  }
}
