package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Timex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FutureTenseDetectorTest {
  private final FutureTenseDetector detector = new FutureTenseDetector();

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The ministers will meet on Monday.                        | Monday | true
      The ministers 'll meet on Monday.                         | Monday | true
      The ministers shall not meet on Monday.                   | Monday | true
      The union is going to strike on Friday.                   | Friday | true
      They may vote on Thursday.                                | Thursday | true
      The ministers met on Monday.                              | Monday | false
      The ministers have agreed on Monday.                      | Monday | false
      The ministers meet on Monday.                             | Monday | false
      On Monday the minister said talks will resume soon.       | Monday | false
      He said on Monday that the talks will resume.             | Monday | false
      Talks failed. They will meet again on Friday.             | Friday | true
      They will meet. The talks failed on Friday.               | Friday | false
      """)
  void detectsFutureClauses(String sentence, String phrase, boolean future) {
    Annotation a = AnnotationFixture.of(sentence, phrase);
    Timex t = a.timexes().get(0);
    assertEquals(future, detector.isFuture(a, t.start(), t.end()));
  }
}
