package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;

/**
 * Fuzzes the cleaner (HTML and plain text) and the dateline parser: any text must clean without an
 * exception. Under plain {@code mvn verify} Jazzer only replays the inputs kept under
 * {@code src/test/resources/org/dyad/core/clean/CleanerFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CleanerFuzzTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
  private static final ArticleCleaner CLEANER = new ArticleCleaner(new JsoupHtmlExtractor(), text -> "en", DATE);

  @FuzzTest(maxDuration = "1m")
  void html(@NotNull String page) {
    CleanedArticle a = CLEANER.clean(new RawDocument("fuzz", "fuzz", null, null, null, page, ContentType.HTML, List.of()));
    assertNotNull(a.text());
  }

  @FuzzTest(maxDuration = "1m")
  void text(@NotNull String page) {
    CleanedArticle a = CLEANER.clean(new RawDocument("fuzz", "fuzz", null, null, null, page, ContentType.TEXT, List.of()));
    assertNotNull(a.text());
  }

  @FuzzTest(maxDuration = "1m")
  void dateline(@NotNull String paragraph) {
    Optional<DatelineParser.Result> r = DatelineParser.parse(paragraph, DATE);
    r.ifPresent(x -> assertNotNull(x.dateline()));
  }
}
