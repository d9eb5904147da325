package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;

/**
 * Runs article-body extractors over the article-extraction benchmark and scores them with the
 * benchmark's shingle metric.
 */
public final class ArticleExtractionEval {
  private final BenchmarkReader reader;
  private final ShingleScorer scorer = new ShingleScorer();

  /** @param dataDir the folder holding {@code html/} and {@code ground-truth.json.gz} */
  public ArticleExtractionEval(Path dataDir) {
    this.reader = new BenchmarkReader(requireNonNull(dataDir, "dataDir is null"));
  }

  /**
   * Dyad's cleaning stage as the pipeline runs it ("dyad": extractor, repeated blocks, title) and
   * plain Readability4J ("readability4j"), in that order.
   */
  public static Map<String, ArticleSystem> standardSystems() {
    Map<String, ArticleSystem> systems = new LinkedHashMap<>();
    ArticleCleaner cleaner = new ArticleCleaner(new JsoupHtmlExtractor(), text -> null, null);
    systems.put("dyad", (html, url) -> cleaner.clean(new RawDocument("eval", "eval", url, null, null, html, ContentType.HTML, List.of())).text());
    systems.put("readability4j", (html, url) -> {
      String text = new Readability4J(url, html).parse().getTextContent();
      return text == null ? "" : text;
    });
    return systems;
  }

  /**
   * Runs every system over every page. A system that throws (or returns null) on a page scores an
   * empty body there and counts as a failure.
   */
  public ArticleExtractionReport run(Map<String, ArticleSystem> systems) throws IOException {
    requireNonNull(systems, "systems is null");
    List<BenchmarkPage> pages = reader.pages();
    Map<String, List<DocumentScore>> scores = new LinkedHashMap<>();
    Map<String, Integer> failures = new LinkedHashMap<>();
    systems.keySet().forEach(name -> {
      scores.put(name, new ArrayList<>());
      failures.put(name, 0);
    });
    for (BenchmarkPage page : pages) {
      String html = reader.html(page.id());
      for (Map.Entry<String, ArticleSystem> system : systems.entrySet()) {
        String body = bodyOrNull(system.getValue(), html, page.url());
        if (body == null) {
          failures.merge(system.getKey(), 1, Integer::sum);
        }
        scores.get(system.getKey()).add(scorer.compare(page.goldBody(), body == null ? "" : body));
      }
    }
    List<SystemResult> results = new ArrayList<>();
    scores.forEach((name, list) -> results.add(new SystemResult(name, scorer.summarize(list), failures.get(name))));
    return new ArticleExtractionReport(pages.size(), results);
  }

  /** Per-page scores of one system, by page id, for error analysis. */
  public Map<String, DocumentScore> scorePages(ArticleSystem system) throws IOException {
    requireNonNull(system, "system is null");
    Map<String, DocumentScore> byId = new LinkedHashMap<>();
    for (BenchmarkPage page : reader.pages()) {
      String body = bodyOrNull(system, reader.html(page.id()), page.url());
      byId.put(page.id(), scorer.compare(page.goldBody(), body == null ? "" : body));
    }
    return byId;
  }

  /**
   * Scores a stored prediction file (such as {@code reference_outputs/trafilatura.json.gz}) against
   * the gold; pages missing from the file count as empty predictions.
   */
  public SystemResult scoreReference(String name, Path predictionFile) throws IOException {
    requireNonNull(name, "name is null");
    Map<String, String> predicted = reader.predictions(requireNonNull(predictionFile, "predictionFile is null"));
    List<DocumentScore> list = new ArrayList<>();
    for (BenchmarkPage page : reader.pages()) {
      list.add(scorer.compare(page.goldBody(), predicted.getOrDefault(page.id(), "")));
    }
    return new SystemResult(name, scorer.summarize(list), 0);
  }

  private static String bodyOrNull(ArticleSystem system, String html, String url) {
    try {
      return system.extractBody(html, url);
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }
}
