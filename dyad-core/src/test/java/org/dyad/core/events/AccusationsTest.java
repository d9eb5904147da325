package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.core.entities.TsvTable;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an accusation is of, over hand-made parses of the shapes CoreNLP gives (texts written here). */
class AccusationsTest {
  /** "Chile accused Peru of <words>", the complement under "accused" with its head at position 4. */
  private static Annotation accusedOf(String words, String... inner) {
    String[] arcs = new String[4 + inner.length];
    arcs[0] = "1 nsubj 0";
    arcs[1] = "1 obj 2";
    arcs[2] = "4 case 3";
    arcs[3] = "1 obl 4";
    System.arraycopy(inner, 0, arcs, 4, inner.length);
    return HandParse.of("Chile/chile/NNP accused/accuse/VBD Peru/peru/NNP of/of/IN " + words, arcs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      corruption/corruption/NN | 1121
      espionage/espionage/NN | 1125
      genocide/genocide/NN | 1124
      aggression/aggression/NN | 1123
      torture/torture/NN | 1122
      interference/interference/NN | 112
      """)
  void aOneWordComplementNamesItsSubCode(String word, String code) {
    assertEquals(code, Accusations.refine(accusedOf(word), 1, 2, "112"));
  }

  @Test
  void theLongestListedWordsWin() {
    // "... of crimes against humanity": crime alone is 1121, the three words 1124
    Annotation a = accusedOf("crimes/crime/NNS against/against/IN humanity/humanity/NN", "6 case 5", "4 nmod 6");
    assertEquals("1124", Accusations.refine(a, 1, 2, "112"));
  }

  @Test
  void aGerundCountsByItsLemmaAndTheComplementMayHangUnderTheObject() {
    // "Chile accused Peru of spying", the clause marked "of" under the object as the parser may put it
    Annotation a = HandParse.of("Chile/chile/NNP accused/accuse/VBD Peru/peru/NNP of/of/IN spying/spy/VBG",
        "1 nsubj 0", "1 obj 2", "4 mark 3", "2 acl 4");
    assertEquals("1125", Accusations.refine(a, 1, 2, "112"));
  }

  @Test
  void onlyAnAccusationIsRefinedAndOnlyByOfOrFor() {
    assertEquals("111", Accusations.refine(accusedOf("corruption/corruption/NN"), 1, 2, "111"));
    Annotation with = HandParse.of("Chile/chile/NNP accused/accuse/VBD Peru/peru/NNP with/with/IN corruption/corruption/NN",
        "1 nsubj 0", "1 obj 2", "4 case 3", "1 obl 4");
    assertEquals("112", Accusations.refine(with, 1, 2, "112"));
  }

  @Test
  void everyListedCodeIsInTheCodebook() {
    TsvTable t = TsvTable.resource(Accusations.class, "accusations.tsv", "words", "code");
    for (TsvTable.Row r : t.rows()) {
      assertNotNull(Codebook.standard().get(r.get(1)), t.at(r));
    }
  }
}
