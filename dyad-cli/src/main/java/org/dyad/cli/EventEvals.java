package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.petrarch.PetrarchActors;
import org.dyad.core.entities.petrarch.PetrarchAgentReader;
import org.dyad.core.entities.petrarch.PetrarchDictionaryReader;
import org.dyad.eval.actors.ActorCounts;
import org.dyad.eval.actors.ActorScorer;
import org.dyad.eval.events.EventEval;
import org.dyad.eval.events.EventReport;
import org.dyad.eval.events.EventTriples;
import org.dyad.eval.events.GoldSentence;
import org.dyad.core.pipeline.SentenceAnalyzer;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.EventDiscards;
import org.dyad.core.events.petrarch.PetrarchDiscardReader;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.corenlp.StandardPipeline;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The event and actor evaluations on the PETRARCH gold ({@code dyad eval events|actors}). */
final class EventEvals {
  private EventEvals() {}

  /** Options and the sentence analyser shared by the event evaluations. */
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
        description = "Keep CoreNLP annotations in DIR and reuse them on later runs (for quick loops on the later stages).")
    Path cache;

    /** CoreNLP, behind the {@code --cache} folder when one is given. */
    NlpAnnotator annotator() {
      return new AnnotationCache(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.DEFAULT))::annotate;
    }

    List<GoldSentence> gold(String file) throws IOException {
      EvalCommand.checkData(spec, data);
      return EventEval.read(data, file, limit);
    }

    /** The pipeline's own entity and event stages (places included), with Dyad's dictionaries. */
    static SentenceAnalyzer analyzer(NlpAnnotator nlp) {
      return analyzer(nlp, EntityDictionaries.standard(), VerbDictionary.standard(), EventDiscards.standard());
    }

    static SentenceAnalyzer analyzer(NlpAnnotator nlp, EntityDictionaries dictionaries, VerbLexicon verbs, EventDiscards discards) {
      return new SentenceAnalyzer(nlp, StandardPipeline.entityResolver(dictionaries), new RuleDateNormalizer(),
          new ParseQuoteAttributor(), StandardPipeline.eventCoder(verbs, discards));
    }

    /** The entities with an actor code, as "text=CODE" in a list, for the diagnostics. */
    static String actorsOf(AnalyzedArticle a) {
      return a.entities().stream().filter(e -> e.actor() != null).map(e -> e.text() + "=" + e.actor()).toList().toString();
    }

    /** Runs {@code work} with a line sink for the diagnostics file (or nowhere), then prints the table. */
    int report(java.util.function.Function<Consumer<String>, String> work) throws IOException {
      List<String> lines = new ArrayList<>();
      String table = work.apply(lines::add);
      if (diagnostics != null) {
        Files.write(diagnostics, lines, StandardCharsets.UTF_8);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(table);
      out.flush();
      return 0;
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "CAMEO events on the PETRARCH real-news gold (gsr_dev.jsonl): micro P/R/F1 exact and relaxed, no-event sentences left empty.")
  static final class Events extends Base implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      List<GoldSentence> gold = gold(EventEval.DEV);
      SentenceAnalyzer analyzer = analyzer(annotator());
      return report(trace -> EventEval.evaluate("PETRARCH GSR dev", gold,
          g -> EventTriples.of(analyzer.analyze(g.id(), g.text(), g.date()).events()), trace).toTable());
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Actor codes on the PETRARCH real-news gold: share of gold source/target codes Dyad gives some entity, and of Dyad's codes in the gold.")
  static final class Actors extends Base implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      List<GoldSentence> gold = gold(EventEval.DEV);
      SentenceAnalyzer analyzer = analyzer(annotator());
      return report(trace -> {
        ActorCounts total = ActorCounts.EMPTY;
        for (GoldSentence g : gold) {
          AnalyzedArticle a = analyzer.analyze(g.id(), g.text(), g.date());
          List<String> codes = a.entities().stream().map(EntityMention::actor).toList();
          total = total.plus(ActorScorer.score(g, codes));
          trace.accept(g.id() + "\tgold=" + g.events() + "\tdyad=" + actorsOf(a));
        }
        return total.toTable();
      });
    }
  }

  @Command(name = "petrarch-unittest", mixinStandardHelpOptions = true,
      description = "The PETRARCH unit-test records with their own verb, actor and agent dictionaries (read by Dyad's PETRARCH readers): recall (TP%) and extra events per record (FP%) by category.")
  static final class Unittest extends Base implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--own-verbs", description = "Code with Dyad's own verb patterns and discards instead of the suite's verb and discard dictionaries.")
    boolean ownVerbs;

    @Override
    public Integer call() throws IOException {
      List<GoldSentence> gold = gold(EventEval.UNITTEST);
      Path dir = data.resolve("unittest");
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
      NlpAnnotator nlp = annotator();
      java.util.Map<java.time.LocalDate, SentenceAnalyzer> byDate = new java.util.HashMap<>();
      String[] actorsSeen = {""};
      return report(trace -> EventEval.evaluate("PETRARCH unit tests", gold, g -> {
        SentenceAnalyzer analyzer = byDate.computeIfAbsent(g.date(), d -> analyzer(nlp,
            EntityDictionaries.standard().with(actors.entriesOn(d), agents), verbs, discards));
        AnalyzedArticle a = analyzer.analyze(g.id(), g.text(), g.date());
        actorsSeen[0] = actorsOf(a);
        return EventTriples.of(a.events());
      }, line -> trace.accept(line + "\tactors=" + actorsSeen[0])).toTable());
    }
  }
}
