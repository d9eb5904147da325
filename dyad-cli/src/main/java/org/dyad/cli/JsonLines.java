package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.core.json.ArticleJson;

/** Prints records as JSON lines, for the query commands' {@code --json}. */
final class JsonLines {
  private JsonLines() {
  }

  static void print(PrintWriter out, List<?> rows) {
    try {
      for (Object r : rows) {
        out.println(ArticleJson.mapper().writeValueAsString(r));
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
