package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
  private static final LocalDate REF = LocalDate.of(2021, 9, 10);
  private static final String STORY = "Fishermen stayed in port for a third day as the storm moved slowly along the coast.";

  private static String find(String... paragraphs) {
    List<String> body = List.of(paragraphs);
    Optional<DatelineFinder.Found> f = DatelineFinder.find(body, REF);
    return f.map(x -> x.result().text() + " @" + x.paragraph() + ":" + x.offset() + " " + x.trim(body)).orElse("-");
  }

  @Test
  void afterATitleAndALead() {
    // The title is no sentence and goes with the furniture (the cleaner keeps it as the title).
    assertEquals("VALLETTA, Sept. 9 (AFP) - @2:0 ["
        + "A lead that sums the story up in one sentence for the reader., VALLETTA, Sept. 9 (AFP) - " + STORY + "]",
        find("Storms keep boats in port", "A lead that sums the story up in one sentence for the reader.", "VALLETTA, Sept. 9 (AFP) - " + STORY));
  }

  @Test
  void furnitureLinesBeforeItGoAndALeadStays() {
    assertEquals("LIMA (Reuters) - @3:0 [LIMA (Reuters) - " + STORY + "]",
        find("Updated 7:02 AM ET", "Caption", "Close", "LIMA (Reuters) - " + STORY));
  }

  @Test
  void furnitureRunIntoItsParagraphIsCut() {
    assertEquals("LIMA (Reuters) - @0:33 [LIMA (Reuters) - " + STORY + "]",
        find("Updated 7:02 AM ET Caption Close LIMA (Reuters) - " + STORY));
  }

  @Test
  void notInsideASentenceNorAfterThreeParagraphsOfText() {
    assertEquals("-", find("Officials in the capital said the port of VALLETTA (Reuters) - was closed."));
    assertEquals("-", find(STORY, STORY + " Again.", STORY + " Once more.", "VALLETTA, Sept. 9 (AFP) - " + STORY));
  }

  @Test
  void furniturePrefixes() {
    assertTrue(DatelineFinder.isFurniture("Updated 10:01 pm PST, Tuesday, November 19, 2019 Caption Close"));
    assertTrue(DatelineFinder.isFurniture("Published 5 hours ago"));
    assertFalse(DatelineFinder.isFurniture("Officials said on Monday that the port of"));
    assertFalse(DatelineFinder.isFurniture("Residents of"));
  }
}
