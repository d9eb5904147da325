package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

/** Reads only the name list's text file from the models jar; loads no model. */
class NameGenderListTest {
  private static List<Token> tokens(String... words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      out.add(new Token(out.size(), 0, at, at + w.length(), w, w.toLowerCase(), "NNP", "O"));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void capitalisedFirstNamesOnly() {
    assertEquals("{maria=F, peter=M}",
        new TreeMap<>(NameGenderList.of(tokens("Maria", "met", "Peter", "in", "Kabul", "maria"))).toString());
  }
}
