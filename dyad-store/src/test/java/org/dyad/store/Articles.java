package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Issue;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/** Small analysed articles for store tests, built by hand so each test says what it stores. */
final class Articles {
  static final String TEXT = "KABUL, March 3 -- Afghan Foreign Minister Amir Rahimi met Russian envoy Oleg Petrov on Monday. "
      + "\"We want calm borders,\" Rahimi said.\n\nRussia pledged wheat to Afghanistan.";

  private Articles() {
  }

  static AnalyzedArticle talks(String id) {
    return talks(id, TEXT, null);
  }

  static AnalyzedArticle talks(String id, String text, String duplicateOf) {
    int rahimi = text.indexOf("Amir Rahimi");
    int petrov = text.indexOf("Oleg Petrov");
    int quote = text.indexOf("We want");
    int russia = text.indexOf("Russia pledged");
    List<EntityMention> entities = List.of(
        new EntityMention(rahimi, rahimi + 11, "Amir Rahimi", "PERSON", "Amir Rahimi", "foreign minister", null, "AFG", "AFGGOV",
            null, "dateline"),
        new EntityMention(petrov, petrov + 11, "Oleg Petrov", "PERSON", "Oleg Petrov", "envoy", null, "RUS", "RUSGOV", null, "title"),
        new EntityMention(russia, russia + 6, "Russia", "COUNTRY", "Russia", null, null, "RUS", "RUS", null, "name"));
    List<Quote> quotes = List.of(new Quote(quote, quote + 18, "We want calm borders", true, "said",
        new Speaker("Amir Rahimi", quote + 22, quote + 28, "AFGGOV", "foreign minister"), "2021-03-01", "text"));
    List<Event> events = List.of(
        new Event(new ActorRef("Amir Rahimi", "AFGGOV"), new ActorRef("Oleg Petrov", "RUSGOV"), "040", "04", 1, 1.0,
            "CONSULT", "2021-03-01", "text", "asserted", rahimi, petrov + 11,
            new Place("Kabul", 1138958L, 34.53, 69.17, "AFG", "city")),
        new Event(new ActorRef("Russia", "RUS"), new ActorRef("Afghanistan", "AFG"), "0233", "02", 1, 3.4,
            "AID", "2021-03-03", "article", "asserted", russia, russia + 35),
        new Event(new ActorRef("Russia", "RUS"), new ActorRef("Afghanistan", "AFG"), "190", "19", 4, -10.0,
            "FIGHT", "2021-03-03", "article", "negated", russia, russia + 35));
    return new AnalyzedArticle(id, "http://example.org/" + id, "Example News", "Talks in Kabul", LocalDate.of(2021, 3, 3),
        null, text, duplicateOf, entities, quotes, List.of(), events, List.of());
  }

  /** The talks with the dateline "KABUL" placed by the entity stage, as an article from the wire gives it. */
  static AnalyzedArticle withDateline(String id) {
    AnalyzedArticle a = talks(id, TEXT + "\n\nFrom the wire.", null);
    List<EntityMention> entities = new java.util.ArrayList<>(a.entities());
    entities.add(0, new EntityMention(0, 5, "KABUL", "LOCATION", "Kabul", null, null, "AFG", null,
        new Place("Kabul", 1138958L, 34.53, 69.17, "AFG", "city")));
    return new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(),
        new org.dyad.model.Dateline("KABUL", "KABUL, March 3 --"), a.text(), null, entities, a.quotes(), List.of(), a.events(),
        List.of());
  }

  /** An event of one day with no place, from {@code source} to {@code target}, dated by {@code date}. */
  static Event on(String date, String source, String target, String code, int quadClass) {
    return new Event(new ActorRef(source, source), new ActorRef(target, target), code, code.substring(0, 2), quadClass, 1.0,
        "CONSULT", date, "text", "asserted", 0, 10);
  }

  /** An article of {@code text} published on {@code published} that tells these events. */
  static AnalyzedArticle telling(String id, LocalDate published, List<Event> events) {
    String text = "Some text " + id + ". The text goes on long enough.";
    return new AnalyzedArticle(id, null, null, "Story " + id, published, null, text, null, List.of(), List.of(), List.of(),
        events, List.of());
  }

  static AnalyzedArticle failed(String id) {
    return new AnalyzedArticle(id, null, null, null, null, null, "", null, List.of(), List.of(), List.of(), List.of(),
        List.of(new Issue("read", "binary", "the file looks binary")));
  }
}
