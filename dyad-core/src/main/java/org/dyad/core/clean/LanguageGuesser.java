package org.dyad.core.clean;

/** Guesses the language of a text. */
public interface LanguageGuesser {
  /** ISO 639-1 code, or null when the text is too short or the guess is not confident. */
  String guess(String text);
}
