package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.petrarch.PetrarchActors;
import org.dyad.core.entities.petrarch.PetrarchAgentReader;
import org.dyad.core.entities.petrarch.PetrarchDictionaryReader;
import org.dyad.core.events.EventDiscards;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.events.petrarch.PetrarchDiscardReader;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.events.EventCounts;
import org.dyad.eval.events.EventEval;
import org.dyad.eval.events.EventReport;
import org.dyad.eval.events.EventTriples;
import org.dyad.eval.events.GoldEvent;
import org.dyad.eval.events.GoldSentence;
import org.dyad.eval.events.GsrEval;
import org.dyad.eval.run.AnalyzedTexts;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Figure;
import org.dyad.eval.run.GoldText;
import org.dyad.eval.run.Selection;
import org.dyad.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The event and actor evaluations on the PETRARCH gold ({@code dyad eval events|actors|petrarch-unittest}):
 * every sentence goes through the pipeline of {@code dyad analyze} (cleaner and de-duplication
 * included) as one JSON-line article with its date.
 */
final class EventEvals {
  private EventEvals() {}

  /** Options shared by the event evaluations. */
  abstract static class Base {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The events-petrarch folder.")
    Path data;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N sentences (0 = all).")
    int limit;

    @Option(names = "--diagnostics", paramLabel = "FILE", description = "Write one line per sentence (gold and Dyad's answer) here.")
    Path diagnostics;

    @Option(names = "--cache", paramLabel = "DIR",
        description = "Keep CoreNLP annotations in DIR and reuse them on later runs (keyed by text, article date, settings and CoreNLP version).")
    Path cache;

    /** CoreNLP, behind the {@code --cache} folder when one is given. */
    NlpAnnotator annotator() {
      return EvalPipelines.annotator(cache, CoreNlpConfig.DEFAULT);
    }

    /** An evaluation that writes diagnostic lines to a sink. */
    interface Work {
      EvalResult run(Consumer<String> trace) throws IOException;
    }

    /** Runs {@code work} with a line sink for the diagnostics file (or nowhere), then prints its result. */
    int report(Work work) throws IOException {
      List<String> lines = new ArrayList<>();
      EvalResult result = work.run(lines::add);
      if (diagnostics != null) {
        Files.write(diagnostics, lines, StandardCharsets.UTF_8);
      }
      return EvalCommand.print(spec, result);
    }
  }

  /** The GSR evaluations: the development sentences, a half of them or all with the halves side by side. */
  abstract static class Gsr extends Base {
    @Mixin
    HalfOption half;

