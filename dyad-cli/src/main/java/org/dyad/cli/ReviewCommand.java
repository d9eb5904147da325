package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.eval.events.GoldSentence;
import org.dyad.eval.events.GoldWriter;
import org.dyad.store.Corpus;
import org.dyad.store.Precision;
import org.dyad.store.QuoteReviewStats;
import org.dyad.store.ReviewStats;
import org.dyad.store.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad review}: what the analysts' judgements of events say, and the judgements as gold data. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"The analysts' judgements of events and quotes (given on the review page of 'dyad serve'):",
        "precision with intervals, the judgements as a gold file for 'dyad eval gold', orphaned judgements, import."},
    subcommands = {ReviewCommand.Stats.class, ReviewCommand.Export.class, ReviewCommand.Orphans.class, ReviewCommand.Import.class})
final class ReviewCommand {
  private ReviewCommand() {
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = {"The share of reviewed events judged right (latest judgement per event), with Wilson 95% intervals:",
          "overall, by CAMEO root, by actor code and by lexicon entry; groups with most events judged not right first.",
          "Then the same for reviewed quotes: overall and by the speaker's actor code as coded."})
  static final class Stats implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreQuery store;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many groups of each kind. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() {
      ReviewStats s;
      QuoteReviewStats q;
      try (Corpus corpus = Corpus.openReadOnly(store.dir())) {
        s = corpus.reviews().stats();
        q = corpus.queries().quoteReviews().stats();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        JsonLines.print(out, List.of(new Both(s, q)));
        return 0;
      }
      if (s.overall() == null) {
        out.println("no reviewed events" + (s.orphans() > 0 ? " (" + s.orphans() + " orphaned judgement(s): dyad review orphans)" : ""));
      } else {
        section(out, "all reviewed events", List.of(s.overall()), false);
        section(out, "by CAMEO root (as coded)", s.byRoot(), false);
        section(out, "by actor code (source and target)", s.byActor(), false);
        section(out, "by lexicon entry (where to look first)", s.byLexicon(), true);
        if (s.orphans() > 0) {
          out.println(s.orphans() + " orphaned judgement(s) not counted: dyad review orphans");
        }
      }
      if (q.overall() == null) {
        out.println("no reviewed quotes" + (q.orphans() > 0 ? " (" + q.orphans() + " orphaned quote judgement(s))" : ""));
      } else {
        out.println();
        section(out, "all reviewed quotes", List.of(q.overall()), true);
        section(out, "quotes by speaker's actor code (as coded)", q.bySpeaker(), true);
        if (q.orphans() > 0) {
          out.println(q.orphans() + " orphaned quote judgement(s) not counted (the quote is no longer coded so)");
        }
      }
      out.flush();
      return 0;
    }

    /** What {@code --json} prints: the events' precision and the quotes'. */
    record Both(ReviewStats events, QuoteReviewStats quotes) {
    }

    private void section(PrintWriter out, String title, List<Precision> groups, boolean examples) {
      out.println(title);
      TextTable t = examples ? new TextTable("group:30", "right:9", "share:6", "95% interval:13", "example judged not right:70")
          : new TextTable("group:30", "right:9", "share:6", "95% interval:13");
      for (Precision p : groups.subList(0, Math.min(limit, groups.size()))) {
        String interval = String.format(Locale.ROOT, "%.2f-%.2f", p.low(), p.high());
        String share = String.format(Locale.ROOT, "%.2f", p.share());
        t.row(examples ? new Object[] {p.group(), p.right() + "/" + p.judged(), share, interval, p.example() == null ? "" : p.example()}
            : new Object[] {p.group(), p.right() + "/" + p.judged(), share, interval});
      }
      t.print(out);
      if (groups.size() > limit) {
        out.println("(" + (groups.size() - limit) + " more; --limit " + groups.size() + " shows them all)");
      }
      out.println();
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write the reviewed evidence spans as a gold file in the PETRARCH JSON-lines format (id, date, text, events)",
          "that 'dyad eval gold --gold FILE' scores: each sentence whose every coded event is judged, with the events judged right",
          "or corrected (not those judged not an event); sentences with an unjudged event or a wrong part left unsaid are counted, not written."})
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
      ReviewGold.Gold gold;
      try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
        gold = ReviewGold.of(corpus.queries(), corpus.reviews().spans());
      }
      try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        for (GoldSentence g : gold.sentences()) {
          out.write(GoldWriter.line(g));
          out.write('\n');
        }
      }
      spec.commandLine().getErr().println("dyad: wrote " + gold.sentences().size() + " gold sentence(s) to " + output
          + (gold.unknown() > 0 ? "; left out " + gold.unknown() + " sentence(s) with an event not judged, "
              + "or judged wrong without saying what is right" : ""));
      return 0;
    }
  }

  @Command(name = "orphans", mixinStandardHelpOptions = true,
      description = "Judgements whose event is no longer coded (the article is gone, or its span is coded differently now), oldest first.")
  static final class Orphans implements Callable<Integer> {
    @Mixin
    StoreQuery store;

    @Override
    public Integer call() {
      TextTable table = new TextTable("judged:20", "analyst:12", "verdict:9", "event as judged:30", "why:40", "evidence:60");
      List<Reviews.Orphan> orphans;
      try (Corpus corpus = Corpus.openReadOnly(store.dir())) {
        orphans = corpus.reviews().orphans();
      }
      store.print(orphans, table, o -> {
        var r = o.review().review();
        var k = r.event();
        return new Object[] {o.review().at().toString(), r.analyst(), r.verdict().id(),
            k.code() + " " + (k.sourceActor() == null ? "-" : k.sourceActor()) + " -> " + (k.targetActor() == null ? "-" : k.targetActor()),
            o.why(), o.review().evidence()};
      });
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Add the judgements of another store (say, the store of an older analysis of the same articles) to this one,",
          "each once; they apply to the events coded the same way here, the rest are listed by 'dyad review orphans'."})
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The store folder to take the judgements from.")
    Path from;

    @Override
    public Integer call() {
      try (Corpus corpus = Corpus.open(store.dir)) {
        long added = corpus.importReviews(from);
        long orphans = corpus.reviews().stats().orphans();
        long quoteOrphans = corpus.queries().quoteReviews().stats().orphans();
        spec.commandLine().getErr().println("dyad: added " + added + " judgement(s) from " + from + "; " + orphans + " orphaned"
            + (quoteOrphans > 0 ? ", and " + quoteOrphans + " of quotes (the quote is no longer coded with that speaker)" : ""));
      }
      return 0;
    }
  }
}
