package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.nlp.LexiconParseSelector;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.nlp.ParseSelector;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Dyad's annotator on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner on every sentence (SUTime
 * inside NER on the sentences with a time word, {@link TimeWords}, when the config says so) and
 * depparse on the sentences the config selects ({@link SelectiveParser}). One instance
 * holds one CoreNLP pipeline (11–13 s and about 1 GB to build). CoreNLP's {@code annotate} is
 * thread-safe, so one instance serves all worker threads; CoreNLP also keeps built annotators in a
 * process-wide pool, so a second instance with the same settings reuses the first one's models unless
 * it is asked to load its own ({@code ownModels}, for measuring).
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private final StanfordCoreNLP pipeline;
  /** NER with SUTime and without, for the sentences with and without a time word; null when the pipeline runs NER itself. */
  private final StanfordCoreNLP timeNer;
  private final StanfordCoreNLP plainNer;
  private final SelectiveParser parser;
  private final AtomicLong sentences = new AtomicLong();
  private final AtomicLong timeSentences = new AtomicLong();

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this(config, false);
  }

  /** @param ownModels load this instance's own copy of the models instead of sharing the process-wide ones */
  public CoreNlpAnnotator(CoreNlpConfig config, boolean ownModels) {
    this(config, LexiconParseSelector.standard(), ownModels);
  }

  /**
   * @param selector the sentences to parse when {@code config.parse()} is {@code SELECTED} (for example
   *     one that knows a user's verb dictionary)
   */
  public CoreNlpAnnotator(CoreNlpConfig config, ParseSelector selector, boolean ownModels) {
    requireNonNull(config, "config is null");
    requireNonNull(selector, "selector is null");
    synchronized (StanfordCoreNLP.class) {
      if (ownModels) {
        // Pipelines built earlier keep their annotators; clearing CoreNLP's pool makes this one load its own.
        StanfordCoreNLP.clearAnnotatorPool();
      }
      Properties p = properties(config);
      if (config.sutime() == CoreNlpConfig.Sutime.TIME_WORDS) {
        Properties base = (Properties) p.clone();
        base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        this.pipeline = new StanfordCoreNLP(base);
        this.timeNer = new StanfordCoreNLP(ner(p, true));
        this.plainNer = new StanfordCoreNLP(ner(p, false));
        this.parser = switch (config.parse()) {
          case NONE -> null;
          case SELECTED -> new SelectiveParser(selector);
          case ALL -> new SelectiveParser(ParseSelector.ALL);
        };
      } else {
        this.pipeline = new StanfordCoreNLP(p);
        this.timeNer = null;
        this.plainNer = null;
        this.parser = config.parse() == CoreNlpConfig.Parse.SELECTED ? new SelectiveParser(selector) : null;
      }
    }
  }

  /** The NER annotator alone, with or without SUTime, for a document whose tokens are tagged and lemmatised. */
  private static Properties ner(Properties all, boolean sutime) {
    Properties p = (Properties) all.clone();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    return p;
  }

  /**
   * CoreNLP's time per annotator so far, as CoreNLP prints it, the share of sentences SUTime read and
   * the share parsed.
   */
  public String timing() {
    StringBuilder b = new StringBuilder(pipeline.timingInformation());
    if (timeNer != null) {
      long n = sentences.get();
      b.append(String.format(Locale.ROOT, "%nNER with SUTime: %d of %d sentences (%.1f %%; the others NER without SUTime)%n%s%n%s",
          timeSentences.get(), n, n == 0 ? 0.0 : 100.0 * timeSentences.get() / n, timeNer.timingInformation(),
          plainNer.timingInformation()));
    }
    return b + (parser == null ? "" : "\n" + parser.timing());
  }

  static Properties properties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() == CoreNlpConfig.Parse.ALL ? ",depparse" : ""));
    // Headlines and page furniture must not join the first sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.useSUTime", Boolean.toString(config.sutime() != CoreNlpConfig.Sutime.NONE));
    if (config.sutime() == CoreNlpConfig.Sutime.TIME_WORDS) {
      // Not CoreNLP's: marks the signature (SUTime reads only the sentences TimeWords picks).
      p.setProperty("dyad.sutime.sentences", "time words " + TimeWords.VERSION);
    }
    p.setProperty("ner.buildEntityMentions", "true");
    if (!config.nerModels().isEmpty()) {
      p.setProperty("ner.model", config.nerModels());
    }
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    return p;
  }

  @Override
  public Annotation annotate(CleanedArticle article) {
    requireNonNull(article, "article is null");
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(doc);
    if (timeNer != null) {
      tagEntities(doc);
    }
    if (parser != null) {
      parser.parse(doc);
    }
    return AnnotationConverter.convert(doc);
  }

  /** NER with SUTime on the sentences with a time word, NER without it on the others; both write into the same sentence maps. */
  private void tagEntities(edu.stanford.nlp.pipeline.Annotation doc) {
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (all == null || all.isEmpty()) {
      return;
    }
    List<CoreMap> times = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : all) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      (labels != null && TimeWords.mayHoldTime(labels) ? times : plain).add(s);
    }
    sentences.addAndGet(all.size());
    timeSentences.addAndGet(times.size());
    annotateView(timeNer, doc, times);
    annotateView(plainNer, doc, plain);
  }

  /** Runs {@code annotator} on a view of the document that holds only {@code sentences} (their maps are the document's). */
  static void annotateView(StanfordCoreNLP annotator, edu.stanford.nlp.pipeline.Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    edu.stanford.nlp.pipeline.Annotation view = new edu.stanford.nlp.pipeline.Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    view.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      view.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    annotator.annotate(view);
  }

  /**
   * Everything besides the text and the article date that this annotator's output depends on:
   * CoreNLP's version, the properties the configuration gives, which sentences are parsed, and the
   * version of Dyad's conversion into its own records. An annotation cache keys on it. Which sentences
   * the selective parse picks depends on Dyad's lexicons as well, which the signature cannot know: a
   * cache should hold full parses ({@code Parse.ALL}).
   */
  public static String signature(CoreNlpConfig config) {
    requireNonNull(config, "config is null");
    return "CoreNLP " + StanfordCoreNLP.class.getPackage().getImplementationVersion() + " " + new TreeMap<>(properties(config))
        + " parse " + config.parse()
        + " conversion " + AnnotationConverter.VERSION;
  }
}
