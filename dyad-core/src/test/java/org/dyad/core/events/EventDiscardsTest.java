package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

class EventDiscardsTest {
  private static Annotation words(String text) {
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(tokens.size(), 0, start, start + w.length(), w, w.toLowerCase(), "NN", "O"));
      start += w.length() + 1;
    }
    return new Annotation(tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size(), List.of())), List.of(), List.of());
  }

  @Test
  void sportWordsInTheSentenceDiscardAUseOfForceButNotAProtest() {
    EventDiscards d = EventDiscards.standard();
    Annotation a = words("Brazil crushed Peru in the World Cup final");
    assertTrue(d.discards(a, 1, Set.of("peru", "final"), "190"));
    assertFalse(d.discards(a, 1, Set.of("peru", "final"), "141"), "a protest beside a stadium is still a protest");
    assertFalse(d.discards(words("Brazil crushed the rebellion in Peru"), 1, Set.of("rebellion"), "175"));
  }

  @Test
  void aFigureOfSpeechIsTheVerbWithOneOfItsOwnObjects() {
    EventDiscards d = EventDiscards.standard();
    Annotation a = words("The government will fight corruption in Lagos");
    assertTrue(d.discards(a, 3, Set.of("corruption", "lagos"), "190"));
    assertFalse(d.discards(a, 3, Set.of("rebels"), "190"));
  }

  @Test
  void aRowWithoutWordsIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventDiscards.read(new StringReader("# header\nfight\t\n"), "d.tsv"));
    assertTrue(e.getMessage().startsWith("d.tsv:2:"), e.getMessage());
  }

  @Test
  void noDiscardsDiscardNothing() throws IOException {
    assertFalse(EventDiscards.none().discards(words("Brazil beat Peru at football"), 1, Set.of("peru"), "182"));
  }
}
