package org.dyad.store;

import static java.util.Objects.requireNonNull;

import org.dyad.core.events.CameoCode;
import org.dyad.model.ActorRef;

/**
 * A stored event with its latest review, if any.
 *
 * @param event the event as coded
 * @param review the latest judgement of it, or null when no one has judged it
 */
public record ReviewedEvent(EventRow event, ReviewRow review) {
  public ReviewedEvent {
    requireNonNull(event, "event is null");
  }

  /** The event's key, as a review names it. */
  public EventKey key() {
    return EventKey.of(event);
  }

  /** The verdict's id ({@code right}, {@code wrong}, {@code corrected}), or null when not reviewed. */
  public String verdict() {
    return review == null ? null : review.review().verdict().id();
  }

  /** True when the latest judgement rejects the event (wrong, whatever the part): the reviewed view leaves it out. */
  public boolean rejected() {
    return review != null && review.review().verdict() == Verdict.WRONG;
  }

  /** The event with its correction applied (code with its name, root, QuadClass, Goldstein and PLOVER; actor codes; date). */
  public EventRow corrected() {
    Correction c = review == null ? null : review.review().correction();
    if (c == null) {
      return event;
    }
    EventRow e = event;
    CameoCode code = c.cameo();
    ActorRef source = c.sourceActor() == null ? e.source() : new ActorRef(e.source().name(), c.sourceActor());
    ActorRef target = c.targetActor() == null ? e.target()
        : new ActorRef(e.target() == null ? c.targetActor() : e.target().name(), c.targetActor());
    return new EventRow(e.id(), e.article(), e.title(), e.url(), c.date() == null ? e.day() : c.date(),
        c.date() == null ? e.date() : c.date().toString(), c.date() == null ? e.dateSource() : "review", source, target,
        code == null ? e.code() : code.code(), code == null ? e.codeName() : code.name(), code == null ? e.root() : code.root(),
        code == null ? e.quadClass() : code.quadClass(), code == null ? e.goldstein() : code.goldstein(),
        code == null ? e.plover() : code.plover(), e.modality(), e.start(), e.end(), e.evidence(), e.place(), e.placeSource(),
        e.tone(), e.lexicon(), e.mentions(), e.articles());
  }
}
