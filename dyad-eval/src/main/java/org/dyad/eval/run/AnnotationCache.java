package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.nlp.ParseSelector;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Annotations kept in a folder (one JSON file per annotation) and reused on later runs, so that work
 * on the stages after annotation does not wait for CoreNLP each time. A file is named by a hash of
 * everything that changes an annotation: the text, the article date (SUTime resolves against it), and
 * the annotator's signature (its configuration, CoreNLP's version, the adapter's format). Without a
 * folder it annotates every time. The annotator is built on first need; safe for several threads.
 */
public final class AnnotationCache implements NlpAnnotator {
  private final Path dir;
  private final String signature;
  private final Supplier<NlpAnnotator> factory;
  private final ParseSelector selector;
  private NlpAnnotator nlp;

  /**
   * @param dir the folder (null: no cache)
   * @param signature what the annotator's output depends on besides the text and the date
   * @param factory builds the annotator on first need
   */
  public AnnotationCache(Path dir, String signature, Supplier<NlpAnnotator> factory) {
    this(dir, signature, factory, ParseSelector.ALL);
  }

  /**
   * @param selector the sentences whose parses are handed out (the folder keeps every parse the
   *     annotator made; see {@link ParseSelector#keepSelected})
   */
  public AnnotationCache(Path dir, String signature, Supplier<NlpAnnotator> factory, ParseSelector selector) {
    this.dir = dir;
    this.signature = requireNonNull(signature, "signature is null");
    this.factory = requireNonNull(factory, "factory is null");
    this.selector = requireNonNull(selector, "selector is null");
  }

  /** The annotation of the article's text, from the folder when it is there. */
  @Override
  public Annotation annotate(CleanedArticle a) {
    requireNonNull(a, "article is null");
    if (dir == null) {
      return selector.keepSelected(annotator().annotate(a));
    }
    Path file = dir.resolve(key(a) + ".json");
    try {
      if (Files.isRegularFile(file)) {
        return selector.keepSelected(ArticleJson.mapper().readValue(file.toFile(), Annotation.class));
      }
      Annotation ann = annotator().annotate(a);
      Files.createDirectories(dir);
      Path part = Files.createTempFile(dir, "annotation", ".part");
      ArticleJson.mapper().writeValue(part.toFile(), ann);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return selector.keepSelected(ann);
    } catch (IOException e) {
      throw new UncheckedIOException("annotation cache " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The file name's hash: SHA-256 over the signature, the article date and the text. */
  String key(CleanedArticle a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head = signature + "\n" + a.published() + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(a.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private synchronized NlpAnnotator annotator() {
    if (nlp == null) {
      nlp = requireNonNull(factory.get(), "the annotator factory returned null");
    }
    return nlp;
  }
}
