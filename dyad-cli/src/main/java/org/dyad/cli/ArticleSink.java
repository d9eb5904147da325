package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Issue;

/**
 * Writes JSON lines to a file or standard output, and names on standard error each input that
 * produced a read or clean error, so a failing input is seen even when the output goes to a file.
 */
final class ArticleSink implements Closeable {
  private final BufferedWriter out;
  private final PrintWriter err;
  private final boolean ownsOut;
  private int written;
  private int withText;

  ArticleSink(Path file, PrintWriter err) {
    try {
      this.out = file == null
          ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    this.ownsOut = file != null;
    this.err = err;
  }

  void accept(AnalyzedArticle a, String origin) {
    try {
      out.write(ArticleJson.line(a));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output", e);
    }
    written++;
    if (!a.text().isEmpty()) {
      withText++;
    }
    for (Issue i : a.issues()) {
      if (i.stage().equals("read") || i.code().equals("failed") || i.code().equals("empty")) {
        err.println("dyad: " + origin + ": " + i.stage() + "/" + i.code() + ": " + i.message());
      }
    }
  }

  int written() {
    return written;
  }

  int withText() {
    return withText;
  }

  @Override
  public void close() {
    try {
      if (ownsOut) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output", e);
    }
    err.flush();
  }
}
