package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.core.entities.TsvTable;
import org.dyad.core.testing.ParsedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an accusation is of, over hand-made parses of the shapes CoreNLP gives (texts written here). */
class AccusationsTest {
  /** "Chile accused Peru of <word>", the complement under "accused". */
  private static ParsedText accusedOf(String word, String lemma) {
    return ParsedText.of("Chile accused Peru of " + word).verb("accused", "accuse").tag("of", "IN")
        .tag(word, "NN", lemma).dep("accused", "nsubj", "Chile").dep("accused", "obj", "Peru")
        .dep(word, "case", "of").dep("accused", "obl", word);
  }

  private static String refine(ParsedText p, String code) {
    return Accusations.refine(p.build(), p.index("accused"), p.index("Peru"), code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      corruption | corruption | 1121
      espionage | espionage | 1125
      genocide | genocide | 1124
      aggression | aggression | 1123
      torture | torture | 1122
      interference | interference | 112
      """)
  void aOneWordComplementNamesItsSubCode(String word, String lemma, String code) {
    assertEquals(code, refine(accusedOf(word, lemma), "112"));
  }

  @Test
  void theLongestListedWordsWin() {
    // "... of crimes against humanity": crime alone is 1121, the three words 1124
    ParsedText p = ParsedText.of("Chile accused Peru of crimes against humanity").verb("accused", "accuse")
        .tag("of", "IN").tag("crimes", "NNS", "crime").tag("against", "IN").dep("accused", "nsubj", "Chile")
        .dep("accused", "obj", "Peru").dep("crimes", "case", "of").dep("accused", "obl", "crimes")
        .dep("humanity", "case", "against").dep("crimes", "nmod", "humanity");
    assertEquals("1124", refine(p, "112"));
  }

  @Test
  void aGerundCountsByItsLemmaAndTheComplementMayHangUnderTheObject() {
    // "Chile accused Peru of spying", the clause marked "of" under the object as the parser may put it
    ParsedText p = ParsedText.of("Chile accused Peru of spying").verb("accused", "accuse").tag("of", "IN")
        .tag("spying", "VBG", "spy").dep("accused", "nsubj", "Chile").dep("accused", "obj", "Peru")
        .dep("spying", "mark", "of").dep("Peru", "acl", "spying");
    assertEquals("1125", refine(p, "112"));
  }

  @Test
  void onlyAnAccusationIsRefinedAndOnlyByOfOrFor() {
    assertEquals("111", refine(accusedOf("corruption", "corruption"), "111"));
    ParsedText with = ParsedText.of("Chile accused Peru with corruption").verb("accused", "accuse").tag("with", "IN")
        .dep("accused", "nsubj", "Chile").dep("accused", "obj", "Peru").dep("corruption", "case", "with")
        .dep("accused", "obl", "corruption");
    assertEquals("112", refine(with, "112"));
  }

  @Test
  void everyListedCodeIsInTheCodebook() {
    TsvTable t = TsvTable.resource(Accusations.class, "accusations.tsv", "words", "code");
    for (TsvTable.Row r : t.rows()) {
      assertNotNull(Codebook.standard().get(r.get(1)), t.at(r));
    }
  }
}
