package org.dyad.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;

/**
 * Benchmark input of typical agency length: the bundled samples are shorter than the ~500 words of
 * agency news, so each benchmark article joins distinct paragraphs of the cleaned samples, drawn at
 * random (fixed seed per article), until it has at least {@link #MIN_WORDS} words. Two such articles
 * share few paragraphs, so none is a copy of another.
 */
final class BenchArticles {
  static final int MIN_WORDS = 500;

  private BenchArticles() {}

  static List<RawDocument> make(int count) {
    Pipeline cleaner = Pipelines.standard(PipelineConfig.DEFAULT.withStages(Stages.CLEAN), SampleCorpus.FETCH_DATE);
    Set<String> paragraphs = new LinkedHashSet<>();
    CleanedArticle first = null;
    for (RawDocument d : SampleCorpus.read()) {
      CleanedArticle c = cleaner.clean(d);
      if (!c.text().isBlank()) {
        first = first == null ? c : first;
        paragraphs.addAll(List.of(c.text().split("\n\n")));
      }
    }
    List<String> pool = new ArrayList<>(paragraphs);
    List<RawDocument> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      out.add(new RawDocument("bench-" + k, "bench-" + k, null, first.title(), first.published(), null, text(pool, k),
          ContentType.TEXT, List.of()));
    }
    return out;
  }

  private static String text(List<String> pool, int k) {
    Random random = new Random(k);
    Set<Integer> used = new LinkedHashSet<>();
    StringBuilder text = new StringBuilder();
    while (words(text) < MIN_WORDS && used.size() < pool.size()) {
      int i = random.nextInt(pool.size());
      if (used.add(i)) {
        text.append(text.length() == 0 ? "" : "\n\n").append(pool.get(i));
      }
    }
    return text.toString();
  }

  static int words(CharSequence text) {
    String s = text.toString().strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
