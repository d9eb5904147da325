package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/** A hand-made one-sentence parse for the events tests: the shapes CoreNLP gives, without CoreNLP. */
final class HandParse {
  private HandParse() {}

  /**
   * Words as {@code word/lemma/POS} separated by spaces, arcs as {@code "governor relation dependent"}
   * over word positions (the root has none).
   */
  static Annotation of(String words, String... arcs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : words.split(" ")) {
      String[] w = word.split("/");
      tokens.add(new Token(tokens.size(), 0, at, at + w[0].length(), w[0], w[1], w[2], "O"));
      at += w[0].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String arc : arcs) {
      String[] p = arc.split(" ");
      deps.add(new Dependency(Integer.parseInt(p[0]), Integer.parseInt(p[2]), p[1]));
    }
    return new Annotation(tokens, List.of(new Sentence(0, 0, at - 1, 0, tokens.size(), deps)), List.of(), List.of());
  }
}
