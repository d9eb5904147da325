package org.dyad.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.core.testing.ParsedText;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** A full parse cut down to what the selective parser would have made. */
class ParseSelectorTest {
  private static final Annotation PARSED = ParsedText.of("Chile attacked Peru").verb("attacked", "attack")
      .dep("attacked", "nsubj", "Chile").dep("attacked", "obj", "Peru").build();

  @Test
  void aSentenceTheSelectorSkipsLosesItsArcsAndKeepsItsTokens() {
    Annotation kept = ((ParseSelector) sentence -> false).keepSelected(PARSED);
    assertTrue(kept.sentences().get(0).dependencies().isEmpty());
    assertEquals(PARSED.tokens(), kept.tokens());
    assertEquals(PARSED.sentences().get(0).start(), kept.sentences().get(0).start());
    assertEquals(PARSED.sentences().get(0).end(), kept.sentences().get(0).end());
  }

  @Test
  void aSentenceTheSelectorPicksKeepsItsParse() {
    ParseSelector attacks = sentence -> sentence.stream().anyMatch(t -> t.lemma().equals("attack"));
    assertSame(PARSED, attacks.keepSelected(PARSED));
    assertSame(PARSED, ParseSelector.ALL.keepSelected(PARSED));
    assertEquals(2, attacks.keepSelected(PARSED).sentences().get(0).dependencies().size());
  }
}
