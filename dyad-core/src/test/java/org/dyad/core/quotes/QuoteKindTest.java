package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteKindTest {
  @ParameterizedTest(name = "direct={0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      true  | The bridge will reopen in May.                               | direct
      true  | it is 'a scandal', the mayor said                            | direct
      false | the bridge would reopen in May                               | indirect
      false | the council's plan was sound                                 | indirect
      false | the bridge would be \u201Cfully rebuilt\u201D by May               | partial
      false | the delay was "a scandal" and the mayor's fault              | partial
      false | the works were, in her words, \u2018far too slow\u2019            | partial
      true  | the bridge would be \u201Cfully rebuilt by May.\u201D            | partial
      true  | ''Nobody will cross it'' before May, the mayor said            | partial
      true  | The engineer called it \u2018a wreck.\u2019                       | direct
      """)
  void aStatementWithQuotedWordsIsPartial(boolean direct, String text, String kind) {
    assertEquals(kind, QuoteKind.of(direct, text).label());
  }

  @Test
  void aTextIsRequired() {
    assertThrows(NullPointerException.class, () -> QuoteKind.of(false, null));
  }
}
