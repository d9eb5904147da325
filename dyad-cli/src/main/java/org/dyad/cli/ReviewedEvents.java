package org.dyad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.function.Function;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.EventFilter;
import org.dyad.store.EventRow;
import org.dyad.store.ReviewedEvent;
import org.dyad.store.Slice;
import picocli.CommandLine.ParameterException;

/**
 * {@code dyad events --reviewed}: the stored events with the analysts' corrections applied and the events judged wrong
 * left out, each saying whether it was reviewed: a table with a {@code reviewed} column, or the event record of
 * docs/FORMAT.md with a {@code reviewed} field (right, corrected, or null).
 */
final class ReviewedEvents {
  private ReviewedEvents() {
  }

  /** Prints the filter's page of reviewed events; {@code cells} gives an event's cells before the reviewed column. */
  static int print(StoreQuery store, EventFilter f, boolean merged, Function<EventRow, Object[]> cells) {
    if (merged) {
      throw new ParameterException(store.spec.commandLine(), "--reviewed lists events one by one: not with --merged");
    }
    TextTable table = new TextTable("date:10", "source:24", "code:5", "event:28", "target:24", "modality:10", "place:18",
        "evidence:70", "reviewed:9");
    if (store.json) {
      return store.printPage(q -> records(q.reviews().events(f, true)), "events", table, e -> new Object[0]);
    }
    return store.printPage(q -> q.reviews().events(f, true), "events", table, e -> {
      Object[] row = cells.apply(e.corrected());
      Object[] out = Arrays.copyOf(row, row.length + 1);
      out[row.length] = e.verdict() == null ? "" : e.verdict();
      return out;
    });
  }

  private static Slice<ObjectNode> records(Slice<ReviewedEvent> page) {
    return new Slice<>(page.items().stream().map(ReviewedEvents::record).toList(), page.total(), page.offset());
  }

  /** The event record of an event as reviewed, with its {@code reviewed} field. */
  static ObjectNode record(ReviewedEvent e) {
    ObjectNode n = ArticleJson.mapper().valueToTree(e.corrected());
    n.put("reviewed", e.verdict());
    return n;
  }
}
