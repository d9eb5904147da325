package org.dyad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.events.EventMerger;
import org.dyad.core.events.MergedEvent;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;

/** One event, many reports, over the output of {@code dyad analyze}: one JSON line per merged event. */
final class MergedEvents {
  private MergedEvents() {
  }

  static int print(List<Path> files, PrintWriter out, PrintWriter err) throws IOException {
    List<EventMerger.Report> reports = new ArrayList<>();
    for (Path f : files) {
      read(f, reports, err);
    }
    for (MergedEvent m : EventMerger.merge(reports)) {
      out.println(json(m));
    }
    out.flush();
    return 0;
  }

  private static void read(Path f, List<EventMerger.Report> reports, PrintWriter err) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          AnalyzedArticle a = ArticleJson.parse(line);
          a.events().forEach(e -> reports.add(new EventMerger.Report(a.id(), e)));
        } catch (RuntimeException e) {
          err.println("dyad: " + f + ":" + n + ": skipped, not an article record: " + e.getMessage());
        }
      }
    }
  }

  private static String json(MergedEvent m) {
    Event e = m.event();
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("date", e.date());
    n.put("source", e.source().actor());
    n.put("sourceName", e.source().name());
    n.put("target", e.target() == null ? null : e.target().actor());
    n.put("targetName", e.target() == null ? null : e.target().name());
    n.put("code", e.code());
    n.put("modality", e.modality());
    n.put("mentions", m.mentions());
    m.articles().forEach(n.putArray("articles")::add);
    return n.toString();
  }
}
