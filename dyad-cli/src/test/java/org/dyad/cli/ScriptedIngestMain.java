package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.OptimaizeLanguageGuesser;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.read.InputReader;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.store.Corpus;

/**
 * {@code dyad ingest} with the real reader, cleaner, de-duplicator and store but scripted analysis
 * stages (one entity, quote and event per paragraph), so a crash test can kill it many times in the
 * time CoreNLP takes to load. Arguments: STORE INPUT. Writes STORE.started once the first article is stored and STORE.done after the last.
 */
public final class ScriptedIngestMain {
  private ScriptedIngestMain() {
  }

  public static void main(String[] args) {
    Pipeline pipeline = new Pipeline(PipelineConfig.DEFAULT,
        new ArticleCleaner(new JsoupHtmlExtractor(), new OptimaizeLanguageGuesser(), LocalDate.of(2021, 9, 1)),
        () -> a -> Annotation.EMPTY,
        (article, ann) -> perParagraph(article, (s, e) -> new EntityMention(s, s + 6, article.text().substring(s, s + 6),
            "COUNTRY", "Russia", null, null, "RUS", "RUS")),
        (article, ann) -> List.of(),
        (article, ann, ents, dates) -> perParagraph(article, (s, e) -> new Quote(s, e, article.text().substring(s, e), false,
            "said", null, null, null)),
        (article, ann, ents, dates, quotes) -> perParagraph(article, (s, e) -> new Event(new ActorRef("Russia", "RUS"),
            new ActorRef("Afghanistan", "AFG"), "040", "04", 1, 1.0, "CONSULT", "2021-08-25", "text", "asserted", s, e)));
    try (Corpus corpus = Corpus.open(Path.of(args[0]))) {
      Ingestion ingest = new Ingestion(pipeline, corpus);
      Path started = Path.of(args[0] + ".started");
      new InputReader(InputRun.MAX_INPUT_BYTES).read(List.of(Path.of(args[1])), doc -> {
        ingest.add(doc);
        if (!Files.exists(started)) {
          mark(started); // the crash test times its kill from the first stored article
        }
      });
      mark(Path.of(args[0] + ".done")); // ... to the last
      System.err.println(ingest.summary());
    }
  }

  private static void mark(Path file) {
    try {
      Files.writeString(file, "started");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> perParagraph(CleanedArticle a, Span<T> make) {
    List<T> out = new ArrayList<>();
    int start = 0;
    for (String p : a.text().split("\n\n")) {
      if (p.length() >= 6) {
        out.add(make.at(start, start + p.length()));
      }
      start += p.length() + 2;
    }
    return out;
  }

  private interface Span<T> {
    T at(int start, int end);
  }
}
