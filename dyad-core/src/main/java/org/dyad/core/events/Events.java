package org.dyad.core.events;

import java.util.List;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.nlp.Annotation;

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

  /**
   * One event from each source to each target that is another actor (coded or named; of the same code when named
   * apart), and one from each source alone
   * when there is no target.
   */
  void addEach(List<ActorRef> sources, List<ActorRef> targets, String code, VerbDater.Dated date, Modality modality,
      int[] span, List<Event> out) {
    for (ActorRef s : sources) {
      if (targets.isEmpty()) {
        out.add(event(s, null, code, date, modality, span));
      }
      for (ActorRef o : targets) {
        if (!o.sameAs(s) || isOther(s, o)) {
          out.add(event(s, o, code, date, modality, span));
        }
      }
    }
  }

  /**
   * True when two sides of one code are still two actors: named apart, neither name inside the other
   * ("the Kenyan prime minister rejected a bid by the interior minister": KENGOV to KENGOV, within a
   * government; not "Putin" and "Vladimir Putin").
   */
  private static boolean isOther(ActorRef s, ActorRef o) {
    String a = s.name().toLowerCase(java.util.Locale.ROOT);
    String b = o.name().toLowerCase(java.util.Locale.ROOT);
    return !a.isEmpty() && !b.isEmpty() && !a.contains(b) && !b.contains(a);
  }

  /** Marks the events from {@code from} on in {@code out} as coded by a lexicon entry (null leaves them as they are). */
  static void tag(List<Event> out, int from, String entry) {
    for (int i = from; entry != null && i < out.size(); i++) {
      out.set(i, out.get(i).withLexicon(entry));
    }
  }

  /** The characters of a node and everything under it in the parse: the evidence of an event named there. */
  static int[] subtreeSpan(Annotation a, int node) {
    int[] tokens = Parses.subtree(a, node);
    return new int[] {a.tokens().get(tokens[0]).start(), a.tokens().get(tokens[1] - 1).end()};
  }
}
