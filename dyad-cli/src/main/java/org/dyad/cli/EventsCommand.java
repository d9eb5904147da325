package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad events}: stored events of a dyad, a period and a code, with their evidence; or, given
 * {@code analyze} output files, those files' events merged into one record per event (one event, many reports).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events, with the sentence that proves each.",
        "Given FILE.jsonl (analyze output) instead, merge their events across articles (same date, code, modality, "
            + "source and target at any level) into one JSON line per event with its mention count and articles."})
final class EventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreQuery store;

  @Mixin
  EventOptions filter;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many events. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--merged", description = "One event, many reports: merge the reports of each event across articles and their copies.")
  boolean merged;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON lines written by 'dyad analyze'; without files, the store is read.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (files != null && !files.isEmpty()) {
      return MergedEvents.print(files, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    EventFilter f = filter.toFilter(limit);
    if (merged) {
      return printMerged(f);
    }
    return store.print(q -> q.events(f), new TextTable("date:10", "source:24", "code:5", "target:24", "modality:12", "evidence:80"),
        e -> new Object[] {e.day(), actor(e.sourceName(), e.sourceActor()), e.code(), actor(e.targetName(), e.targetActor()),
            e.modality(), e.evidence()});
  }

  private int printMerged(EventFilter f) {
    TextTable table = new TextTable("date:10", "source:24", "code:5", "target:24", "modality:10", "mentions:8", "articles:8", "evidence:70");
    return store.print(q -> q.reports(f), table, r -> new Object[] {r.day(), actor(r.sourceName(), r.sourceActor()), r.code(),
        actor(r.targetName(), r.targetActor()), r.modality(), r.mentions(), r.articleKeys().size(), r.evidence()});
  }

  private static String actor(String name, String code) {
    return name == null ? "" : code == null ? name : name + " (" + code + ")";
  }

  /** The event filter options, shared with {@code timeline}. */
  static final class EventOptions {
    @Option(names = "--dyad", paramLabel = "A:B", description = "Two actors, as countries (AFG:RUS), actor codes (RUSGOV) or * for anyone.")
    String dyad;

    @Option(names = "--directed", description = "Only events from the dyad's first actor to its second.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
    LocalDate to;

    @Option(names = "--code", paramLabel = "CODE", description = "A CAMEO code (036) or prefix (03*).")
    String code;

    @Option(names = "--modality", description = "asserted, negated, intended, hypothetical or reported.")
    String modality;

    EventFilter toFilter(int limit) {
      return toFilter(dyad, limit);
    }

    EventFilter toFilter(String dyadText, int limit) {
      Dyad d = dyadText == null ? null : Dyad.parse(dyadText, directed);
      return new EventFilter(d, from, to, code, modality, 0, limit);
    }
  }
}
