package org.dyad.core.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.core.entities.DictionaryFormatException;
import org.dyad.core.events.VerbPattern;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {
  private static PetrarchVerbs verbs;

  @BeforeAll
  static void read() throws IOException {
    try (var in = new InputStreamReader(PetrarchVerbReaderTest.class.getResourceAsStream("small.verbs.txt"),
        StandardCharsets.UTF_8)) {
      verbs = PetrarchVerbReader.read(in, "small.verbs.txt");
    }
  }

  /** "code prep reversed" of each pattern for the verb, comma-separated. */
  private static String code(String words, String verb) {
    Annotation a = WordsAnnotation.of(words);
    int v = WordsAnnotation.at(a, verb);
    if (!verbs.hasVerb(a, v)) {
      return "not a verb";
    }
    List<VerbPattern> ps = verbs.match(a, v, Set.of(), Set.of());
    return ps.stream().map(p -> p.code() + " " + p.prep() + (p.reversed() ? " reversed" : ""))
        .collect(Collectors.joining(", "));
  }

  @Test
  void theLongestMatchingPatternGivesTheCodeAndItsMarkersTheTarget() {
    assertEquals("071 to", code("Ruritania sent/send gold coins to Freedonia", "sent"));
    assertEquals("154 null", code("Ruritania sent/send soldiers", "sent"));
  }

  @Test
  void aVerbWithoutAMatchingPatternTakesItsBlocksCode() {
    assertEquals("070 null", code("Ruritania dispatched/dispatch blankets", "dispatched"));
  }

  @Test
  void aTargetBeforeTheVerbAndASourceAfterItSwapTheRoles() {
    assertEquals("070 from reversed", code("Ruritania sought/send help from Freedonia", "sought"));
  }

  @Test
  void aMultiWordVerbNeedsItsWordsAroundTheVerb() {
    assertEquals("161 null", code("Ruritania walked/walk out", "walked"));
    assertEquals("164 null", code("Ruritania walked/walk out of the talks", "walked"));
    assertEquals("", code("Ruritania walked/walk home", "walked"), "the block codes nothing");
  }

  @Test
  void aCodePairIsAnEventEachWay() {
    assertEquals("042 null, 043 null reversed", code("Ruritania visited/visit Freedonia", "visited"));
  }

  @Test
  void joinedWordsMustStandNextToEachOther() {
    assertEquals("120 null", code("Ruritania never slapped/slap Freedonia", "slapped"));
    assertEquals("", code("Ruritania never really slapped/slap Freedonia", "slapped"));
    assertEquals("1241 null", code("Ruritania slapped/slap down the plans", "slapped"), "a plain word may have words before it");
  }

  @Test
  void irregularFormsAreVerbsEvenWhenTheLemmaIsWrong() {
    assertEquals("154 null", code("Ruritania sent/sent soldiers", "sent"));
    assertEquals("not a verb", code("Ruritania mailed/mail soldiers", "mailed"));
  }

  @Test
  void strictReadingRefusesABadLineWithItsPlace() {
    String bad = "--- SEND [070] ---\nSEND\n- SOLDIERS [154]\n";
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchVerbReader.read(new StringReader(bad), "bad.verbs"));
    assertTrue(e.getMessage().startsWith("bad.verbs:3: a pattern needs one verb"), e.getMessage());
  }

  @Test
  void lenientReadingSkipsWhatIsNotCameoOrNotSupported() throws IOException {
    String text = "--- SEND [070] ---\nSEND\n- * SOLDIERS [999]\n- * &NOSUCH [071]\n~ a (a b X) SAY = a b 015\n- * HELP [073]\n";
    List<String> problems = new ArrayList<>();
    PetrarchVerbs v = PetrarchVerbReader.read(new StringReader(text), "user.verbs", problems::add);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("user.verbs:3: not a CAMEO code"), problems.toString());
    Annotation a = WordsAnnotation.of("Ruritania sent/send help");
    assertEquals("073", v.match(a, 1, Set.of(), Set.of()).get(0).code());
    Annotation soldiers = WordsAnnotation.of("Ruritania sent/send soldiers");
    assertTrue(v.match(soldiers, 1, Set.of(), Set.of()).isEmpty(), "a pattern with an unknown code codes nothing");
  }

  @Test
  void anEmptyOrCommentOnlyFileHasNoVerbs() throws IOException {
    PetrarchVerbs v = PetrarchVerbReader.read(new StringReader("<!-- nothing -->\n# still nothing\n"), "empty");
    assertEquals(0, v.size());
    assertFalse(v.hasVerb(WordsAnnotation.of("send"), 0));
  }
}
