package org.dyad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.core.testing.SharedData;
import org.dyad.model.Quote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the shared PolNeAR dev gold and scores trivial systems on it; skipped when the data is absent. */
class QuoteEvalTest {
  private static final String DATA = "eval/quotes-polnear";
  private static QuoteEval eval;
  private static List<PolnearDocument> docs;

  @BeforeEach
  void load() {
    Optional<Path> dir = SharedData.find(DATA);
    assumeTrue(dir.isPresent(), "skipped: ../shared/" + DATA + " not found above " + System.getProperty("user.dir"));
    if (eval == null) {
      eval = new QuoteEval(dir.get());
      docs = eval.documents();
    }
  }

  @Test
  void readsEveryArticleWithItsDate() {
    assertEquals(84, docs.size());
    assertEquals(2192, docs.stream().mapToInt(d -> d.gold().size()).sum());
    assertTrue(docs.stream().allMatch(d -> d.date() != null));
  }

  @Test
  void echoingTheGoldContentsScoresOneAndNothingScoresZero() {
    Map<String, PolnearDocument> byText = docs.stream().collect(Collectors.toMap(PolnearDocument::text, Function.identity(), (a, b) -> a));
    QuoteReport echo = eval.evaluate((text, date) -> byText.get(text).gold().stream()
        .map(g -> new Quote(g.content().stream().mapToInt(TextSpan::start).min().orElseThrow(),
            g.content().stream().mapToInt(TextSpan::end).max().orElseThrow(), "x", g.direct(), null, null, null, null))
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList(), 10, (d, p) -> { });
    assertTrue(echo.get(Setting.ALL_03).content().recall() > 0.95, echo.toTable());
    QuoteReport none = eval.evaluate((text, date) -> List.of(), 3, (d, p) -> { });
    assertEquals(0, none.get(Setting.ALL_03).system());
    assertEquals(3, none.documents());
  }
}