    /** The selected sentences and their analyses by the pipeline. */
    Map.Entry<List<GoldSentence>, Map<String, AnalyzedArticle>> analysed() throws IOException {
      List<GoldSentence> gold = GsrEval.sentences(EvalCommand.checkData(spec, data), half.selection(limit));
      return Map.entry(gold, GsrEval.analyze(gold, EvalPipelines.analyze(annotator()), EvalPipelines.threads()));
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "CAMEO events on the PETRARCH real-news gold (gsr_dev.jsonl) through the pipeline of 'dyad analyze': "
          + "micro P/R/F1 exact and relaxed, no-event sentences left empty (split key: the sentence id).")
  static final class Events extends Gsr implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      var a = analysed();
      return report(trace -> GsrEval.events(half.selection(limit), a.getKey(), a.getValue(), trace));
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Actor codes on the PETRARCH real-news gold through the pipeline of 'dyad analyze': share of gold source/target "
          + "codes Dyad gives some entity, and of Dyad's codes in the gold (split key: the sentence id).")
  static final class Actors extends Gsr implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      var a = analysed();
      return report(trace -> GsrEval.actors(half.selection(limit), a.getKey(), a.getValue(), trace));
    }
  }

  @Command(name = "petrarch-unittest", mixinStandardHelpOptions = true,
      description = "The PETRARCH unit-test records with their own verb, actor and agent dictionaries (read by Dyad's PETRARCH readers), "
          + "each record through the pipeline of 'dyad analyze' with them: recall (TP%) and extra events per record (FP%) by category.")
  static final class Unittest extends Base implements Callable<Integer> {
    @Option(names = "--own-verbs", description = "Code with Dyad's own verb patterns and discards instead of the suite's verb and discard dictionaries.")
    boolean ownVerbs;

    @Override
    public Integer call() throws IOException {
      EvalCommand.checkData(spec, data);
      return report(trace -> result(spec, data, limit, ownVerbs, annotator(), trace));
    }

    /** The first {@code limit} records (0 = all) scored, each with Dyad's coded entities in its trace line. */
    static EvalResult result(CommandSpec spec, Path data, int limit, boolean ownVerbs, NlpAnnotator nlp, Consumer<String> trace)
        throws IOException {
      List<GoldSentence> gold = EventEval.read(data, EventEval.UNITTEST, limit);
      Map<String, AnalyzedArticle> analyses = analyses(spec, gold, data.resolve("unittest"), ownVerbs, nlp);
      Function<GoldSentence, List<GoldEvent>> system = g -> EventTriples.of(analyses.containsKey(g.id())
          ? analyses.get(g.id()).events() : List.of());
      EventReport report = EventEval.evaluate("PETRARCH unit tests", gold, system,
          line -> trace.accept(line + "\tactors=" + GsrEval.actorsOf(analyses.get(line.substring(0, line.indexOf('\t'))))));
      EventCounts c = report.total();
      return EvalResult.whole(report.toTable() + AnalyzedTexts.lost(gold.size(), analyses),
          List.of(new Figure("recall (TP%)", c.exactScore()[1], c.exact() + "/" + c.gold()),
              new Figure("extra events per record (FP%)", c.extraPerRecord(), (c.system() - c.exact()) + " extra in " + c.records())),
          gold.size());
    }

    /**
     * Each record alone through the pipeline with the suite's dictionaries for its date: the records
     * are minimal variations of each other, which one batch's de-duplicator would take for copies.
     */
    private static Map<String, AnalyzedArticle> analyses(CommandSpec spec, List<GoldSentence> gold, Path dir, boolean ownVerbs,
        NlpAnnotator nlp) throws IOException {
      PetrarchActors actors;
      List<AgentEntry> agents;
      try (var a = Files.newBufferedReader(dir.resolve("PETR.Validate.actors.txt"), StandardCharsets.UTF_8);
          var g = Files.newBufferedReader(dir.resolve("PETR.Validate.agents.txt"), StandardCharsets.UTF_8)) {
        actors = PetrarchDictionaryReader.readActors(a, "PETR.Validate.actors.txt", PetrarchFiles.skipped(spec));
        agents = PetrarchAgentReader.read(g, "PETR.Validate.agents.txt", PetrarchFiles.skipped(spec));
      }
      EventDiscards discards;
      try (var d = Files.newBufferedReader(dir.resolve("PETR.Validate.discards.txt"), StandardCharsets.UTF_8)) {
        discards = ownVerbs ? EventDiscards.standard() : PetrarchDiscardReader.read(d);
      }
      VerbLexicon verbs = ownVerbs ? VerbDictionary.standard() : PetrarchFiles.verbs(spec, dir.resolve("PETR.Validate.verbs.txt"));
      Map<LocalDate, Pipeline> byDate = new HashMap<>();
      Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
      for (GoldSentence g : gold) {
        Pipeline p = byDate.computeIfAbsent(g.date(), d -> EvalPipelines.analyze(nlp,
            EntityDictionaries.standard().with(actors.entriesOn(d), agents), verbs, discards));
        out.putAll(AnalyzedTexts.analyzeEach(p, List.of(new GoldText(g.id(), g.text(), g.date()))));
      }
      return out;
    }
  }
}
