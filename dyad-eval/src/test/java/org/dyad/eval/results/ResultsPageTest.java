package org.dyad.eval.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Figure;
import org.dyad.eval.run.Half;
import org.junit.jupiter.api.Test;

class ResultsPageTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  @Test
  void oneRowPerMetricAndHalfWithItsGoalAndCommand() {
    Map<Half, List<Figure>> figures = new LinkedHashMap<>();
    figures.put(Half.A, List.of(new Figure("link recall", 0.3, "30/100")));
    figures.put(Half.B, List.of(new Figure("link recall", 0.25, "20/80")));
    figures.put(Half.ALL, List.of(new Figure("link recall", 0.2778, "50/180")));
    ResultsPage page = new ResultsPage(Goals.standard(), DAY);
    page.add("plv", "PLV dev", "dyad eval plv --data D", new EvalResult("", figures, Map.of(Half.A, 100, Half.B, 80, Half.ALL, 180)));
    String md = page.markdown("dyad eval all --data D");
    String[] lines = md.split("\n");
    assertEquals("| plv: link recall | PLV dev, half B (80 items) | development, never read (scored only) | 0.250 (20/80) "
        + "| ≥ 0.70 (issue 18) | `dyad eval plv --data D --half B` | 2026-12-07 |", lines[lines.length - 2]);
    assertTrue(md.contains("| plv: link recall | PLV dev, all (180 items) | development | 0.278 (50/180) | ≥ 0.70 (issue 18) "
        + "| `dyad eval plv --data D` |"), md);
  }

  @Test
  void aSetWithoutASplitHasOneRowAndAMetricWithoutAGoalAnEmptyCell() {
    ResultsPage page = new ResultsPage(Goals.standard(), DAY);
    page.add("coref", "own set", "dyad eval coref", EvalResult.whole("", List.of(new Figure("MUC F1", 0.95, "")), 15));
    String[] lines = page.markdown("x").split("\n");
    assertEquals("| coref: MUC F1 | own set | development | 0.950 |  | `dyad eval coref` | 2026-12-07 |", lines[lines.length - 1]);
  }

  @Test
  void theHeadNamesTheAnnotatorsSettingsWhenGiven() {
    ResultsPage page = new ResultsPage(Goals.standard(), DAY);
    assertTrue(page.markdown("x", "CoreNLP 4.5.10 {a=b}").contains("\n" + ResultsPage.SETTINGS + "`CoreNLP 4.5.10 {a=b}`\n"));
    assertTrue(!page.markdown("x").contains(ResultsPage.SETTINGS));
  }
}
