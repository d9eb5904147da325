package org.dyad.eval.plv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.eval.quotes.TextSpan;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class PlvScorerTest {
  private static final String SENTENCE = "Freedonia's envoy thanked the government of Sylvania for its help.";
  private static final PlvItem ITEM = new PlvItem(SENTENCE, "SUPPORT", "Freedonia's envoy", "the government of Sylvania",
      List.of(new TextSpan(0, 17)), List.of(new TextSpan(26, 52)));

  private static Event event(ActorRef source, ActorRef target, String plover) {
    return new Event(source, target, "051", "05", 1, 3.5, plover, null, null, "asserted", 18, 25);
  }

  private static AnalyzedArticle analysis(String text, List<EntityMention> entities, Event... events) {
    return new AnalyzedArticle("plv0", null, null, null, null, null, text, null, entities, List.of(), List.of(),
        List.of(events), List.of());
  }

  private static String outcome(AnalyzedArticle a) {
    PlvOutcome o = PlvScorer.score(ITEM, a);
    return o.linked() + " " + o.rightRoot() + " " + o.rootInSentence();
  }

  @Test
  void sidesThatShareAContentWordWithTheMarksLinkTheItem() {
    Event e = event(new ActorRef("Freedonia", "FRE"), new ActorRef("Sylvania", "SYL"), "SUPPORT");
    assertEquals("true true true", outcome(analysis(SENTENCE, List.of(), e)));
  }

  @Test
  void theWrongDirectionDoesNotLinkButItsRootStillCountsInTheSentence() {
    Event e = event(new ActorRef("Sylvania", "SYL"), new ActorRef("Freedonia", "FRE"), "SUPPORT");
    assertEquals("false false true", outcome(analysis(SENTENCE, List.of(), e)));
  }

  @Test
  void anEntityInsideTheMarkedSpanLinksBySameActorCodeAfterTheCleanerShiftedTheText() {
    String cleaned = "Headline line\n\n" + SENTENCE;
    int at = cleaned.indexOf("Sylvania");
    EntityMention sylvania = new EntityMention(at, at + 8, "Sylvania", "COUNTRY", "Sylvania", null, null, "SYL", "SYL");
    Event e = event(new ActorRef("Freedonia", "FRE"), new ActorRef("the capital", "SYL"), "CONSULT");
    assertEquals("true false false", outcome(analysis(cleaned, List.of(sylvania), e)));
  }

  @Test
  void concedeCountsAsYieldAndNoAnalysisLinksNothing() {
    PlvItem yield = new PlvItem(SENTENCE, "YIELD", ITEM.source(), ITEM.target(), ITEM.sourceSpans(), ITEM.targetSpans());
    Event e = event(new ActorRef("Freedonia", "FRE"), new ActorRef("Sylvania", "SYL"), "CONCEDE");
    PlvOutcome o = PlvScorer.score(yield, analysis(SENTENCE, List.of(), e));
    assertEquals("true true / false false", o.linked() + " " + o.rightRoot() + " / " + PlvScorer.score(ITEM, null).linked()
        + " " + PlvScorer.score(ITEM, null).rootInSentence());
  }
}
