package org.dyad.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.events.VerbPattern;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

class LexiconParseSelectorTest {
  private final LexiconParseSelector selector = LexiconParseSelector.standard();

  /** Tokens written as word/lemma/TAG separated by spaces. */
  private static List<Token> sentence(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : tagged.split(" ")) {
      String[] p = w.split("/");
      out.add(new Token(out.size(), 0, at, at + p[0].length(), p[0], p[1], p[2], "O"));
      at += p[0].length() + 1;
    }
    return out;
  }

  private String needs(String... sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(String.valueOf(selector.needsParse(sentence(s))));
    }
    return String.join(" ", out);
  }

  @Test
  void parsesSentencesWithAnEventVerbAStatementVerbAnEventNounOrAQuotationMark() {
    assertEquals("true true true true", needs(
        "Troops/troop/NNS attacked/attack/VBD the/the/DT town/town/NN ./././",
        "The/the/DT minister/minister/NN said/say/VBD little/little/JJ ./././",
        "The/the/DT talks/talk/NNS ended/end/VBD ./././",
        "``/``/`` We/we/PRP are/be/VBP ready/ready/JJ ''/''/''"));
  }

  @Test
  void parsesSentencesQualifiedByAccordingToOrSomeonesView() {
    assertEquals("true true", needs(
        "According/accord/VBG to/to/TO her/she/PRP ,/,/, prices/price/NNS grew/grow/VBD ./././",
        "In/in/IN his/he/PRP$ view/view/NN ,/,/, prices/price/NNS grew/grow/VBD ./././"));
  }

  @Test
  void skipsSentencesThatCanHoldNoEventAndNoStatement() {
    assertEquals("false false", needs(
        "The/the/DT weather/weather/NN was/be/VBD mild/mild/JJ ./././",
        "Prices/price/NNS grew/grow/VBD by/by/IN two/two/CD percent/percent/NN ./././"));
  }

  @Test
  void aStatementVerbCountsOnlyAsAVerb() {
    assertEquals("false", needs("A/a/DT say/say/NN in/in/IN matters/matter/NNS ./././"));
  }

  @Test
  void asksAUsersVerbLexiconWithTheSentenceAlone() {
    VerbLexicon grow = new VerbLexicon() {
      @Override
      public boolean hasVerb(Annotation a, int verb) {
        return a.tokens().get(verb).lemma().equals("grow") && a.sentences().size() == 1 && a.tokens().get(0).index() == 0;
      }

      @Override
      public List<VerbPattern> match(Annotation a, int verb, Set<String> objects, Set<String> preps) {
        return List.of();
      }
    };
    LexiconParseSelector users = new LexiconParseSelector(grow, VerbDictionary.nouns());
    assertEquals("true", String.valueOf(users.needsParse(sentence("Prices/price/NNS grew/grow/VBD ./././"))));
  }
}
