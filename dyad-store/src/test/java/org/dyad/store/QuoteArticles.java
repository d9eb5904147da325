package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/** An article with two speakers, entities inside and outside their quotes, and an event inside one quote. */
final class QuoteArticles {
  private QuoteArticles() {
  }

  static AnalyzedArticle with(String text) {
    List<EntityMention> ents = new ArrayList<>();
    ents.add(entity(text, "Amir Rahimi", 0, "PERSON", "AFG", "AFGGOV"));
    ents.add(entity(text, "Russia", 0, "COUNTRY", "RUS", "RUS"));
    ents.add(entity(text, "Afghanistan", 0, "COUNTRY", "AFG", "AFG"));
    ents.add(entity(text, "Oleg Petrov", 0, "PERSON", "RUS", "RUSGOV"));
    ents.add(entity(text, "Moscow", 0, "COUNTRY", "RUS", "RUSGOV"));
    int q1 = text.indexOf("Russia must");
    int q1end = text.indexOf(",\" Rahimi");
    int q2 = text.indexOf("We thank");
    int q2end = text.indexOf(",\" Oleg");
    int rahimi = text.lastIndexOf("Rahimi");
    int petrov = text.lastIndexOf("Oleg Petrov");
    List<Quote> quotes = List.of(
        new Quote(q1, q1end, text.substring(q1, q1end), true, "said", new Speaker("Amir Rahimi", rahimi, rahimi + 6, "AFGGOV", "minister"), null, null),
        new Quote(q2, q2end, text.substring(q2, q2end), true, "said", new Speaker("Oleg Petrov", petrov, petrov + 11, "RUSGOV", null), null, null));
    List<Event> events = List.of(new Event(new ActorRef("Russia", "RUS"), new ActorRef("Afghanistan", "AFG"), "070", "07", 2, 7.0,
        "AID", null, null, "reported", q1, q1 + 25));
    return new AnalyzedArticle("q", null, null, "Quotes", LocalDate.of(2021, 3, 1), null, text, null, ents, quotes, List.of(), events, List.of());
  }

  private static EntityMention entity(String text, String name, int from, String type, String country, String actor) {
    int at = text.indexOf(name, from);
    return new EntityMention(at, at + name.length(), name, type, name, null, null, country, actor);
  }
}
