package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.dyad.core.testing.ParsedText;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** The matcher sees the noun of a prepositional phrase, and its modifiers, as "prep:lemma" object lemmas. */
class VerbMatcherTest {
  private static VerbMatcher matcher() throws IOException {
    return new VerbMatcher(VerbDictionary.read(new StringReader(
        "go\ton:strike\t*\t143\ngo\ton:strike+on:hunger\t*\t142\nlift\tstate+of:emergency\t*\t0814\n"
            + "return\tland\tto\t0842\n"), "m.tsv", Codebook.standard()));
  }

  private static String code(ParsedText p, String verb) throws IOException {
    Annotation a = p.build();
    int v = p.index(verb);
    var found = matcher().patterns(a, v, Roles.object(a, v));
    return found.isEmpty() ? "none" : found.get(0).code();
  }

  @Test
  void anEventNounInAPhraseUnderTheVerbNamesTheEvent() throws IOException {
    ParsedText strike = ParsedText.of("Dockers went on strike").verb("went", "go").tag("on", "IN")
        .dep("went", "nsubj", "Dockers").dep("strike", "case", "on").dep("went", "obl", "strike");
    assertEquals("143", code(strike, "went"));
    ParsedText hunger = ParsedText.of("Inmates went on hunger strike").verb("went", "go").tag("on", "IN")
        .dep("went", "nsubj", "Inmates").dep("strike", "case", "on").dep("strike", "compound", "hunger")
        .dep("went", "obl", "strike");
    assertEquals("142", code(hunger, "went"), "the modifier of the phrase's noun counts too");
  }

  @Test
  void aPhraseUnderTheObjectCountsAndAPhraseIsNoObject() throws IOException {
    ParsedText state = ParsedText.of("Quito lifted the state of emergency").verb("lifted", "lift").tag("of", "IN")
        .dep("lifted", "nsubj", "Quito").dep("state", "det", "the").dep("lifted", "obj", "state")
        .dep("emergency", "case", "of").dep("state", "nmod", "emergency");
    assertEquals("0814", code(state, "lifted"));
    ParsedText home = ParsedText.of("Farmers returned to their land").verb("returned", "return").tag("to", "IN")
        .dep("returned", "nsubj", "Farmers").dep("land", "case", "to").dep("land", "nmod:poss", "their")
        .dep("returned", "obl", "land");
    assertTrue(code(home, "returned").equals("none"), "going back to one's land returns nothing to anyone");
  }
}
