package org.dyad.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * CoreNLP annotations kept in a folder (one JSON file per text) and reused on later runs, so that
 * work on the stages after annotation does not wait for CoreNLP each time. Without a folder it
 * annotates every time. The annotator is built on first need.
 */
final class AnnotationCache {
  private final Path dir;
  private final Supplier<NlpAnnotator> factory;
  private NlpAnnotator nlp;

  /** A cache in {@code dir} (null: no cache) over the annotator {@code factory} builds. */
  AnnotationCache(Path dir, Supplier<NlpAnnotator> factory) {
    this.dir = dir;
    this.factory = requireNonNull(factory, "factory is null");
  }

  /** The annotation of the article's text, from the folder when it is there. */
  Annotation annotate(CleanedArticle a) {
    Path file = dir == null ? null : dir.resolve(Integer.toHexString(a.text().hashCode()) + "-" + a.text().length() + ".json");
    try {
      if (file != null && Files.isRegularFile(file)) {
        return ArticleJson.mapper().readValue(file.toFile(), Annotation.class);
      }
      if (nlp == null) {
        nlp = factory.get();
      }
      Annotation ann = nlp.annotate(a);
      if (file != null) {
        Files.createDirectories(dir);
        ArticleJson.mapper().writeValue(file.toFile(), ann);
      }
      return ann;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
