package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/**
 * SUTime on the sentences with a time word gives the time expressions and names of SUTime on every
 * sentence (sentences written for this test).
 */
class TimeWordsIT {
  private static final String TEXT = "The governor of the province met tribal elders in the capital. "
      + "Two weeks ago, the talks broke down over the pipeline. "
      + "The council will vote on the budget on Thursday, an aide to Ahmad Karimi said. "
      + "Nobody at the ministry would comment.";

  @Test
  void sameTimesAndNamesAsSutimeOnEverySentence() {
    CleanedArticle a = new CleanedArticle("t", null, null, null, LocalDate.of(2021, 10, 29), null, TEXT, "en", List.of());
    CoreNlpConfig words = CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.NONE);
    CoreNlpAnnotator fast = new CoreNlpAnnotator(words);
    Annotation selected = fast.annotate(a);
    Annotation all = new CoreNlpAnnotator(words.withSutime(CoreNlpConfig.Sutime.ALL)).annotate(a);
    assertEquals(2, selected.timexes().size(), selected.timexes().toString());
    assertEquals(all.timexes(), selected.timexes());
    assertEquals(all.mentions(), selected.mentions());
    assertEquals(all.tokens(), selected.tokens());
    assertTrue(fast.timing().contains("NER with SUTime: 2 of 4 sentences"), fast.timing());
  }
}
