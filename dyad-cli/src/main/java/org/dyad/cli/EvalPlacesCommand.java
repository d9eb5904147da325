package org.dyad.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.places.PlaceEval;
import org.dyad.eval.places.PlaceGold;
import org.dyad.eval.places.PlaceReport;
import org.dyad.eval.run.EvalResult;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyad eval places}: geocoding on Dyad's own test set, through the whole pipeline. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Geocoding on Dyad's own test set (short texts naming 100 places, many of them sharing a name with "
        + "places elsewhere): accuracy at 50 km and country accuracy of the places given to LOCATION and COUNTRY mentions.")
final class EvalPlacesCommand implements Callable<Integer> {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return EvalCommand.print(spec, result(() -> new CoreNlpAnnotator(CoreNlpConfig.DEFAULT)));
  }

  /** Each case through the whole pipeline over the given annotator. */
  static EvalResult result(Supplier<NlpAnnotator> annotator) {
    Pipeline pipeline = Pipelines.standard(PipelineConfig.DEFAULT, DATE, annotator);
    AtomicInteger n = new AtomicInteger();
    List<PlaceGold.Case> cases = PlaceGold.standard();
    PlaceReport report = PlaceEval.run(cases, text -> pipeline.process(new RawDocument("places#" + n.incrementAndGet(),
        "places-gold.tsv", null, null, DATE, text, ContentType.TEXT, List.of())).entities());
    return EvalResult.whole(report.toTable(), report.figures(), report.total());
  }
}
