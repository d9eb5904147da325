package org.dyad.core.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs on the shared TempEval-3 TBAQ-cleaned data; skipped when it is absent. */
class TimexEvalTest {
  private static final String DATA = "eval/timex-tempeval3";
  private static List<TimexDocument> docs;
  private static TimexEval eval;

  /** Walks up from the working directory looking for {@code shared/<relative>}. */
  private static Optional<Path> findShared(String relative) {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @BeforeAll
  static void load() {
    Optional<Path> dir = findShared(DATA);
    assumeTrue(dir.isPresent(), "TempEval-3 data not found: no shared/" + DATA
        + " above " + System.getProperty("user.dir") + "; skipping");
    eval = new TimexEval(dir.get());
    docs = eval.documents();
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
