package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueVerbsTest {
  /** What each verb may cue: a quotation, a reported clause, a to-infinitive, an object; and whether the events stage counts it as speech. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      say      | quotation clause - - speech
      Add      | quotation clause - - speech
      believe  | - clause - - speech
      urge     | quotation clause infinitive - speech
      deny     | quotation clause - object speech
      condemn  | - - - - speech
      order    | - - - - speech
      agree    | quotation clause - - speech
      welcome  | - - - - speech
      walk     | - - - - -
      """)
  void verbsOfSayingCueQuotationsAndActsCueNothing(String lemma, String expected) {
    String found = String.join(" ", CueVerbs.ofSpeech(lemma) ? "quotation" : "-", CueVerbs.contains(lemma) ? "clause" : "-",
        CueVerbs.takesInfinitive(lemma) ? "infinitive" : "-", CueVerbs.takesObject(lemma) ? "object" : "-",
        CueVerbs.cuesAny(lemma) ? "speech" : "-");
    assertEquals(expected, found);
  }
}
