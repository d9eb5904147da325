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

  /**
   * One sentence, tokens split on spaces; {@code verbs} the verb words, separated by {@code |};
   * {@code arcs} as governor, dependent, relation triples.
   */
  private static Annotation parse(String text, String verbs, Object... arcs) {
    List<String> verbWords = List.of(verbs.split("\\|"));
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      String pos = verbWords.contains(w) ? "VBD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
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

  private static Event criticism(String text, String first, String last) {
    return new Event(new ActorRef("Russia", "RUSGOV"), null, "111", "11", 3, -2.0, "DISAPPROVE", null, null, "asserted",
        text.indexOf(first), text.indexOf(last) + last.length());
  }

  private static Event statement(String text, String first, String last) {
    return new Event(new ActorRef("Envoy", "QATGOV"), null, "010", "01", 1, 0.0, "CONSULT", null, null, "asserted",
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

  @Test
  void aCityNamedForItsGovernmentIsThePlaceOfAMaterialEventOnItButNotOfAVerbalOne() {
    String text = "Rebels captured Kabul";
    Annotation a = parse(text, "captured", -1, 1, "root", 1, 0, "nsubj", 1, 2, "obj");
    List<EntityMention> kabul = List.of(place(text, "Kabul", "COUNTRY", KABUL));
    assertEquals(KABUL, new ActionPlacer().place(a, List.of(event(text, "Rebels", "Kabul")), kabul).get(0).place());
    assertNull(new ActionPlacer().place(a, List.of(criticism(text, "Rebels", "Kabul")), kabul).get(0).place(),
        "criticising Kabul (its government) happens wherever the critic is");
    Event consultation = new Event(new ActorRef("Rebels", "AFGREB"), null, "040", "04", 1, 1.0, "CONSULT", null, null,
        "asserted", 0, text.length());
    assertNull(new ActionPlacer().place(a, List.of(consultation), kabul).get(0).place(),
        "a verbal event's object is its target's government, not a meeting place");
    Place afghanistan = new Place("Afghanistan", null, 33.0, 65.0, "AFG", "country");
    assertNull(new ActionPlacer().place(a, List.of(event(text, "Rebels", "Kabul")),
        List.of(place(text, "Kabul", "COUNTRY", afghanistan))).get(0).place(), "a whole country as object is a target, not a place");
  }

  @Test
  void thePlaceOfTheControlledActionCounts() {
    String text = "Minister expected to arrive in Doha";
    Annotation a = parse(text, "expected|arrive", -1, 1, "root", 1, 0, "nsubj:pass", 1, 3, "xcomp", 3, 2, "mark",
        3, 5, "obl", 5, 4, "case");
    assertEquals(DOHA, new ActionPlacer().place(a, List.of(event(text, "Minister", "expected")),
        List.of(place(text, "Doha", "LOCATION", DOHA))).get(0).place());
  }

  @Test
  void aParticipleClauseSharingTheSubjectGivesThePlaceButAClauseWithItsOwnSubjectDoesNot() {
    String text = "Speaking in Doha , envoy said";
    Annotation a = parse(text, "Speaking|said", -1, 5, "root", 5, 4, "nsubj", 5, 0, "advcl", 0, 2, "obl", 2, 1, "case");
    List<EntityMention> doha = List.of(place(text, "Doha", "LOCATION", DOHA));
    assertEquals(DOHA, new ActionPlacer().place(a, List.of(statement(text, "envoy", "said")), doha).get(0).place());
    String other = "While troops fought in Kabul , officials said";
    Annotation b = parse(other, "fought|said", -1, 7, "root", 7, 6, "nsubj", 7, 2, "advcl", 2, 0, "mark", 2, 1, "nsubj",
        2, 4, "obl", 4, 3, "case");
    assertNull(new ActionPlacer().place(b, List.of(statement(other, "officials", "said")),
        List.of(place(other, "Kabul", "LOCATION", KABUL))).get(0).place(), "the fighting was in Kabul, the statement anywhere");
  }
}
