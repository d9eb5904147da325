package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.Exporter.Format;
import org.dyad.store.Exporter.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT export read back by a reader written for GDELT 2.0 files: columns, FIPS and ADM1 codes, dates, figures. */
class GdeltRoundTripTest {
  private static final Place MOSCOW = new Place("Moscow", 524901L, 55.75222, 37.61556, "RUS", "city");
  private static final Place TEXAS = new Place("Texas", null, 31.25044, -99.25061, "USA", "division");
  private static final Place BERLIN = new Place("Berlin", 2950159L, 52.52437, 13.41053, "DEU", "city");

  @TempDir
  Path dir;

  /** Russian and German officials in Moscow; an American visit to Texas; talks on an unknown day. */
  private static AnalyzedArticle article() {
    String text = "Russian officials met German envoys in Moscow on Monday, and a Berlin delegation joined them.\n\n"
        + "Later, American officials travelled to Texas. Talks were held at some point.";
    int moscow = text.indexOf("Moscow");
    int berlin = text.indexOf("Berlin");
    int texas = text.indexOf("Texas");
    int second = text.indexOf("Later");
    List<EntityMention> entities = List.of(
        new EntityMention(moscow, moscow + 6, "Moscow", "LOCATION", "Moscow", null, null, "RUS", null, MOSCOW),
        new EntityMention(berlin, berlin + 6, "Berlin", "LOCATION", "Berlin", null, null, "DEU", null, BERLIN),
        new EntityMention(texas, texas + 5, "Texas", "LOCATION", "Texas", null, null, "USA", null, TEXAS));
    List<Event> events = List.of(
        new Event(new ActorRef("Russian officials", "RUSGOV"), new ActorRef("German envoys", "DEUGOV"), "040", "04", 1, 1.0,
            "CONSULT", "2024-03-04", "text", "asserted", 0, text.indexOf('\n'), MOSCOW),
        new Event(new ActorRef("American officials", "USAGOV"), null, "042", "04", 1, 1.9, "CONSULT", "2024-03", "text",
            "asserted", second, text.indexOf("Talks"), TEXAS),
        new Event(new ActorRef("Talks", "GOV"), null, "040", "04", 1, 1.0, "CONSULT", "PAST_REF", "text", "asserted",
            text.indexOf("Talks"), text.length()));
    return new AnalyzedArticle("g1", "https://example.org/g1", "Example", "Talks", LocalDate.of(2024, 3, 6), null, text, null,
        entities, List.of(), List.of(), events, List.of());
  }

  @Test
  void theExportReadsBackAsGdelt20() throws Exception {
    Path out = dir.resolve("events.export.CSV");
    Exporter.Written written;
    try (Corpus c = Corpus.open(dir.resolve("store"))) {
      c.add(article(), "g1.txt");
      String copy = article().text() + "\n\nShared from the wire.";
      c.add(new AnalyzedArticle("g2", "https://example.net/g2", "Other", "Talks", LocalDate.of(2024, 3, 6), null, copy, "g1",
          List.of(), List.of(), List.of(), List.of(), List.of()), "g2.txt");
      written = c.exporter().export(Format.GDELT, Table.EVENTS, out);
    }
    assertEquals(List.of("1 event(s) without a calendar date (GDELT files every event under a day)", "0 negated or hypothetical event(s)"),
        written.leftOut(), "the undated talks are left out, and said so");
    List<Map<String, String>> rows = Gdelt20Reader.read(out);
    assertEquals(2, rows.size());
    Map<String, String> met = rows.get(0);
    assertEquals("20240304 202403 2024 2024.2575", String.join(" ", met.get("SQLDATE"), met.get("MonthYear"), met.get("Year"),
        met.get("FractionDate")), "FractionDate as the codebook defines it: (3 * 30 + 4) / 365");
    assertEquals("RUSGOV RUS GOV DEUGOV DEU 1 040 040 04 1 1.0 2 2 2", String.join(" ", met.get("Actor1Code"),
        met.get("Actor1CountryCode"), met.get("Actor1Type1Code"), met.get("Actor2Code"), met.get("Actor2CountryCode"),
        met.get("IsRootEvent"), met.get("EventCode"), met.get("EventBaseCode"), met.get("EventRootCode"), met.get("QuadClass"),
        met.get("GoldsteinScale"), met.get("NumMentions"), met.get("NumSources"), met.get("NumArticles")),
        "the copy from another source is a second mention, source and article");
    assertEquals("4 Moscow RS RS48 55.7522 37.6156 524901", geo(met, "ActionGeo_"), "FIPS RS for Russia, its ADM1 Moscow City (48)");
    assertEquals("4 Moscow RS RS48 55.7522 37.6156 524901", geo(met, "Actor1Geo_"), "the place nearest the Russian officials");
    assertEquals("4 Moscow RS RS48 55.7522 37.6156 524901", geo(met, "Actor2Geo_"), "the German envoys are named nearest Moscow too");
    Map<String, String> visit = rows.get(1);
    assertEquals("20240301", visit.get("SQLDATE"), "a month stands for its first day");
    assertEquals("0", visit.get("IsRootEvent"));
    assertEquals("2 Texas US USTX 31.2504 -99.2506 ", geo(visit, "ActionGeo_"), "a US state: type 2, FIPS US, ADM1 USTX");
    assertEquals("2 Texas US USTX 31.2504 -99.2506 ", geo(visit, "Actor1Geo_"));
    assertEquals("", geo(visit, "Actor2Geo_").strip(), "no target, no place");
    assertEquals("https://example.org/g1", visit.get("SOURCEURL"));
    assertTrue(visit.get("DATEADDED").matches("\\d{14}"), visit.get("DATEADDED"));
  }

  @Test
  void anActorWithNoPlaceInItsSentenceIsPlacedAtItsCountry() {
    ActorRef russia = new ActorRef("Russia", "RUSMIL");
    Place p = GdeltEvent.actorGeo(russia, "Russia moved troops.", 0, 20, List.of());
    assertEquals("Russia country RUS 60.0 100.0", p.name() + " " + p.kind() + " " + p.country() + " " + p.lat() + " " + p.lon());
    assertEquals("RS", GdeltGeography.adm1(p), "a country's ADM1Code is its FIPS code");
    assertEquals(null, GdeltEvent.actorGeo(new ActorRef("rebels", "REB"), "The rebels fled.", 0, 16, List.of()));
    assertEquals(null, GdeltEvent.actorGeo(ActorRef.unknown(), "Two soldiers were killed in Moscow.", 0, 35,
        List.of(new GdeltEvent.Mention(28, 34, MOSCOW))), "a side the text does not name has no place");
  }

  @Test
  void fipsCodesComeFromTheTableNotFromIso() {
    assertEquals("RS GM UK UP RI KV WE", String.join(" ", GdeltGeography.fips("RUS"), GdeltGeography.fips("DEU"),
        GdeltGeography.fips("GBR"), GdeltGeography.fips("UKR"), GdeltGeography.fips("SRB"), GdeltGeography.fips("XKX"),
        GdeltGeography.fips("PSE")));
    assertEquals("", GdeltGeography.fips("ZZZ"));
  }

  private static String geo(Map<String, String> row, String prefix) {
    return String.join(" ", row.get(prefix + "Type"), row.get(prefix + "FullName"), row.get(prefix + "CountryCode"),
        row.get(prefix + "ADM1Code"), row.get(prefix + "Lat"), row.get(prefix + "Long"), row.get(prefix + "FeatureID"));
  }
}
