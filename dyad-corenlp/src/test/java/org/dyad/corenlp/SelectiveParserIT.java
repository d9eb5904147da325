package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The selective parse on CoreNLP: a sentence with an event verb, a statement verb or a quotation mark
 * gets its parse, one without keeps none; every sentence keeps its tags and named entities; and the
 * parse of a selected sentence is the one the full parse gives (sentences written for this test).
 */
class SelectiveParserIT {
  private static final String TEXT = "The weather in the valley was mild and dry for most of October. "
      + "Soldiers attacked a convoy near the border on Tuesday. "
      + "The harvest of apples in Kashmir was larger than in any year before. "
      + "\"We will not give up,\" a villager told reporters.";
  private static Annotation selected;
  private static Annotation full;

  @BeforeAll
  static void annotate() {
    CleanedArticle a = new CleanedArticle("t", null, null, null, LocalDate.of(2021, 10, 29), null, TEXT, "en", List.of());
    selected = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT).annotate(a);
    full = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.ALL)).annotate(a);
  }

  /** For each sentence, whether it has a parse. */
  private static String parsed(Annotation a) {
    List<String> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      out.add(s.dependencies().isEmpty() ? "-" : "parsed");
    }
    return String.join(" ", out);
  }

  @Test
  void onlySentencesThatCanHoldAnEventOrAStatementAreParsed() {
    assertEquals("- parsed - parsed", parsed(selected));
    assertEquals("parsed parsed parsed parsed", parsed(full));
  }

  @Test
  void theSelectedSentencesHaveTheFullParseAndEverySentenceItsTagsAndEntities() {
    assertEquals(full.sentences().get(1).dependencies(), selected.sentences().get(1).dependencies());
    assertEquals(full.sentences().get(3).dependencies(), selected.sentences().get(3).dependencies());
    assertEquals(full.tokens(), selected.tokens());
    assertEquals(full.mentions(), selected.mentions());
    assertEquals(full.timexes(), selected.timexes());
  }
}
