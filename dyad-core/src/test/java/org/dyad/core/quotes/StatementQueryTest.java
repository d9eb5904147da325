package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;

/** Selecting statements by speaker and by the actor they are about, on an invented article. */
class StatementQueryTest {
  private static final String TEXT = "Norland will open the border, minister Ola Berg said on Monday. Talks with Sudia failed, the envoy added.";
  private static final Speaker BERG = new Speaker("Ola Berg", 39, 47, "NORGOV", "minister");
  private static final Quote OPEN = new Quote(0, 28, TEXT.substring(0, 28), false, "said", BERG, "2030-03-04", "text");
  private static final Quote TALKS = new Quote(64, 87, TEXT.substring(64, 87), false, "added", null, null, null);
  private static final AnalyzedArticle ARTICLE = new AnalyzedArticle("a1", null, null, "Border news", LocalDate.of(2030, 3, 5), null, TEXT,
      null,
      List.of(new EntityMention(0, 7, "Norland", "COUNTRY", "Norland", null, null, "NRL", "NRL"),
          new EntityMention(75, 80, "Sudia", "COUNTRY", "Sudia", null, null, "SDI", "SDI")),
      List.of(OPEN, TALKS), List.of(),
      List.of(new Event(new ActorRef("Norland", "NRLGOV"), new ActorRef("Sudia", "SDIGOV"), "036", "03", 1, 4.0, "CONSULT", null, null,
          "asserted", 64, 87)),
      List.of());

  private static List<String> texts(StatementQuery q) {
    return q.select(ARTICLE).stream().map(r -> r.quote().text() + "@" + r.date()).toList();
  }

  @Test
  void bySpeakerNamePartOrActorCode() {
    assertEquals(List.of("Norland will open the border@2030-03-04"), texts(new StatementQuery("berg", null)));
    assertEquals(List.of("Norland will open the border@2030-03-04"), texts(new StatementQuery("norgov", null)));
    assertEquals(List.of(), texts(new StatementQuery("Sudia", null)));
  }

  @Test
  void aboutAnActorMentionedOrTargetedInsideTheStatement() {
    assertEquals(List.of("Norland will open the border@2030-03-04"), texts(new StatementQuery(null, "NRL")));
    assertEquals(List.of("Talks with Sudia failed@2030-03-05"), texts(new StatementQuery(null, "SDI")));
    assertEquals(List.of("Talks with Sudia failed@2030-03-05"), texts(new StatementQuery(null, "SDIGOV")));
    assertEquals(List.of(), texts(new StatementQuery("berg", "SDI")));
  }

  @Test
  void noCriteriaListsEverything() {
    assertEquals(2, new StatementQuery(" ", null).select(ARTICLE).size());
  }
}
