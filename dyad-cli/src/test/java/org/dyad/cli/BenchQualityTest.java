package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality lines of {@code dyad bench}, from a results page written for this test. */
class BenchQualityTest {
  private static final String PAGE = """
      # Results

      Annotator settings of these figures: `S1`

      | metric | data | development or unseen | figure | goal | command | date |
      |---|---|---|---|---|---|---|
      | events: exact F1 | GSR dev, half A (23 items) | development | 0.636 (14 exact) | | `x` | d |
      | events: exact F1 | GSR dev, half B (17 items) | development | 0.276 | | `x` | d |
      | events: exact F1 | GSR dev, all (40 items) | development | 0.493 | | `x` | d |
      """;

  @Test
  void theHalvesOfAPageOfTheSameSettings(@TempDir Path dir) throws Exception {
    Path p = Files.writeString(dir.resolve("R.md"), PAGE);
    List<String> lines = BenchQuality.lines(p, "S1");
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("quality of the configuration timed above"), lines.get(0));
    assertTrue(lines.get(1).matches("\\s+events: exact F1\\s+half A\\s+0.636 \\(14 exact\\)"), lines.get(1));
    assertTrue(lines.get(2).contains("half B") && lines.get(2).endsWith("0.276"), lines.get(2));
  }

  @Test
  void otherSettingsOrNoPageAreSaid(@TempDir Path dir) throws Exception {
    Path p = Files.writeString(dir.resolve("R.md"), PAGE);
    assertTrue(BenchQuality.lines(p, "S2").get(0).startsWith("WARNING"));
    assertTrue(BenchQuality.lines(dir.resolve("none.md"), "S1").get(0).startsWith("no quality figures"));
  }
}
