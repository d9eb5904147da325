package org.dyad.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.Test;

class TimexErrorsTest {
  @Test
  void listsMissesFalseAlarmsAndWrongValuesTypesAndSpans() {
    String text = "The court met on Monday and will rule next week, two days after the vote in May.";
    TimexDocument d = new TimexDocument("doc1", LocalDate.of(2021, 8, 25), text, List.of(
        new TimexGold(17, 23, "Monday", "DATE", "2021-08-23"),
        new TimexGold(38, 47, "next week", "DATE", "2021-W35"),
        new TimexGold(49, 57, "two days", "DURATION", "P2D"),
        new TimexGold(text.indexOf("May"), text.indexOf("May") + 3, "May", "DATE", "2021-05")));
    List<DateMention> system = List.of(
        new DateMention(14, 23, "on Monday", "DATE", "2021-08-23"),
        new DateMention(38, 47, "next week", "DATE", "2021-W36"),
        new DateMention(49, 57, "two days", "DATE", "P2D"),
        new DateMention(4, 9, "court", "DATE", "PRESENT_REF"));
    String[] lines = TimexErrors.of(d, system).split("\n");
    assertEquals("## doc1 dct=2021-08-25", lines[0]);
    assertEquals(List.of("SPAN", "VALUE", "TYPE", "MISS", "FALSE"),
        List.of(lines).subList(1, lines.length).stream().map(l -> l.split("\t")[0]).toList());
    assertEquals("VALUE\t[next week] DATE 2021-W35\t[next week] DATE 2021-W36", lines[2].substring(0, lines[2].lastIndexOf('\t')));
    assertEquals(true, lines[4].endsWith("two days after the vote in <<May>>."), lines[4]);
  }
}
