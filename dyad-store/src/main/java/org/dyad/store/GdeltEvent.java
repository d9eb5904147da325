package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.Place;

/**
 * What one line of the GDELT 2.0 event table says, as the store's export and the Spark job both give it to the one
 * writer ({@link GdeltExport#columns}).
 *
 * @param id GLOBALEVENTID
 * @param day the day the event is filed under (SQLDATE)
 * @param target null for an event without one
 * @param rootEvent the event is told in the article's lead paragraph (IsRootEvent)
 * @param mentions NumMentions: the article and each stored copy of it
 * @param sources NumSources: the distinct sources among them (at least 1)
 * @param articles NumArticles: the distinct documents among them
 * @param tone AvgTone: the article's GDELT tone, or null when not scored (written as 0)
 * @param actionGeo the action place (or the dateline's standing in), null for empty ActionGeo columns
 * @param actor1Geo the place GDELT would tie to the source actor ({@link #actorGeo}), or null
 * @param actor2Geo the same for the target, or null
 * @param added DATEADDED: when the article was stored
 * @param url SOURCEURL, or null
 */
public record GdeltEvent(long id, LocalDate day, ActorRef source, ActorRef target, String code, String root, int quadClass,
    double goldstein, boolean rootEvent, long mentions, long sources, long articles, Double tone, Place actionGeo,
    Place actor1Geo, Place actor2Geo, LocalDateTime added, String url) {
  public GdeltEvent {
    requireNonNull(day, "day is null: GDELT files every event under a day");
    requireNonNull(source, "source is null");
    requireNonNull(code, "code is null");
    requireNonNull(added, "added is null");
  }

  /** A place mentioned in the article, with its span in the cleaned text (an entity mention that the gazetteer placed). */
  public record Mention(int start, int end, Place place) {
    public Mention {
      requireNonNull(place, "place is null");
    }
  }

  /** GDELT's IsRootEvent: the event is told in the lead paragraph (before the first blank line). */
  public static boolean inLead(String text, int start) {
    int lead = text.indexOf("\n\n");
    return lead < 0 || start < lead;
  }

  /**
   * The place GDELT ties to an actor: the placed mention inside the event's evidence span nearest to where the
   * actor is named there (the span's start when the name is not in it); else, when the actor's code names a
   * country, that country at its centre (a country-level match); else null, as for a side the text does not name.
   */
  public static Place actorGeo(ActorRef actor, String text, int start, int end, List<Mention> places) {
    if (actor == null || !actor.known()) {
      return null;
    }
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    int named = text.substring(from, to).indexOf(actor.name());
    int at = named < 0 ? from : from + named;
    Mention nearest = null;
    for (Mention m : places) {
      if (m.start() >= from && m.end() <= to && (nearest == null || distance(m, at) < distance(nearest, at))) {
        nearest = m;
      }
    }
    return nearest != null ? nearest.place() : GdeltGeography.country(ActorCodes.country(actor.actor()));
  }

  private static int distance(Mention m, int at) {
    return at < m.start() ? m.start() - at : at >= m.end() ? at - m.end() + 1 : 0;
  }
}
