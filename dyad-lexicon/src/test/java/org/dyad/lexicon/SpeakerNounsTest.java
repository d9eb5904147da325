package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpeakerNounsTest {
  private static String generated;

  @BeforeAll
  static void generate() throws Exception {
    generated = SpeakerNouns.generate();
  }

  /** The committed file is what WordNet gives: the two cannot drift apart. */
  @Test
  void theCommittedListIsWhatWordNetGives() throws IOException {
    Path file = Path.of("..").resolve(SpeakerNouns.TARGET).resolve(SpeakerNouns.FILE);
    assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8), file + " differs from WordNet: regenerate it (see docs/ARCHITECTURE.md)");
  }

  @Test
  void peopleGroupsAndTextsAreSpeakersAndOtherThingsAreNot() {
    assertTrue(generated.contains("\nenvoy\tperson\t1 "), "a person");
    assertTrue(generated.contains("\nministry\tgroup\t1 "), "an organisation");
    assertTrue(generated.contains("\nstatement\ttext\t1 "), "a text");
    assertTrue(generated.contains("\ncampaign\tgroup\tadded: "), "added by hand, with its reason");
    assertFalse(generated.contains("\nend\t"), "a time is no speaker");
    assertFalse(generated.contains("\nfoot\t"), "a body part is no speaker");
  }
}
