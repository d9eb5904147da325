package org.dyad.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The gold files read as the README describes them, scored against themselves (skips without ../shared). */
class EventEvalTest {
  private static Path data() {
    Optional<Path> dir = SharedData.find("eval/events-petrarch");
    assumeTrue(dir.isPresent(), "shared/eval/events-petrarch is absent: skipping the gold-format check");
    return dir.get();
  }

  @Test
  void theGoldScoredAgainstItselfIsPerfect() throws IOException {
    List<GoldSentence> gold = EventEval.read(data(), EventEval.DEV, 0);
    List<String> trace = new ArrayList<>();
    EventReport r = EventEval.evaluate("self", gold, g -> g.noEvents() ? List.of() : g.events(), trace::add);
    assertEquals(gold.size(), r.total().records());
    assertEquals(r.total().gold(), r.total().exact());
    assertEquals(1.0, r.total().noEventEmptyShare(), 1e-9);
    assertEquals(gold.size(), r.total().recordsExact());
    assertEquals(gold.size(), trace.size());
  }

  @Test
  void limitTakesTheFirstSentencesAndTheUnitTestsRead() throws IOException {
    assertEquals(5, EventEval.read(data(), EventEval.DEV, 5).size());
    List<GoldSentence> unit = EventEval.read(data(), EventEval.UNITTEST, 0);
    assertEquals(true, unit.size() > 200);
    assertEquals(true, unit.stream().anyMatch(s -> s.error() != null));
  }
}
