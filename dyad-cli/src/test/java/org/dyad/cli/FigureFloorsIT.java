package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.testing.SharedData;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.coref.CorefSetReader;
import org.dyad.eval.events.GoldSentence;
import org.dyad.eval.events.GsrEval;
import org.dyad.eval.plv.PlvEval;
import org.dyad.eval.quotes.QuoteEval;
import org.dyad.eval.run.AnnotationCache;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Figure;
import org.dyad.eval.run.Half;
import org.dyad.eval.run.Selection;
import org.dyad.eval.timex.TimexEval;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The regression gate on figures: a fast subset of each evaluation, run as {@code dyad eval} runs it,
 * and each of its headline metrics at or above its floor in {@code figure-floors.tsv} (a little below
 * the figure measured when the floor was set). A change that drops a figure fails the build; a change
 * that raises one should raise its floor. The sets in {@code ../shared/eval} are skipped with a
 * message when that folder is absent; Dyad's own sets always run.
 */
class FigureFloorsIT {
  private static final Optional<Path> EVAL = SharedData.find("eval");
  private static final Map<String, Map<String, Double>> MEASURED = new HashMap<>();
  private static AnnotationCache nlp;
  private static List<GoldSentence> gsrSentences;
  private static Map<String, AnalyzedArticle> gsrAnalyses;

  static List<Arguments> floors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = FigureFloorsIT.class.getResourceAsStream("figure-floors.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split("\t");
        out.add(Arguments.of(c[0], c[1], Double.parseDouble(c[2])));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1} >= {2}")
  @MethodSource("floors")
  void aFigureStaysAtOrAboveItsFloor(String subset, String metric, double floor) {
    Double figure = figures(subset).get(metric);
    assertTrue(figure != null, subset + " gives no metric '" + metric + "': " + figures(subset).keySet());
    assertTrue(figure >= floor, subset + ": " + metric + " fell to " + figure + ", below its floor " + floor
        + " (figure-floors.tsv; lower a floor only for a drop that is understood and written down)");
  }

  private static synchronized Map<String, Double> figures(String subset) {
    return MEASURED.computeIfAbsent(subset, s -> {
      long t0 = System.nanoTime();
      EvalResult r = run(s);
      System.out.printf("figure floors, %s (%d s): %s%n", s, (System.nanoTime() - t0) / 1_000_000_000L, r.figures().get(Half.ALL).stream()
          .map(f -> f.metric() + " " + f.value()).collect(Collectors.joining("; ")));
      return r.figures().get(Half.ALL).stream().collect(Collectors.toMap(Figure::metric, Figure::value));
    });
  }

  private static EvalResult run(String subset) {
    try {
      return switch (subset) {
        case "GSR events, all 40" -> GsrEval.events(all(0), gsr(), gsrAnalyses(), line -> { });
        case "GSR actors, all 40" -> GsrEval.actors(all(0), gsr(), gsrAnalyses(), line -> { });
        case "PLV, first 150 items" -> new PlvEval(shared("events-plv")).run(all(150), pipeline(), EvalPipelines.threads(), line -> { });
        case "PolNeAR, first 8 articles" -> new QuoteEval(shared("quotes-polnear")).run(all(8), pipeline(), EvalPipelines.threads(),
            (d, p) -> { });
        case "TempEval-3, first 20 documents" -> new TimexEval(shared("timex-tempeval3")).run(all(20),
            EvalPipelines.annotator(null, CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.NONE)), (d, f) -> { });
        case "PETRARCH unit tests, first 60 records" -> EventEvals.Unittest.result(
            new CommandLine(new EventEvals.Unittest()).getCommandSpec(), shared("events-petrarch"), 60, false, nlp(), line -> { });
        case "article extraction, all pages" -> EvalCommand.Articles.result(shared("article-extraction"));
        case "coreference, Dyad's set" -> EvalCorefCommand.result(CorefSetReader.dev(), nlp(), line -> { });
        case "places, Dyad's set" -> EvalPlacesCommand.result(FigureFloorsIT::nlp);
        case "duplicates, sample corpus" -> EvalDedupCommand.result(EvalDedupCommand.SEED);
        default -> throw new IllegalArgumentException("no subset '" + subset + "'");
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Selection all(int limit) {
    return new Selection(Half.ALL, limit);
  }

  private static Path shared(String set) {
    assumeTrue(EVAL.isPresent(), "../shared/eval is absent: the figure floors of " + set + " are not checked");
    return EVAL.get().resolve(set);
  }

  private static synchronized AnnotationCache nlp() {
    if (nlp == null) {
      nlp = EvalPipelines.annotator(null, CoreNlpConfig.DEFAULT);
    }
    return nlp;
  }

  private static Pipeline pipeline() {
    return EvalPipelines.analyze(nlp());
  }

  private static List<GoldSentence> gsr() throws IOException {
    if (gsrSentences == null) {
      gsrSentences = GsrEval.sentences(shared("events-petrarch"), all(0));
    }
    return gsrSentences;
  }

  private static Map<String, AnalyzedArticle> gsrAnalyses() throws IOException {
    if (gsrAnalyses == null) {
      gsrAnalyses = GsrEval.analyze(gsr(), pipeline(), EvalPipelines.threads());
    }
    return gsrAnalyses;
  }
}
