package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FileSpreaderTest {
  /** Partition of each file, in file-name order. */
  private static String assigned(Map<String, Long> sizes, int partitions) {
    return new TreeMap<>(FileSpreader.assign(sizes, partitions)).toString();
  }

  @Test
  void manySmallFilesGoRoundTheSlots() {
    assertEquals("{a=0, b=1, c=2, d=0, e=1, f=2}",
        assigned(Map.of("a", 5L, "b", 5L, "c", 5L, "d", 5L, "e", 5L, "f", 5L), 3));
  }

  @Test
  void aLargeFileHasASlotToItselfAndTheSmallOnesShareTheOthers() {
    assertEquals("{big=0, s1=1, s2=1, s3=1}", assigned(Map.of("big", 100L, "s1", 10L, "s2", 10L, "s3", 10L), 2));
  }

  @Test
  void emptyFilesAreSpreadByCount() {
    assertEquals("{a=0, b=1, c=0, d=1}", assigned(Map.of("a", 0L, "b", 0L, "c", 0L, "d", 0L), 2));
  }

  @Test
  void refusesNoPartitions() {
    assertThrows(IllegalArgumentException.class, () -> FileSpreader.assign(Map.of("a", 1L), 0));
  }

  @Test
  void thePartitionerSendsAnUnknownPathSomewhereValid() {
    FileSpreader.Assigned p = new FileSpreader.Assigned(Map.of("a", 1), 2);
    assertEquals("1 true", p.getPartition("a") + " " + (p.getPartition("zzz") < 2));
  }
}
