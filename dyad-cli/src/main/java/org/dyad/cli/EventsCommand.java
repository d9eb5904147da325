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
import java.util.concurrent.Callable;
import org.dyad.core.events.EventMerger;
import org.dyad.core.events.MergedEvent;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad events FILE.jsonl}: one event, many reports, over the output of {@code dyad analyze}. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Merge the events of analyze's JSON lines across articles (same date, code, modality, source and target at any level) and write one JSON line per event with its mention count and articles.")
final class EventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON lines written by dyad analyze.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    List<EventMerger.Report> reports = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Path f : files) {
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
    PrintWriter out = spec.commandLine().getOut();
    for (MergedEvent m : EventMerger.merge(reports)) {
      out.println(json(m));
    }
    out.flush();
    return 0;
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
