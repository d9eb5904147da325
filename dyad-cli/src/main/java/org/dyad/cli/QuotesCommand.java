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
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.quotes.StatementQuery;
import org.dyad.core.quotes.StatementRow;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.store.Corpus;
import org.dyad.store.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad quotes}: the statements of one speaker or about one actor, from the store or from {@code analyze} output. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List statements (date, speaker, cue, text, tone, article title and id) from the store, or from 'dyad analyze' JSON lines when files are given.")
final class QuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker: part of the name (any case) or an actor code such as RUSGOV.")
  String speaker;

  @Option(names = "--about", paramLabel = "ACTOR", description = "Only statements mentioning this actor code or country (RUS takes in RUSGOV), or coding an event that targets it.")
  String about;

  @Mixin
  StoreOption store;

  @Option(names = "--limit", defaultValue = "1000", description = "From the store: at most this many. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON lines written by 'dyad analyze'; without files, the store is read.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    StatementQuery query = new StatementQuery(speaker, about);
    if (files == null || files.isEmpty()) {
      return fromStore(query);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<StatementRow> rows = new ArrayList<>();
    int read = 0;
    for (Path f : files) {
      read += read(f, query, rows, err);
    }
    rows.sort(Comparator.comparing((StatementRow r) -> r.date() == null ? "" : r.date()).thenComparing(StatementRow::articleId)
        .thenComparingInt(r -> r.quote().start()));
    PrintWriter out = spec.commandLine().getOut();
    rows.forEach(r -> out.println(line(r)));
    out.flush();
    err.println("dyad: " + rows.size() + " statement(s) from " + read + " article(s)");
    return read == 0 ? Main.NOTHING_PROCESSED : 0;
  }

  private int fromStore(StatementQuery query) {
    try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
      List<QuoteRow> rows = corpus.queries().quotes(query.speaker(), query.about(), limit);
      PrintWriter out = spec.commandLine().getOut();
      for (QuoteRow q : rows) {
        out.println(line(q.date(), q.speaker(), q.speakerTitle(), q.speakerActor(), q.direct(), q.text(), q.cue(),
            q.tone(), q.title(), q.articleKey()));
      }
      out.flush();
      spec.commandLine().getErr().println("dyad: " + rows.size() + " statement(s) from the store " + store.dir);
      return 0;
    }
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

  static String line(StatementRow r) {
    Quote q = r.quote();
    Speaker s = q.speaker();
    return line(r.date(), s == null ? null : s.name(), s == null ? null : s.title(), s == null ? null : s.actor(),
        q.direct(), q.text(), q.cue(), q.tone(), r.title(), r.articleId());
  }

  /** One statement as a tab-separated line, the same from files and from the store; the tone is VADER's compound or "-". */
  private static String line(String date, String speaker, String title, String actor, boolean direct, String said,
      String cue, Double tone, String articleTitle, String articleId) {
    String who = speaker == null ? "(unknown)" : speaker + (title == null ? "" : " (" + title + ")")
        + (actor == null ? "" : " [" + actor + "]");
    String text = direct ? "\u201C" + said + "\u201D" : said;
    return String.join("\t", date == null ? "-" : date, who, cue == null ? "-" : cue, text.replace('\n', ' '),
        tone == null ? "-" : String.format(Locale.ROOT, "%+.2f", tone), articleTitle == null ? "-" : articleTitle, articleId);
  }
}
