package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.quotes.StatementQuery;
import org.dyad.core.quotes.StatementRow;
import org.dyad.store.QuoteRow;
import org.dyad.store.Slice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad quotes}: the statements of one speaker or about one actor, from the store or from {@code analyze} output. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List statements (date, speaker, kind, cue, text, tone, article title and id) from the store, or from "
        + "'dyad analyze' JSON lines when files are given; as a table or, with --json, one JSON object a line.")
final class QuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker: part of the name (any case) or an actor code such as RUSGOV.")
  String speaker;

  @Option(names = "--about", paramLabel = "ACTOR", description = "Only statements mentioning this actor code or country (RUS takes in RUSGOV), or coding an event that targets it.")
  String about;

  @Mixin
  StoreQuery store;

  @Option(names = "--limit", defaultValue = "1000", description = "From the store: at most this many. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON lines written by 'dyad analyze'; without files, the store is read.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    StatementQuery query = new StatementQuery(speaker, about);
    PrintWriter err = spec.commandLine().getErr();
    if (files == null || files.isEmpty()) {
      Slice<QuoteRow> page = store.query(q -> List.of(q.quotes(query.speaker(), query.about(), 0, limit))).get(0);
      List<QuoteLine> rows = page.items().stream().map(QuoteLine::of).toList();
      store.print(rows, QuoteLine.table(), QuoteLine::cells);
      err.println("dyad: " + rows.size() + " statement(s) from the store " + store.dir()
          + (page.total() > rows.size() ? " (of " + page.total() + "; --limit " + page.total() + " shows them all)" : ""));
      return 0;
    }
    List<StatementRow> rows = new ArrayList<>();
    int read = 0;
    for (Path f : files) {
      read += read(f, query, rows, err);
    }
    rows.sort(Comparator.comparing((StatementRow r) -> r.date() == null ? "" : r.date()).thenComparing(StatementRow::articleId)
        .thenComparingInt(r -> r.quote().start()));
    store.print(rows.stream().map(QuoteLine::of).toList(), QuoteLine.table(), QuoteLine::cells);
    err.println("dyad: " + rows.size() + " statement(s) from " + read + " article(s)");
    return read == 0 ? Main.NOTHING_PROCESSED : 0;
  }

  /** Reads one file; a line that is not an article is reported and skipped. */
  private static int read(Path f, StatementQuery query, List<StatementRow> rows, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(f)) {
      err.println("dyad: " + f + ": no such file");
      return 0;
    }
    int n = 0;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          rows.addAll(query.select(ArticleJson.parse(line)));
          n++;
        } catch (RuntimeException e) {
          err.println("dyad: " + f + ":" + lineNo + ": not an article line (" + e.getClass().getSimpleName() + ")");
        }
      }
    }
    return n;
  }
}
