package org.dyad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private static final String STORY = "KABUL, Aug 26 (Reuters) - Western countries urged their citizens to leave the area around Kabul airport "
      + "on Thursday, warning of a threat of attack by Islamic State militants, as the evacuation of foreigners and Afghans "
      + "who helped them entered its final days. Thousands of people have gathered at the gates of the airport since the "
      + "Taliban took control of the capital on Aug. 15, hoping to board one of the evacuation flights.";

  @Test
  void exactCopiesMatchWhateverTheirSpacingAndCase() {
    Deduplicator d = new Deduplicator(0.8);
    assertEquals(Optional.empty(), d.check("a", STORY));
    assertEquals(Optional.of("a"), d.check("b", "  " + STORY.toUpperCase().replace(" ", "  ")));
  }

  @Test
  void syndicatedCopiesWithOtherFurnitureMatch() {
    Deduplicator d = new Deduplicator(0.8);
    d.check("a", STORY);
    assertEquals(Optional.of("a"), d.check("b", STORY + " (Reporting by the Kabul bureau; editing by the desk)"));
  }

  private static final String LONG_STORY = String.join(" ",
      "PORTO, Feb. 21 (Harbour Gazette) - Repairs to the old bridge over the estuary will close the coast road for a month from Monday, the regional roads department said on Wednesday.",
      "Drivers will be sent on a detour through the hills, which adds about twenty minutes to the journey between the two towns.",
      "Engineers found cracks in two of the bridge's piers during an inspection last autumn.",
      "The repairs will cost about four million euros, paid from the regional budget.",
      "Local shops on the coast road said they feared losing trade during the summer.",
      "They asked the department to finish the work before June.");

  @Test
  void aCopyThatLeavesOutASentenceIsStillACopy() {
    Deduplicator d = new Deduplicator(0.8);
    d.check("a", LONG_STORY);
    String shorter = LONG_STORY.replace("Drivers will be sent on a detour through the hills, which adds about twenty minutes to the journey between the two towns. ", "");
    assertEquals(Optional.of("a"), d.check("b", shorter));
  }

  @Test
  void aShortStoryInsideAMuchLongerPageIsNotACopyOfIt() {
    Deduplicator d = new Deduplicator(0.8);
    String lead = LONG_STORY.substring(0, LONG_STORY.indexOf("Engineers"));
    d.check("short", lead);
    assertEquals(Optional.empty(), d.check("long", LONG_STORY + " " + STORY));
  }

  @Test
  void differentStoriesDoNotMatch() {
    Deduplicator d = new Deduplicator(0.8);
    d.check("a", STORY);
    String other = "MOSCOW, August 25. /TASS/. Russia is ready to step up humanitarian support for the people of Afghanistan, "
        + "the Kremlin press secretary told reporters on Wednesday, adding that Moscow would keep its embassy open.";
    assertEquals(Optional.empty(), d.check("b", other));
    assertEquals(Optional.empty(), d.check("c", ""));
  }

  @Test
  void randomTextsAreNotCopiesOfEachOther() {
    Deduplicator d = new Deduplicator(0.8);
    SplittableRandom r = new SplittableRandom(7);
    int matches = 0;
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        sb.append("w").append(r.nextInt(500)).append(' ');
      }
      matches += d.check("r" + i, sb.toString()).isPresent() ? 1 : 0;
    }
    assertEquals(0, matches);
  }

  @Test
  void contentHashIgnoresPunctuationAndCase() {
    assertEquals(Deduplicator.contentHash("Hello, World!"), Deduplicator.contentHash("hello world"));
    assertTrue(Deduplicator.contentHash("a").matches("[0-9a-f]{64}"));
  }
}
