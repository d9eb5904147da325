package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  @Test
  void theBundledPatternsLoadAndEveryCodeIsInTheCodebook() {
    VerbDictionary d = VerbDictionary.standard();
    assertTrue(d.hasVerb("meet"));
    assertTrue(d.hasVerb("accuse"));
  }

  @Test
  void theMostSpecificPatternWins() {
    VerbDictionary d = VerbDictionary.standard();
    assertEquals("040", d.match("hold", Set.of("talk"), Set.of("with")).orElseThrow().code());
    assertEquals("073", d.match("deliver", Set.of("aid", "humanitarian"), Set.of("to")).orElseThrow().code());
    assertEquals("070", d.match("deliver", Set.of("aid"), Set.of()).orElseThrow().code());
    assertEquals("192", d.match("sweep", Set.of(), Set.of("into")).orElseThrow().code());
    assertTrue(d.match("sweep", Set.of(), Set.of()).isEmpty());
    assertTrue(d.match("hold", Set.of("breath"), Set.of()).isEmpty());
  }

  @Test
  void aRowWhosePrepositionIsThereBeatsOneWithTheSameObjectWithout() throws java.io.IOException {
    VerbDictionary d = VerbDictionary.read(new StringReader("voice\tpity\tfor\t018\nvoice\tpity\tover\t017\n"), "p.tsv",
        Codebook.standard());
    assertEquals("over", d.match("voice", Set.of("pity"), Set.of("over")).orElseThrow().prep());
    assertEquals("018", d.match("voice", Set.of("pity"), Set.of("for")).orElseThrow().code());
    assertEquals("018", d.match("voice", Set.of("pity"), Set.of()).orElseThrow().code());
  }

  @Test
  void aNounsKindIgnoresThePreposition() {
    VerbDictionary nouns = VerbDictionary.nouns();
    assertEquals("195", nouns.kindOf("strike", Set.of("air", "an")).orElseThrow().code());
    assertEquals("194", nouns.kindOf("attack", Set.of("rocket")).orElseThrow().code());
    assertEquals("190", nouns.kindOf("attack", Set.of("a")).orElseThrow().code());
    assertTrue(nouns.kindOf("strike", Set.of("general")).isEmpty());
  }

  @Test
  void aLeadingAngleBracketSwapsSourceAndTarget() throws java.io.IOException {
    VerbDictionary d = VerbDictionary.read(new StringReader("obtain\tloan\tfrom\t<071\nobtain\t*\t*\t070\n"), "z.tsv",
        Codebook.standard());
    VerbPattern p = d.match("obtain", Set.of("loan"), Set.of("from")).orElseThrow();
    assertEquals("071", p.code());
    assertTrue(p.reversed());
    assertEquals(false, d.match("obtain", Set.of("grain"), Set.of()).orElseThrow().reversed());
  }

  @Test
  void malformedRowsAreRefusedWithTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VerbDictionary.read(new StringReader("verb\tobject\tprep\tcode\nmeet\t*\t*\n"), "x.tsv", Codebook.standard()));
    assertTrue(e.getMessage().startsWith("x.tsv:2:"), e.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> VerbDictionary.read(new StringReader("meet\t*\t*\t999\n"), "y.tsv", Codebook.standard()));
    assertTrue(unknown.getMessage().contains("999"));
  }
}
