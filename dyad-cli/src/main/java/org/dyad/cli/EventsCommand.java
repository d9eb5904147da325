package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.model.ActorRef;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import org.dyad.store.EventRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad events}: stored events of a dyad, a period and a code, with their evidence, in date order; or,
 * given {@code analyze} output files, those files' events merged into one record per event (one event, many
 * reports). Every form writes the same event record (docs/FORMAT.md).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events in date order, with the sentence that proves each.",
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

  @Option(names = "--reviewed", description = "The reviewed view: the analysts' corrections applied, events judged wrong left out, "
      + "and a column saying which events were reviewed (right or corrected).")
  boolean reviewed;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON lines written by 'dyad analyze'; without files, the store is read.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (files != null && !files.isEmpty()) {
      return MergedEvents.print(files, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    EventFilter f = filter.toFilter(limit);
    if (reviewed) {
      return ReviewedEvents.print(store, f, merged, actorCells());
    }
    TextTable table = new TextTable("date:10", "source:24", "code:5", "event:28", "target:24", "modality:10", "mentions:8",
        "place:18", "evidence:70");
    return store.printPage(q -> merged ? q.reports(f) : q.events(f), "events", table, e -> new Object[] {e.day(),
        actor(e.source()), e.code(), e.codeName(), actor(e.target()), e.modality(), e.mentions(), place(e), e.evidence()});
  }

  /** The cells of an event's source, code, event name and target, for the reviewed listing. */
  private static java.util.function.Function<EventRow, Object[]> actorCells() {
    return e -> new Object[] {e.day(), actor(e.source()), e.code(), e.codeName(), actor(e.target()), e.modality(), place(e), e.evidence()};
  }

  private static String actor(ActorRef a) {
    return a == null ? "" : a.actor() == null ? a.name() : a.name() + " (" + a.actor() + ")";
  }

  /** The place's name, marked when it is the article's dateline standing in. */
  private static String place(EventRow e) {
    return e.place() == null ? "" : e.place().name() + ("dateline".equals(e.placeSource()) ? " (dateline)" : "");
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

    @Option(names = "--quad-class", split = ",", paramLabel = "N", description = "Only these QuadClasses: 1 verbal cooperation, "
        + "2 material cooperation, 3 verbal conflict, 4 material conflict (--quad-class 3,4).")
    Set<Integer> quadClasses;

    @Option(names = "--material", description = "Only material acts (QuadClass 2 and 4), not statements.")
    boolean material;

    @Option(names = "--name", paramLabel = "NAME", description = "Only events whose source or target has this name (any case).")
    String name;

    EventFilter toFilter(int limit) {
      return toFilter(dyad, limit);
    }

    EventFilter toFilter(String dyadText, int limit) {
      Dyad d = dyadText == null ? null : Dyad.parse(dyadText, directed);
      return EventFilter.of(d, from, to, code, modality, limit).quadClasses(material ? EventFilter.MATERIAL : quadClasses)
          .named(name);
    }
  }
}
