package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every time expression the sample corpus README lists, with its TIMEX3 value (and mod), against
 * what the pipeline finds in the bundled samples, in order; and nothing the README does not list.
 * The README and the output cannot drift apart without this test failing.
 */
class SampleDatesIT {
  /** One README item: {@code "on Monday" (note) → 2021-08-23 [MOD] (note)}. */
  private static final Pattern ITEM = Pattern.compile(
      "\"([^\"]+)\"(?: \\([^)]*\\))? \u2192 (\\S+?)(?: (START|MID|END|APPROX))?(?=[ ;.]|$)");
  private static final Pattern ROW = Pattern.compile("^\\| (\\d\\d[ab]?) \\|([^|]*)\\|(?:[^|]*\\|){3}([^|]*)\\|$");
  private static final Pattern JSON_ID = Pattern.compile("id `([^`]+)`");
  private static final Pattern FILE = Pattern.compile("`([^`]+)`");

  private static Map<String, AnalyzedArticle> byId;

  record Expected(String phrase, String value, String mod) {}

  @BeforeAll
  static void analyse() {
    Pipeline pipeline = Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE);
    byId = new LinkedHashMap<>();
    for (RawDocument d : SampleCorpus.read()) {
      AnalyzedArticle a = pipeline.process(d);
      byId.put(a.id(), a);
    }
  }

  /** Article id to the expressions its README row lists, in order. */
  static Map<String, List<Expected>> readme() throws IOException {
    String text;
    try (InputStream in = SampleCorpus.class.getResourceAsStream("/dyad/samples/README.md")) {
      assertNotNull(in, "the sample README is on the class path");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<Expected>> rows = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher row = ROW.matcher(line.strip().replace("\\|", "/"));
      if (!row.matches()) {
        continue;
      }
      Matcher id = JSON_ID.matcher(row.group(2));
      if (!id.find()) {
        id = FILE.matcher(row.group(2));
        assertTrue(id.find(), "an id or file name in " + row.group(2));
      }
      List<Expected> items = new ArrayList<>();
      Matcher item = ITEM.matcher(row.group(3));
      while (item.find()) {
        items.add(new Expected(item.group(1), item.group(2), item.group(3)));
      }
      rows.put(id.group(1), items);
    }
    return rows;
  }

  @Test
  void everyDateTheReadmeListsIsWhatThePipelineFindsInOrder() throws IOException {
    Map<String, List<Expected>> rows = readme();
    assertEquals(byId.keySet(), rows.keySet(), "one README row per article");
    List<String> problems = new ArrayList<>();
    rows.forEach((id, expected) -> {
      AnalyzedArticle a = byId.get(id);
      AnalyzedArticle analysed = a.duplicateOf() == null ? a : byId.get(a.duplicateOf());
      List<DateMention> found = analysed.dates();
      for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
        Expected e = i < expected.size() ? expected.get(i) : null;
        DateMention m = i < found.size() ? found.get(i) : null;
        if (e == null || m == null || !e.phrase().toLowerCase(Locale.ROOT).contains(m.text().toLowerCase(Locale.ROOT))
            || !e.value().equals(m.value()) || !java.util.Objects.equals(e.mod(), m.mod())) {
          problems.add(id + " #" + (i + 1) + ": README " + e + ", pipeline " + (m == null ? null
              : "\"" + m.text() + "\" " + m.value() + (m.mod() == null ? "" : " " + m.mod())));
        }
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void theReadmeRowsAreReadWhole() throws IOException {
    Map<String, List<Expected>> rows = readme();
    assertEquals(15, rows.size());
    assertEquals(new Expected("by the end of the month", "2021-08", "END"), rows.get("03-reuters-kabul-airport-isis-threat.txt").get(8));
    assertEquals(new Expected("on Monday night", "2021-08-30TNI", null), rows.get("05-xinhua-wang-wenbin-us-withdrawal.txt").get(2));
    assertEquals(4, rows.get("wire-2021-09-02-002").size());
  }
}
