package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorNounsTest {
  private static String generated;
  private static Set<String> nouns;

  @BeforeAll
  static void generate() throws Exception {
    generated = ActorNouns.generate();
    nouns = generated.lines().filter(l -> !l.startsWith("#")).collect(Collectors.toSet());
  }

  /** The committed list is what WordNet gives: the two cannot drift apart. */
  @Test
  void theCommittedListIsWhatWordNetGives() throws Exception {
    Path file = Path.of("..").resolve(LexiconGenerator.TARGET).resolve(ActorNouns.FILE);
    assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8), "regenerate actor-nouns.txt (ActorNouns.main)");
  }

  @Test
  void peopleAndSocialGroupsAreIn() {
    for (String n : new String[] {"inspector", "prisoner", "deputy", "party", "army", "committee", "government", "court"}) {
      assertTrue(nouns.contains(n), n);
    }
  }

  @Test
  void wordsFirstMeaningSomethingElseAndMeetingsAreOut() {
    for (String n : new String[] {"head", "star", "bank", "meeting", "summit", "attack", "election"}) {
      assertFalse(nouns.contains(n), n);
    }
  }
}
