package org.dyad.core.events;

import org.dyad.core.dating.VerbDater;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Builds events with the codebook's facts (root, QuadClass, Goldstein, PLOVER) for a code; a code of a
 * user's dictionary that refines a CAMEO code ({@code 1717}) keeps its name and takes that code's facts.
 */
record Events(Codebook codebook) {
  Event event(ActorRef source, ActorRef target, String code, VerbDater.Dated date, Modality modality, int[] span) {
    CameoCode c = codebook.nearest(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code: " + code));
    return new Event(source, target, code, c.root(), c.quadClass(), c.goldstein(), c.plover(), date.value(),
        date.source(), modality.label(), span[0], span[1]);
  }
}
