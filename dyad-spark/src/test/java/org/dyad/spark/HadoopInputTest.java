package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HadoopInputTest {
  @Test
  void idIsThePathUnderTheInputFolderOrTheFileName() {
    assertEquals("a/b.warc.gz", HadoopInput.id("hdfs://nn/crawl", "hdfs://nn/crawl/a/b.warc.gz"));
    assertEquals("b.txt", HadoopInput.id("file:/in/b.txt", "file:/in/b.txt"));
  }

  @Test
  void folderFilesOfUnknownKindAreLeftOutButAFileGivenByNameIsRead() {
    assertTrue(HadoopInput.wanted("s3a://x/in", "s3a://x/in/day/page.html"));
    assertFalse(HadoopInput.wanted("s3a://x/in", "s3a://x/in/README.md"));
    assertTrue(HadoopInput.wanted("s3a://x/in/README.md", "s3a://x/in/README.md"));
  }

  @Test
  void argumentsGiveInputOutputDateAndPartitions() {
    DyadSparkJob.JobArguments a = DyadSparkJob.JobArguments.parse(
        new String[] {"in", "--date", "2024-02-29", "out", "--partitions", "8", "--no-dedup", "--master", "local[2]"});
    assertEquals("in|out|2024-02-29|8|false|local[2]", a.input() + "|" + a.output() + "|" + a.config(2).fallbackDate() + "|"
        + a.config(2).partitions() + "|" + a.config(2).findCopies() + "|" + a.master());
    DyadSparkJob.JobArguments plain = DyadSparkJob.JobArguments.parse(new String[] {"in", "out"});
    assertEquals("null", String.valueOf(plain.master()));
    assertEquals(8, plain.config(2).partitions(), "without --partitions: four per core of the master");
    assertEquals(4, plain.config(1).partitions());
    assertThrows(IllegalArgumentException.class,
        () -> DyadSparkJob.JobArguments.parse(new String[] {"in", "out", "--partitions", "0"}));
    assertThrows(IllegalArgumentException.class, () -> DyadSparkJob.JobArguments.parse(new String[] {"in"}));
    assertThrows(IllegalArgumentException.class, () -> new JobConfig(LocalDate.MIN, 0, 1, true));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> DyadSparkJob.JobArguments.parse(new String[] {"in", "out", "--date", "2023-02-29"}));
    assertTrue(bad.getMessage().startsWith("--date: want a calendar day as YYYY-MM-DD"), bad.getMessage());
  }
}
