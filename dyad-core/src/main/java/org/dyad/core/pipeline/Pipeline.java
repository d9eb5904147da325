package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.dedup.Deduplicator;
import org.dyad.core.entities.EntityResolver;
import org.dyad.core.events.EventCoder;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.quotes.QuoteAttributor;
import org.dyad.core.time.DateNormalizer;
import org.dyad.core.tone.ToneScorer;
import org.dyad.core.tone.Toned;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Issue;
import org.dyad.model.Quote;
import org.dyad.model.RawDocument;
import org.dyad.model.nlp.Annotation;

/**
 * Composes the stages: clean, de-duplicate, annotate, resolve entities, normalise dates, attribute
 * quotes, code events, score tone. A stage that fails records an issue on that article; the batch goes on.
 * The annotator is made lazily on first need, so a clean-only run never loads models. Cleaning and
 * analysis may run on several threads ({@link PipelineRunner}); de-duplication runs in input order.
 */
public final class Pipeline {
  private final PipelineConfig config;
  private final Cleaner cleaner;
  private final Deduplicator dedup;
  private final Supplier<NlpAnnotator> annotatorFactory;
  private final EntityResolver entities;
  private final DateNormalizer dates;
  private final QuoteAttributor quotes;
  private final EventCoder events;
  private final ToneScorer tone;
  private final StageClock clock = new StageClock();
  private final TimeLimiter limiter;
  private NlpAnnotator annotator;

  /** A pipeline that scores no tone. */
  public Pipeline(PipelineConfig config, Cleaner cleaner, Supplier<NlpAnnotator> annotator, EntityResolver entities,
      DateNormalizer dates, QuoteAttributor quotes, EventCoder events) {
    this(config, cleaner, annotator, entities, dates, quotes, events, ToneScorer.NONE);
  }

  public Pipeline(PipelineConfig config, Cleaner cleaner, Supplier<NlpAnnotator> annotator, EntityResolver entities,
      DateNormalizer dates, QuoteAttributor quotes, EventCoder events, ToneScorer tone) {
    this.config = requireNonNull(config, "config is null");
    this.cleaner = requireNonNull(cleaner, "cleaner is null");
    this.annotatorFactory = requireNonNull(annotator, "annotator is null");
    this.entities = requireNonNull(entities, "entities is null");
    this.dates = requireNonNull(dates, "dates is null");
    this.quotes = requireNonNull(quotes, "quotes is null");
    this.events = requireNonNull(events, "events is null");
    this.tone = requireNonNull(tone, "tone is null");
    this.dedup = new Deduplicator(config.duplicateThreshold());
    this.limiter = new TimeLimiter(config.articleTimeout());
  }

  public PipelineConfig config() {
    return config;
  }

  /** Time spent per stage so far. */
  public StageClock clock() {
    return clock;
  }

  /**
   * Makes the de-duplicator know an article from an earlier run (a stored corpus), so copies of it
   * in this run are recognised as copies and not analysed again.
   */
  public void remember(String id, String text) {
    dedup.check(requireNonNull(id, "id is null"), requireNonNull(text, "text is null"));
  }

  /** Runs every configured stage over one document. Never throws for bad content or a failing stage. */
  public AnalyzedArticle process(RawDocument doc) {
    CleanedArticle article = clean(doc);
    return analyze(article, firstCopyOf(article));
  }

  /**
   * Cleans one document; safe to call from several threads at once. A failing cleaner gives an
   * article without text and an issue.
   */
  public CleanedArticle clean(RawDocument doc) {
    requireNonNull(doc, "doc is null");
    long t0 = System.nanoTime();
    try {
      return cleaner.clean(doc);
    } catch (RuntimeException | StackOverflowError e) {
      List<Issue> issues = new ArrayList<>(doc.issues());
      issues.add(failure("clean", e));
      return new CleanedArticle(doc.id(), doc.url(), null, doc.title(), doc.published(), null, "", null, issues);
    } finally {
      clock.add("clean", System.nanoTime() - t0);
    }
  }

