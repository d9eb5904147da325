package org.dyad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad timeline A:B}: how a dyad's relations moved, per period. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Events of a dyad per period: counts per QuadClass (verbal/material cooperation/conflict), mean Goldstein score, mean tone of the events (VADER) and of their articles (GDELT).")
final class TimelineCommand implements Callable<Integer> {
  @Mixin
  StoreQuery store;

  @Mixin
  EventsCommand.EventOptions filter;

  @Parameters(index = "0", paramLabel = "A:B", description = "The dyad, such as AFG:RUS (either direction unless --directed).")
  String dyad;

  @Option(names = "--by", defaultValue = "month", description = "day, week, month or year. Default: ${DEFAULT-VALUE}.")
  Period by;

  @Option(names = "--modalities", description = "Count every modality; by default negated and hypothetical events do not count.")
  boolean allModalities;

  @Override
  public Integer call() {
    if (filter.modality == null && !allModalities) {
      filter.modality = EventFilter.FACTUAL;
    }
    EventFilter f = filter.toFilter(dyad, 100_000);
    TextTable table = new TextTable("period:10", "events:8", "verbal-coop:11", "material-coop:13", "verbal-conflict:15",
        "material-conflict:17", "goldstein:9", "tone:6", "gdelt-tone:10");
    return store.print(q -> q.timeline(f, by), table, r -> new Object[] {r.period(), r.events(), r.verbalCooperation(),
        r.materialCooperation(), r.verbalConflict(), r.materialConflict(), String.format(Locale.ROOT, "%+.2f", r.meanGoldstein()),
        signed(r.meanTone()), signed(r.meanGdeltTone())});
  }

  /** A mean tone with its sign, or "-" when no event of the period was scored. */
  private static String signed(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%+.2f", v);
  }
}
