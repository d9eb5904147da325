package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class DocumentSpreaderTest {
  @Test
  void snakeOrderDealsRanksOutAndBack() {
    assertEquals(List.of(0, 1, 2, 2, 1, 0, 0, 1, 2, 2),
        IntStream.range(0, 10).mapToObj(r -> DocumentSpreader.partition(r, 3)).toList());
    assertEquals(List.of(0, 0, 0), IntStream.range(0, 3).mapToObj(r -> DocumentSpreader.partition(r, 1)).toList());
  }

  /** Sizes 100, 99, ..., 1 over 4 partitions: counts equal, characters within one document's size of each other. */
  @Test
  void countsAreEqualAndSizesClose() {
    int partitions = 4;
    long[] chars = new long[partitions];
    int[] count = new int[partitions];
    for (int rank = 0; rank < 100; rank++) {
      int p = DocumentSpreader.partition(rank, partitions);
      chars[p] += 100 - rank;
      count[p]++;
    }
    for (int p = 0; p < partitions; p++) {
      assertEquals(25, count[p]);
      assertTrue(Math.abs(chars[p] - 5050 / 4) <= 100, "partition " + p + ": " + chars[p]);
    }
  }

  @Test
  void ranksSortLargestFirstThenByPlace() {
    List<String> ranks = new ArrayList<>(List.of(
        DocumentSpreader.rank(doc("f", 0, 10)), DocumentSpreader.rank(doc("f", 1, 300)), DocumentSpreader.rank(doc("e", 5, 10))));
    ranks.sort(null);
    assertTrue(ranks.get(0).endsWith("f#1"), ranks.toString());
    assertTrue(ranks.get(1).endsWith("e#5"), ranks.toString());
  }

  @Test
  void refusesNoPartitions() {
    assertThrows(IllegalArgumentException.class, () -> DocumentSpreader.spread(null, 0));
  }

  @Test
  void aDocumentComesBackAsRead() {
    RawDocument d = new RawDocument("id", "f.jsonl:3", "https://example.org/a", "A title", java.time.LocalDate.of(2021, 9, 10),
        java.time.LocalDate.of(2021, 9, 11), "<p>Body</p>", ContentType.HTML, List.of(new Issue("read", "truncated", "cut")));
    SparkDocument s = SparkDocument.of("file:/in/f.jsonl", 3, d);
    assertEquals(d, s.raw());
    assertEquals("file:/in/f.jsonl#3", s.key());
    assertEquals(11, s.size());
  }

  private static SparkDocument doc(String file, int record, int chars) {
    return SparkDocument.of(file, record, new RawDocument(file + record, file, null, null, null, "x".repeat(chars), ContentType.TEXT, List.of()));
  }
}
