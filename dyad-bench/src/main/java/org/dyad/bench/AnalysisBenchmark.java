package org.dyad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.ParseEventCoder;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis stages after CoreNLP on one pre-computed annotation of the whole sample corpus joined
 * into one text (CoreNLP runs once in the set-up and is not timed). Each call analyses that text;
 * divide by the article count printed in the set-up for a per-article figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class AnalysisBenchmark {
  private final DictionaryEntityResolver entities = new DictionaryEntityResolver(EntityDictionaries.standard());
  private final RuleDateNormalizer dates = new RuleDateNormalizer();
  private final ParseQuoteAttributor quotes = new ParseQuoteAttributor();
  private final ParseEventCoder events = new ParseEventCoder(VerbDictionary.standard(), Codebook.standard());
  private CleanedArticle article;
  private Annotation annotation;
  private List<EntityMention> ents;
  private List<DateMention> ds;
  private List<Quote> qs;

  @Setup
  public void annotate() {
    List<CleanedArticle> samples = Samples.cleaned();
    int n = Math.min(10, samples.size());
    StringBuilder text = new StringBuilder();
    for (CleanedArticle c : samples.subList(0, n)) {
      text.append(c.text()).append("\n\n");
    }
    CleanedArticle first = samples.get(0);
    article = new CleanedArticle("bench", null, null, first.title(), first.published(), null, text.toString().strip(), "en", List.of());
    annotation = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT).annotate(article);
    ents = entities.resolve(article, annotation);
    ds = dates.normalize(article, annotation);
    qs = quotes.attribute(article, annotation, ents, ds);
    System.out.printf("%n%d sample articles, %d characters, %d tokens in one annotation%n", n, article.text().length(), annotation.tokens().size());
  }

  @Benchmark
  public List<EntityMention> entities() {
    return entities.resolve(article, annotation);
  }

  @Benchmark
  public List<DateMention> dates() {
    return dates.normalize(article, annotation);
  }

  @Benchmark
  public List<Quote> quotes() {
    return quotes.attribute(article, annotation, ents, ds);
  }

  @Benchmark
  public List<Event> events() {
    return events.code(article, annotation, ents, ds, qs);
  }
}
