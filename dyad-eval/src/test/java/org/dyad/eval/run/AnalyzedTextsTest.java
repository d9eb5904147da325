package org.dyad.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** The standard pipeline with an annotator that finds nothing: cleaning, reading and copies as dyad analyze does them. */
class AnalyzedTextsTest {
  private static final NlpAnnotator NOTHING = a -> Annotation.EMPTY;
  private static final LocalDate DAY = LocalDate.of(2023, 5, 17);

  @Test
  void textsBecomeTheJsonLinesAUserWouldWrite() {
    String lines = new String(AnalyzedTexts.jsonLines(List.of(new GoldText("a", "Rain \"fell\".", DAY),
        new GoldText("b", "No date here", null))), StandardCharsets.UTF_8);
    assertEquals("{\"id\":\"a\",\"text\":\"Rain \\\"fell\\\".\",\"published\":\"2023-05-17\"}\n{\"id\":\"b\",\"text\":\"No date here\"}\n", lines);
  }

  @Test
  void theWholePipelineRunsInInputOrderCopiesIncluded() {
    String text = "The two delegations met in the capital on Tuesday and agreed to meet again next month.";
    Map<String, AnalyzedArticle> out = AnalyzedTexts.analyze(EvalPipelines.analyze(NOTHING), List.of(
        new GoldText("first", text, DAY), new GoldText("second", text, null), new GoldText("flash", "Ceasefire holds", DAY)), 2);
    assertEquals("first:2023-05-17:null second:null:first flash:2023-05-17:null", out.values().stream()
        .map(a -> a.id() + ":" + a.published() + ":" + a.duplicateOf()).collect(Collectors.joining(" ")));
    assertEquals("texts the pipeline left without text or took for copies: 1 of 3\n", AnalyzedTexts.lost(3, out));
  }

  @Test
  void eachTextAloneIsNeverACopy() {
    String text = "The two delegations met in the capital on Tuesday and agreed to meet again next month.";
    Map<String, AnalyzedArticle> out = AnalyzedTexts.analyzeEach(EvalPipelines.analyze(NOTHING),
        List.of(new GoldText("first", text, DAY), new GoldText("second", text, DAY)));
    assertEquals("first:null second:null", out.values().stream().map(a -> a.id() + ":" + a.duplicateOf())
        .collect(Collectors.joining(" ")));
  }
}
