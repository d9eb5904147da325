package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;

/** The public seam of the GDELT 2.0 export for writers outside the store (the Spark job, a watcher). */
public final class GdeltExport {
  /** The number of GDELT 2.0 event columns. */
  public static final int COLUMNS = GdeltWriter.COLUMNS;

  private GdeltExport() {
  }

  /** Whether an event of this modality goes into the GDELT export: the ones that took place as told. */
  public static boolean exported(String modality) {
    return modality.equals("asserted") || modality.equals("reported") || modality.equals("intended");
  }

  /** The 61 columns of one event, as the store's export writes them. */
  public static List<String> columns(GdeltEvent event) {
    return GdeltWriter.row(event);
  }

  /** The day the store files an event under: its own date, else the article's when it has none (null when neither). */
  public static LocalDate day(Event event, LocalDate published) {
    return ArticleRows.day(event.date(), published);
  }
}
