package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dyad.core.events.Codebook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexiconGeneratorTest {
  private static Map<String, String> generated;

  @BeforeAll
  static void generate() throws Exception {
    generated = LexiconGenerator.generate();
  }

  /** The committed files are what the seeds and WordNet give: the two cannot drift apart. */
  @Test
  void theCommittedLexiconIsWhatTheSeedsGive() throws IOException {
    Path dir = Path.of("..").resolve(LexiconGenerator.TARGET);
    for (Map.Entry<String, String> f : generated.entrySet()) {
      assertEquals(f.getValue(), Files.readString(dir.resolve(f.getKey()), StandardCharsets.UTF_8),
          f.getKey() + " differs from the seeds: regenerate it (see docs/ARCHITECTURE.md)");
    }
  }

  @Test
  void synonymsAndTroponymsCarryTheirProvenance() {
    String verbs = generated.get(LexiconGenerator.VERBS);
    assertTrue(verbs.contains("assail\t*\t*\t190\tsyn attack%2:33:00::=01121587"), "a synonym of the seed sense");
    assertTrue(verbs.contains("\nbehead\t*\t*\t180\ttropo 01574185 < kill%2:35:00::"), "a troponym of kill");
    assertTrue(verbs.contains("\nlaunch\tattack\ton\t190\tlight @perform + seed attack%1:04:00::"), "a light verb");
  }

  @Test
  void aLemmaReachedInARareSenseIsLeftOut() {
    String verbs = generated.get(LexiconGenerator.VERBS);
    assertFalse(verbs.contains("\nhit\t"), "murder's synset holds 'hit', whose usual senses are no killing");
    assertFalse(verbs.contains("\nremove\t*\t"), "an excluded lemma (it stays a light verb of sanctions)");
    assertFalse(verbs.contains("\nerase\t"), "an excluded troponym of kill");
  }

  @Test
  void aSeedWithAnUnknownCodeOrSenseIsRefusedWithItsLine() {
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> Seeds.read(
        new StringReader("# seeds\n999\tv\tattack\t1\t*\t*\t-\t-\n"), "s.tsv", Codebook.standard()));
    assertEquals("s.tsv:2: unknown CAMEO code 999", code.getMessage());
    IllegalArgumentException light = assertThrows(IllegalArgumentException.class, () -> Seeds.read(
        new StringReader("190\tn\tattack\t1\t*\ton\t-\tnone\n"), "s.tsv", Codebook.standard()));
    assertEquals("s.tsv:1: unknown light-verb set none", light.getMessage());
  }
}
