package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;
import org.dyad.store.Corpus;
import org.dyad.store.Corpus.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad demo}: the whole pipeline on the bundled sample corpus, with a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the pipeline on the bundled sample corpus into the embedded store and print a summary: actors, quotes, dates, events, timing.")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the JSON lines here.")
  Path output;

  @Mixin
  StoreOption store;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<RawDocument> docs = SampleCorpus.read();
    Pipeline pipeline = Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE);
    out.println("Loading models and analysing the " + docs.size() + " articles of the bundled sample corpus ...");
    out.flush();
    long t0 = System.nanoTime();
    List<AnalyzedArticle> results = new ArrayList<>();
    Map<Outcome, Integer> stored = new EnumMap<>(Outcome.class);
    try (Corpus corpus = Corpus.open(store.dir);
        ArticleSink sink = output == null ? null : new ArticleSink(output, spec.commandLine().getErr())) {
      for (RawDocument d : docs) {
        AnalyzedArticle a = pipeline.process(d);
        results.add(a);
        stored.merge(corpus.add(a, d.origin()), 1, Integer::sum);
        if (sink != null) {
          sink.accept(a, d.origin());
        }
      }
      double total = (System.nanoTime() - t0) / 1e9;
      double work = pipeline.clock().snapshot().values().stream().mapToLong(t -> t.nanos()).sum() / 1e9;
      new Summary(results).print(out, work, Math.max(0, total - work));
      out.printf("%nStore %s: this run added %d article(s) and %d copy(ies); %d were already stored. It now holds %s.%n",
          store.dir, stored.getOrDefault(Outcome.NEW, 0), stored.getOrDefault(Outcome.COPY, 0),
          stored.getOrDefault(Outcome.ALREADY_STORED, 0), corpus.counts());
      out.printf("Ask it: ./dyad timeline AFG:RUS --by week | ./dyad events --dyad AFG:RUS | ./dyad search \"boost support\" | ./dyad actors%n");
    }
    return 0;
  }
}
