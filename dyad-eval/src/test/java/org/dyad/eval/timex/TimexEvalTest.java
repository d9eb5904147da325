package org.dyad.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dyad.model.DateMention;
import org.dyad.core.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on the shared TempEval-3 TBAQ-cleaned data; skipped when it is absent. */
class TimexEvalTest {
  private static final String DATA = "eval/timex-tempeval3";
  private static List<TimexDocument> docs;
  private static TimexEval eval;

  /** Loads once; each test is reported as skipped, with the reason, when the data is absent. */
  @BeforeEach
  void load() {
    Optional<Path> dir = SharedData.find(DATA);
    assumeTrue(dir.isPresent(), "skipped: ../shared/" + DATA + " not found above " + System.getProperty("user.dir"));
    if (eval == null) {
      eval = new TimexEval(dir.get());
      docs = eval.documents();
    }
  }

  @Test
  void readsAllDocumentsWithMatchingOffsets() {
    assertEquals(256, docs.size());
    assertEquals(1822, docs.stream().mapToInt(d -> d.gold().size()).sum());
    assertTrue(docs.stream().allMatch(d -> d.dct() != null));
  }

  @Test
  void goldEchoScoresOne() {
    Map<String, List<DateMention>> byText = new HashMap<>();
    for (TimexDocument d : docs) {
      byText.put(d.text(), d.gold().stream()
          .map(g -> new DateMention(g.start(), g.end(), g.text(), g.type(), g.value())).toList());
    }
    TimexReport r = eval.evaluate((text, dct) -> byText.get(text));
    assertEquals(1.0, r.valueScore().f1(), 1e-9);
    assertEquals(1.0, r.strictScore().f1(), 1e-9);
    assertEquals(1822, r.gold());
  }

  @Test
  void emptySystemScoresZeroAndLimitApplies() {
    BiFunction<String, LocalDate, List<DateMention>> none = (text, dct) -> List.of();
    TimexReport r = eval.evaluate(none, 10);
    assertEquals(10, r.documents());
    assertEquals(0.0, r.relaxedScore().f1());
    assertThrows(IllegalArgumentException.class, () -> eval.evaluate(none, -1));
  }

  @Test
  void missingFolderIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TimexEval(Path.of("/nonexistent")));
  }
}
