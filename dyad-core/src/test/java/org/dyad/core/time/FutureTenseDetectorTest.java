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
      Critics attacked Tuesday's vote and will protest.         | Tuesday | false
      The deal is scheduled to close Monday.                    | Monday | true
      The mill has scheduled a vote Thursday.                   | Thursday | true
      The union said it is striking on Friday.                  | Friday | true
      Under the plan, approved Friday, workers will get more.   | Friday | false
      The report will be published on Monday.                  | Monday | true
      He will visit the town where the river flooded Sunday.     | Sunday | false
      Guards were told to leave and return on Saturday.          | Saturday | true
      Asked to comment on the crash of the jet on Monday night, he declined. | Monday | false
      The crew could be home as soon as Thursday, a pilot said. | Thursday | true
      She said the shop would sell the shares as soon as it opened Monday. | Monday | true
      The ferry ran as early as Sunday, a captain recalled.      | Sunday | false
      The ferry ran on Sunday, as it does every week.            | Sunday | false
      The judge postponed the hearing until Monday.              | Monday | true
      The board extended its offer until Friday.                 | Friday | true
      The council has given the tenants until Friday to leave.   | Friday | true
      The guests stayed until Friday.                            | Friday | false
      The vote had originally been scheduled for Monday, the clerk said. | Monday | false
      The vote has been scheduled for Monday.                    | Monday | true
      The strike had previously been scheduled to end on Sunday.  | Sunday | false
      The strike has been scheduled to end on Sunday.             | Sunday | true
      """)
  void detectsFutureClauses(String sentence, String phrase, boolean future) {
    Annotation a = AnnotationFixture.of(sentence, phrase);
    Timex t = a.timexes().get(0);
    assertEquals(future, detector.isFuture(a, t.start(), t.end()));
  }
}
