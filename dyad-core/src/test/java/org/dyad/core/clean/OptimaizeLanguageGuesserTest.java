package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OptimaizeLanguageGuesserTest {
  private static final LanguageGuesser GUESSER = new OptimaizeLanguageGuesser();

  @Test
  void englishAndAnotherLanguage() {
    assertEquals("en", GUESSER.guess("The harbour authority said on Tuesday that the ferry service would resume next week after repairs to the pier."));
    assertEquals("de", GUESSER.guess("Die Hafenbeh\u00f6rde teilte am Dienstag mit, dass der F\u00e4hrverkehr nach Reparaturen am Anleger in der kommenden Woche wieder aufgenommen wird."));
  }

  @Test
  void aTextInSpanishWithAnEnglishLineIsSpanish() {
    // The detector's own near-certainty is not reached here (English takes a share).
    String mixed = "El gobierno anunci\u00f3 el martes un nuevo plan de ayuda para las familias afectadas por las inundaciones "
        + "en el norte del pa\u00eds. Los alcaldes de la regi\u00f3n pidieron m\u00e1s maquinaria para limpiar los caminos y "
        + "reabrir las escuelas antes del lunes. Click here to subscribe to our newsletter and get the latest breaking news "
        + "delivered to your inbox every morning. Sign up for our daily briefing and follow us on social media for updates "
        + "from around the world.";
    assertEquals("es", GUESSER.guess(mixed));
  }

  @Test
  void aVeryShortTextHasNoGuess() {
    assertNull(GUESSER.guess("Ferry back"));
  }
}
