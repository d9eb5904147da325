package org.dyad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

class ActionPlacerTest {
  private static final Place KABUL = new Place("Kabul", 1138958L, 34.53, 69.17, "AFG", "city");
  private static final Place DOHA = new Place("Doha", 290030L, 25.29, 51.53, "QAT", "city");

  /** One sentence, tokens split on spaces; {@code arcs} as governor, dependent, relation triples. */
  private static Annotation parse(String text, String verb, Object... arcs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      String pos = w.equals(verb) ? "VBD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), 0, at, at + w.length(), w, w.toLowerCase(), pos, "O"));
      at += w.length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < arcs.length; i += 3) {
      deps.add(new Dependency((int) arcs[i], (int) arcs[i + 1], (String) arcs[i + 2]));
    }
    return new Annotation(tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size(), deps)), List.of(), List.of());
  }

  private static EntityMention place(String text, String word, String type, Place p) {
    int s = text.indexOf(word);
    return new EntityMention(s, s + word.length(), word, type, word, null, null, p.country(), null, p);
  }

  private static Event event(String text, String first, String last) {
    return new Event(new ActorRef("Taliban", "AFGREB"), null, "192", "19", 4, -9.5, "OCCUPY", null, null, "asserted",
        text.indexOf(first), text.indexOf(last) + last.length());
  }

  @Test
  void aPlaceAttachedToTheVerbByALocativePrepositionIsTheActionPlace() {
    String text = "Fighters swept into Kabul";
    Annotation a = parse(text, "swept", -1, 1, "root", 1, 0, "nsubj", 1, 3, "obl:into", 3, 2, "case");
    List<Event> out = new ActionPlacer().place(a, List.of(event(text, "Fighters", "swept")),
        List.of(place(text, "Kabul", "LOCATION", KABUL)));
    assertEquals(KABUL, out.get(0).place());
  }

  @Test
  void aPlaceOnTheVerbsObjectCountsButAPlaceOfOriginDoesNot() {
    String text = "Envoys held talks in Doha from Kabul";
    Annotation a = parse(text, "held", -1, 1, "root", 1, 0, "nsubj", 1, 2, "obj", 2, 4, "nmod", 4, 3, "case",
        1, 6, "obl", 6, 5, "case");
    List<EntityMention> places = List.of(place(text, "Doha", "LOCATION", DOHA), place(text, "Kabul", "LOCATION", KABUL));
    assertEquals(DOHA, new ActionPlacer().place(a, List.of(event(text, "Envoys", "talks")), places).get(0).place());
    Annotation fromOnly = parse(text, "held", -1, 1, "root", 1, 0, "nsubj", 1, 2, "obj", 1, 6, "obl", 6, 5, "case");
    assertNull(new ActionPlacer().place(fromOnly, List.of(event(text, "Envoys", "talks")), places).get(0).place(),
        "'from Kabul' is where they came from, not where the talks were");
  }
}
