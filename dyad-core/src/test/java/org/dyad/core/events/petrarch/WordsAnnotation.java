package org.dyad.core.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/** One sentence of space-separated words as an annotation without arcs; {@code word/lemma} gives a lemma. */
final class WordsAnnotation {
  private WordsAnnotation() {}

  static Annotation of(String words) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : words.split(" ")) {
      String[] parts = w.split("/");
      int start = text.length();
      text.append(parts[0]).append(' ');
      String lemma = parts.length > 1 ? parts[1] : parts[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(tokens.size(), 0, start, start + parts[0].length(), parts[0], lemma, "VBD", "O"));
    }
    Sentence s = new Sentence(0, 0, text.length() - 1, 0, tokens.size(), List.of());
    return new Annotation(tokens, List.of(s), List.of(), List.of());
  }

  /** The index of the first token spelt {@code word}. */
  static int at(Annotation a, String word) {
    for (Token t : a.tokens()) {
      if (t.word().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }
}