  /**
   * The id of the earlier article this one copies, or null. Decides "first copy" by call order, so
   * call it in input order from one thread at a time.
   */
  public String firstCopyOf(CleanedArticle article) {
    long t0 = System.nanoTime();
    String duplicateOf = dedup.check(article.id(), article.text()).orElse(null);
    clock.add("dedup", System.nanoTime() - t0);
    return duplicateOf;
  }

  /**
   * Annotates and analyses a cleaned article unless it is a copy, clean-only or not annotatable;
   * safe to call from several threads at once. An analysis over the configured time limit gives the
   * cleaned article with an issue {@code pipeline/timeout}.
   */
  public AnalyzedArticle analyze(CleanedArticle article, String duplicateOf) {
    requireNonNull(article, "article is null");
    if (config.stages() == Stages.CLEAN || duplicateOf != null || !annotatable(article)) {
      return AnalyzedArticle.cleanedOnly(article, duplicateOf);
    }
    NlpAnnotator nlp = annotator();
    List<Issue> before = new ArrayList<>(article.issues());
    CleanedArticle input = limited(article, before);
    return limiter.call(() -> analyze(article, input, before, nlp)).orElseGet(() -> timedOut(article, before));
  }

  private AnalyzedArticle timedOut(CleanedArticle a, List<Issue> before) {
    List<Issue> issues = new ArrayList<>(before);
    issues.add(new Issue("pipeline", "timeout", "the analysis took longer than " + limiter.limit().toMillis()
        + " ms and was abandoned; the article is kept cleaned only"));
    return AnalyzedArticle.of(a, null, List.of(), List.of(), List.of(), List.of(), issues, null, List.of());
  }

  private static boolean annotatable(CleanedArticle a) {
    return !a.text().isBlank() && (a.language() == null || a.language().equals("en"));
  }

  /** The analysis proper; {@code before} are the article's issues so far (not changed here). */
  private AnalyzedArticle analyze(CleanedArticle article, CleanedArticle input, List<Issue> before, NlpAnnotator nlp) {
    List<Issue> issues = new ArrayList<>(before);
    Annotation ann = Annotation.EMPTY;
    long t0 = System.nanoTime();
    try {
      ann = nlp.annotate(input);
    } catch (RuntimeException e) {
      issues.add(failure("annotate", e));
    }
    clock.add("annotate", System.nanoTime() - t0);
    Annotation a = ann;
    List<EntityMention> ents = guard("entities", issues, () -> entities.resolve(article, a));
    List<DateMention> ds = guard("time", issues, () -> dates.normalize(article, a));
    List<Quote> qs = guard("quotes", issues, () -> quotes.attribute(article, a, ents, ds));
    List<Event> evs = guard("events", issues, () -> events.code(article, a, ents, ds, qs));
    Toned t = tone(article, a, qs, evs, issues);
    return AnalyzedArticle.of(article, null, ents, t.quotes(), ds, t.events(), issues, t.article(), t.sentences());
  }

  /** Tone last, over what the other stages found; a failure leaves quotes and events unscored. */
  private Toned tone(CleanedArticle article, Annotation a, List<Quote> qs, List<Event> evs, List<Issue> issues) {
    long t0 = System.nanoTime();
    try {
      return tone.score(article, a, qs, evs);
    } catch (RuntimeException | StackOverflowError e) {
      issues.add(failure("tone", e));
      return Toned.unscored(qs, evs);
    } finally {
      clock.add("tone", System.nanoTime() - t0);
    }
  }

  private CleanedArticle limited(CleanedArticle a, List<Issue> issues) {
    int max = config.maxAnnotatedChars();
    if (a.text().length() <= max) {
      return a;
    }
    issues.add(new Issue("annotate", "too-long", "the text has " + a.text().length() + " characters; only the first " + max + " were annotated"));
    return a.withText(a.text().substring(0, max));
  }

  private synchronized NlpAnnotator annotator() {
    if (annotator == null) {
      annotator = requireNonNull(annotatorFactory.get(), "the annotator factory returned null");
    }
    return annotator;
  }

  private <T> List<T> guard(String stage, List<Issue> issues, Supplier<List<T>> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      issues.add(failure(stage, e));
      return List.of();
    } finally {
      clock.add(stage, System.nanoTime() - t0);
    }
  }

  private static Issue failure(String stage, Throwable e) {
    return new Issue(stage, "failed", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }
}
