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
    assertEquals("143", nouns.kindOf("strike", Set.of("general")).orElseThrow().code(), "a labour strike, no attack");
  }

  @Test
  void aGeneratedPatternAppliesOnlyWhereNoHandWrittenOneIsAsSpecific() throws java.io.IOException {
    VerbDictionary hand = VerbDictionary.read(new StringReader("strike\t*\t*\t190\nattack\t*\t*\t190\n"), "hand.tsv",
        Codebook.standard());
    VerbDictionary generated = VerbDictionary.read(new StringReader(
        "strike\tdeal\twith\t057\tlight @sign + seed deal\nattack\t*\t*\t111\tseed attack%2:32:00::\n"
            + "assail\t*\t*\t190\tsyn attack%2:33:00::\n"), "gen.tsv", Codebook.standard());
    VerbDictionary d = hand.over(generated);
    assertEquals("057 gen.tsv:1", line(d.match("strike", Set.of("deal"), Set.of("with")).orElseThrow()));
    assertEquals("190 hand.tsv:1", line(d.match("strike", Set.of("town"), Set.of()).orElseThrow()));
    assertEquals("190 hand.tsv:2", line(d.match("attack", Set.of(), Set.of()).orElseThrow()), "equal specificity: hand");
    assertEquals("190 gen.tsv:3", line(d.match("assail", Set.of(), Set.of()).orElseThrow()));
    assertTrue(d.hasVerb("assail"));
  }

  @Test
  void theBundledGeneratedLexiconCodesLightVerbsWithEventNouns() {
    VerbDictionary d = VerbDictionary.standard();
    VerbPattern launch = d.match("mount", Set.of("attack"), Set.of("on")).orElseThrow();
    assertEquals("190", launch.code());
    assertTrue(launch.entry().startsWith("lexicon-verbs.tsv:"), launch.entry());
    assertEquals("163", d.match("impose", Set.of("sanction"), Set.of("on")).orElseThrow().code());
    assertEquals("173", d.match("issue", Set.of("warrant"), Set.of("for")).orElseThrow().code());
    assertEquals("141", d.match("stage", Set.of("protest"), Set.of("against")).orElseThrow().code());
    assertEquals("190", VerbDictionary.nouns().match("onslaught", Set.of(), Set.of("on")).orElseThrow().code());
  }

  private static String line(VerbPattern p) {
    return p.code() + " " + p.entry();
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
