package org.dyad.core.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.dyad.core.events.EventDiscards;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

class PetrarchDiscardReaderTest {
  @Test
  void aSentenceDiscardDropsEveryCodeInItsSentence() throws IOException {
    EventDiscards d = PetrarchDiscardReader.read(new StringReader("# sport\nCURLING_MATCH  # a comment\n+ASTEROID\n"));
    Annotation sport = WordsAnnotation.of("Ruritania praised Freedonia after the curling match");
    Annotation politics = WordsAnnotation.of("Ruritania praised Freedonia after the match");
    assertEquals(true, d.discards(sport, 1, Set.of(), "051"));
    assertEquals(false, d.discards(politics, 1, Set.of(), "051"));
  }

  @Test
  void aStoryDiscardIsAPhraseWithAPlus() throws IOException {
    EventDiscards d = PetrarchDiscardReader.read(new StringReader("+ASTEROID\n"));
    assertEquals(true, d.discards(WordsAnnotation.of("an asteroid hit Ruritania"), 2, Set.of(), "190"));
    assertEquals(false, d.discards(WordsAnnotation.of("Freedonia hit Ruritania"), 1, Set.of(), "190"));
  }
}
