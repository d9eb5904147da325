package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.dyad.core.events.CameoCode;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.EventMerger;
import org.dyad.core.events.MergedEvent;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;

/**
 * Builds the one event record ({@link EventRow}) that every event output gives: from an analysed
 * article's events, and by merging the reports of one event across articles (one event, many reports).
 */
public final class EventRecords {
  /** {@link EventRow#placeSource()} of a place the text attaches to the event. */
  public static final String FROM_TEXT = "text";
  /** {@link EventRow#placeSource()} of the article's dateline place standing in for an event without one. */
  public static final String FROM_DATELINE = "dateline";

  private EventRecords() {
  }

  /** The CAMEO name of a code (of the nearest code the codebook has, for a user's refinement), or null. */
  public static String codeName(String code) {
    return code == null ? null : Codes.BOOK.nearest(code).map(CameoCode::name).orElse(null);
  }

  /**
   * The article's dateline place as the gazetteer placed it: the first entity mention with a place whose
   * text is the dateline's place name ("MOSCOW" in "MOSCOW, August 25. /TASS/."), or null.
   */
  public static Place datelinePlace(AnalyzedArticle a) {
    if (a.dateline() == null || a.dateline().place() == null) {
      return null;
    }
    EntityMention first = null;
    for (EntityMention e : a.entities()) {
      if (e.place() != null && e.text().equalsIgnoreCase(a.dateline().place()) && (first == null || e.start() < first.start())) {
        first = e;
      }
    }
    return first == null ? null : first.place();
  }

  /** The event's own action place, else the dateline place (null when neither), with its source. */
  public static Located located(Event e, Place dateline) {
    if (e.place() != null) {
      return new Located(e.place(), FROM_TEXT);
    }
    return dateline == null ? new Located(null, null) : new Located(dateline, FROM_DATELINE);
  }

  /** A place and where it came from ({@link #FROM_TEXT}, {@link #FROM_DATELINE}; both null when none). */
  public record Located(Place place, String source) {
  }

  /** The records of an article's events, each told once, by that article (its {@code id}). */
  public static List<EventRow> of(AnalyzedArticle a) {
    requireNonNull(a, "a is null");
    Place dateline = datelinePlace(a);
    List<EventRow> out = new ArrayList<>();
    for (Event e : a.events()) {
      Located at = located(e, dateline);
      out.add(new EventRow(null, a.id(), a.title(), a.url(), ArticleRows.day(e.date(), a.published()), e.date(), e.dateSource(),
          e.source(), e.target(), e.code(), codeName(e.code()), e.root(), e.quadClass(), e.goldstein(), e.plover(), e.modality(),
          e.start(), e.end(), a.text().substring(e.start(), Math.min(e.end(), a.text().length())), at.place(), at.source(),
          e.tone(), e.lexicon(), 1, List.of(a.id())));
    }
    return out;
  }

  /**
   * One event, many reports: the rows merged by {@link EventMerger} (same date, code and modality, the
   * same actors at any level), in order of first report. Each merged record is the row of its most
   * specific report, counting each reporting article once plus {@code copies} of it.
   */
  public static List<EventRow> merge(List<EventRow> rows, ToIntFunction<String> copies) {
    Map<Event, EventRow> byEvent = new IdentityHashMap<>();
    List<EventMerger.Report> reports = new ArrayList<>();
    for (EventRow r : rows) {
      Event e = new Event(r.source(), r.target(), r.code(), r.root(), r.quadClass(), r.goldstein(), r.plover(),
          r.date() != null ? r.date() : r.day() == null ? null : r.day().toString(), r.dateSource(), r.modality(), r.start(), r.end());
      byEvent.put(e, r);
      reports.add(new EventMerger.Report(r.article(), e));
    }
    List<EventRow> out = new ArrayList<>();
    for (MergedEvent m : EventMerger.merge(reports)) {
      EventRow first = byEvent.get(m.event());
      int mentions = m.articles().stream().mapToInt(k -> 1 + copies.applyAsInt(k)).sum() + m.mentions() - m.articles().size();
      out.add(first.told(mentions, m.articles()));
    }
    return out;
  }

  /** The codebook, read once when first needed. */
  private static final class Codes {
    static final Codebook BOOK = Codebook.standard();
  }
}
