package org.dyad.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.Period;
import org.dyad.store.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad timeline A:B}: how a dyad's relations moved, per period, every period from the first to the last. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Events of a dyad per period: counts per QuadClass (verbal/material cooperation/conflict), mean Goldstein score, "
        + "mean tone of the events (VADER) and of their articles (GDELT).",
        "Periods without events are listed (as 0); events dated only to a longer period than --by are left out and counted."})
final class TimelineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

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
    Timeline t = store.query(q -> List.of(q.timeline(f, by))).get(0);
    TextTable table = new TextTable("period:10", "events:8", "verbal-coop:11", "material-coop:13", "verbal-conflict:15",
        "material-conflict:17", "goldstein:9", "tone:6", "gdelt-tone:10");
    store.print(t.periods(), table, r -> new Object[] {r.period(), r.events(), r.verbalCooperation(),
        r.materialCooperation(), r.verbalConflict(), r.materialConflict(), signed(r.meanGoldstein()),
        signed(r.meanTone()), signed(r.meanGdeltTone())});
    if (t.coarser() > 0 || t.undated() > 0) {
      spec.commandLine().getErr().println("dyad: left out " + t.coarser() + " event(s) dated only to a longer period than a "
          + by.name().toLowerCase(Locale.ROOT) + " (a coarser --by counts them) and " + t.undated() + " with no calendar date");
    }
    return 0;
  }

  /** A mean with its sign, or "-" when the period has no (scored) event. */
  private static String signed(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%+.2f", v);
  }
}
