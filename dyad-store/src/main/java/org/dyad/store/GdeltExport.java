package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;

/** The public seam of the GDELT 2.0 export for writers outside the store (the Spark job). */
public final class GdeltExport {
  /** The number of GDELT 2.0 event columns. */
  public static final int COLUMNS = GdeltWriter.COLUMNS;

  private GdeltExport() {
  }

  /** The 61 columns of one event, as the store's export writes them. */
  /** Whether an event of this modality goes into the GDELT export: the ones that took place as told. */
  public static boolean exported(String modality) {
    return modality.equals("asserted") || modality.equals("reported") || modality.equals("intended");
  }

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
}
