package org.dyad.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorefScorerTest {
  // gold {1,2,3,4,5} {6,7}; system {1,2} {3,4,5,6,7}: the textbook example of Bagga and Baldwin's paper, smaller.
  private static final List<String> GOLD = List.of("a", "a", "a", "a", "a", "b", "b");
  private static final List<String> SYSTEM = List.of("x", "x", "y", "y", "y", "y", "y");

  @Test
  void mucCountsLinks() {
    CorefScore s = CorefScorer.muc(GOLD, SYSTEM);
    assertEquals(4.0 / 5, s.recall(), 1e-9); // chain a needs 4 links, has 3; chain b needs 1, has 1
    assertEquals(4.0 / 5, s.precision(), 1e-9); // cluster y needs 4 links, gold has 3; x needs 1, has 1
  }

  @Test
  void bcubedAveragesOverMentions() {
    CorefScore s = CorefScorer.bcubed(GOLD, SYSTEM);
    double r = (2 * 2.0 / 5 + 3 * 3.0 / 5 + 2 * 1.0) / 7;
    double p = (2 * 1.0 + 3 * 3.0 / 5 + 2 * 2.0 / 5) / 7;
    assertEquals(r, s.recall(), 1e-9);
    assertEquals(p, s.precision(), 1e-9);
  }

  @Test
  void pairwiseCountsPairs() {
    CorefScore s = CorefScorer.pairwise(GOLD, SYSTEM);
    assertEquals(5.0 / 11, s.recall(), 1e-9); // gold pairs 10 + 1; shared: {1,2}, three in {3,4,5}, {6,7}
    assertEquals(5.0 / 11, s.precision(), 1e-9); // system pairs 1 + 10
  }

  @Test
  void allSingletonsScoreNothingWithoutErrorsAndPerfectIsOne() {
    List<String> alone = List.of("1", "2", "3");
    assertEquals(0, CorefScorer.muc(List.of("a", "b", "c"), alone).f1(), 1e-9);
    assertEquals(1, CorefScorer.bcubed(GOLD, GOLD).f1(), 1e-9);
    assertEquals(1, CorefScorer.muc(GOLD, GOLD).f1(), 1e-9);
  }
}
