package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Place;

/** The public seam of the GDELT 2.0 export for writers outside the store (the Spark job). */
public final class GdeltExport {
  /** The number of GDELT 2.0 event columns. */
  public static final int COLUMNS = GdeltWriter.COLUMNS;
  /** The first of the six place values in {@link GdeltValues}: name, kind, GeoNames id, latitude, longitude, country. */
  private static final int PLACE_COLUMN = 17;
  /** The article's GDELT tone in {@link GdeltValues}, after the place. */
  private static final int TONE_COLUMN = PLACE_COLUMN + 6;

  private GdeltExport() {
  }

  /** Whether an event of this modality goes into the GDELT export: the ones that took place as told. */
  public static boolean exported(String modality) {
    return modality.equals("asserted") || modality.equals("reported") || modality.equals("intended");
  }

  /** The 61 columns of one event, as the store's export writes them. */
  public static List<String> columns(GdeltValues values) {
    try {
      return GdeltWriter.row(values);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the event's values: " + e.getMessage(), e);
    }
  }

  /** The day the store files an event under: its own date, else the article's when it has none (null when neither). */
  public static LocalDate day(Event event, LocalDate published) {
    return ArticleRows.day(event.date(), published);
  }

  /** Values held in an array in {@link GdeltValues}' order; columns past its end read as SQL NULL. */
  public static GdeltValues values(Object... values) {
    Object[] v = values.clone();
    return column -> column >= 1 && column <= v.length ? v[column - 1] : null;
  }

  /**
   * The event's values (columns 1 to 16 of {@link GdeltValues}, as for {@link #values(Object...)}), its
   * action place (the place columns, as the store holds them; empty ActionGeo when null) and its
   * article's GDELT tone (AvgTone; 0 when null, as for an article stored before tone).
   */
  public static GdeltValues values(Place place, Double gdeltTone, Object... values) {
    if (values.length != PLACE_COLUMN - 1) {
      throw new IllegalArgumentException("want the " + (PLACE_COLUMN - 1) + " values before the place, got " + values.length);
    }
    Object[] v = Arrays.copyOf(values, TONE_COLUMN);
    v[TONE_COLUMN - 1] = gdeltTone;
    if (place != null) {
      Object[] p = {place.name(), place.kind(), place.geonamesId(), place.lat(), place.lon(), place.country()};
      System.arraycopy(p, 0, v, PLACE_COLUMN - 1, p.length);
    }
    return values(v);
  }
}
