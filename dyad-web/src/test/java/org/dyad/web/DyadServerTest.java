package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadServerTest {
  @TempDir
  static Path dir;
  private static Corpus corpus;
  private static DyadServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    corpus = Corpus.open(dir);
    for (int i = 0; i < 5; i++) {
      corpus.add(article(i), "a" + i + ".txt");
    }
    corpus.flush();
    server = DyadServer.start(corpus, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    corpus.close();
  }

  /** An article whose title, quote and URL are hostile, so escaping is tested on every page that shows them. */
  static AnalyzedArticle article(int i) {
    String text = "Kabul, day " + i + ". Minister Amir Rahimi met envoy Oleg Petrov. \"<script>alert(" + i + ")</script> we agree,\" Rahimi said.";
    int rahimi = text.indexOf("Amir Rahimi");
    int q = text.indexOf("<script>");
    return new AnalyzedArticle("a" + i, "javascript:alert(" + i + ")", "Example", "<b>Talks</b> <script>alert('t')</script> " + i,
        LocalDate.of(2021, 3, 1 + i), null, text, null,
        List.of(new EntityMention(rahimi, rahimi + 11, "Amir Rahimi", "PERSON", "Amir Rahimi", "minister", null, "AFG", "AFGGOV")),
        List.of(new Quote(q, q + 38, text.substring(q, q + 38), true, "said", new Speaker("Amir Rahimi", rahimi, rahimi + 11, "AFGGOV", "minister"),
            "2021-03-0" + (1 + i), "text")),
        List.of(),
        List.of(new Event(new ActorRef("Amir Rahimi", "AFGGOV"), new ActorRef("Oleg Petrov", "RUSGOV"), "040", "04", 1, 1.0, "CONSULT",
            "2021-03-0" + (1 + i), "text", "asserted", rahimi, text.indexOf('.', rahimi) + 1, place(i))),
        List.of());
  }

  /** The talks' action place: Kabul three times, Moscow once, none in the last article. */
  private static Place place(int i) {
    return i < 3 ? new Place("Kabul", 1138958L, 34.52813, 69.17233, "AFG", "city")
        : i == 3 ? new Place("Moscow", 524901L, 55.75222, 37.61556, "RUS", "city") : null;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return ArticleJson.mapper().readTree(r.body());
  }

  @Test
  void eventsOfADyadWithCursorPaging() throws Exception {
    JsonNode first = json("/api/events?dyad=AFG:RUS&limit=2");
    assertEquals(2, first.get("items").size());
    assertEquals("040", first.get("items").get(0).get("code").asText());
    List<String> ids = new ArrayList<>();
    String next = first.get("next").asText();
    first.get("items").forEach(e -> ids.add(e.get("eventId").asText()));
    while (next != null) {
      JsonNode page = json("/api/events?dyad=AFG:RUS&limit=2&after=" + next);
      page.get("items").forEach(e -> ids.add(e.get("eventId").asText()));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertEquals(5, new TreeSet<>(ids).size());
    assertEquals(0, json("/api/events?dyad=USA:RUS").get("items").size());
    assertEquals(2, json("/api/events?from=2021-03-02&to=2021-03-03").get("items").size());
  }

  @Test
  void eventsCarryTheirActionPlaceAndPlacesGroupThemForTheMap() throws Exception {
    List<String> places = new ArrayList<>();
    json("/api/events?dyad=AFG:RUS").get("items").forEach(e -> places.add(e.get("place").isNull() ? "-" : e.get("place").get("name").asText()));
    assertEquals(List.of("Kabul", "Kabul", "Kabul", "Moscow", "-"), places);
    JsonNode map = json("/api/places?dyad=AFG:RUS");
    List<String> rows = new ArrayList<>();
    map.forEach(r -> rows.add(r.get("place").get("name").asText() + " " + r.get("count").asInt() + " " + r.get("events").size()));
    assertEquals(List.of("Kabul 3 3", "Moscow 1 1"), rows, "most events first; the event without a place is left out");
    JsonNode kabul = map.get(0).get("place");
    assertEquals("1138958 34.52813 69.17233 AFG city", kabul.get("geonamesId").asLong() + " " + kabul.get("lat").asDouble() + " "
        + kabul.get("lon").asDouble() + " " + kabul.get("country").asText() + " " + kabul.get("kind").asText());
    JsonNode first = map.get(0).get("events").get(0);
    assertEquals("040 Amir Rahimi", first.get("code").asText() + " " + first.get("sourceName").asText());
    assertTrue(first.get("evidence").asText().startsWith("Amir Rahimi met"), first.get("evidence").asText());
    assertEquals(1, json("/api/places?dyad=AFG:RUS&limit=1").size());
    assertEquals(0, json("/api/places?dyad=USA:RUS").size());
    assertEquals("Moscow", json("/api/places?from=2021-03-04").get(0).get("place").get("name").asText());
    assertEquals(2, json("/api/places").size(), "without a dyad: every event's place");
  }

  @Test
  void everyDocumentedRouteAnswersAndEveryRouteIsDocumented() throws Exception {
    JsonNode doc = ArticleJson.mapper().readTree(get("/openapi.json").body());
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(new TreeSet<>(ApiRoutes.PATHS), documented);
    String key = json("/api/articles?limit=1").get("items").get(0).get("key").asText();
    assertEquals("a", json("/api/articles/" + key).get("article").get("id").asText().substring(0, 1));
    assertEquals(5, json("/api/quotes?speaker=rahimi").size());
    assertEquals(0, json("/api/quotes?about=AFG").size(), "no quote names an Afghan actor inside its own words");
    assertEquals("person:amir-rahimi", json("/api/actors?type=person").get(0).get("entityId").asText());
    assertEquals(1, json("/api/timeline?dyad=AFG:RUS&by=month").size());
    assertEquals(5, json("/api/timeline?dyad=AFG:RUS&by=day").size());
    assertTrue(json("/api/search?q=envoy").size() > 0);
  }

  @Test
  void badParametersAreFourHundredsThatSayWhy() throws Exception {
    for (String path : List.of("/api/events?dyad=AFGHANISTAN", "/api/events?from=yesterday", "/api/events?limit=100000",
        "/api/events?code=03%25", "/api/timeline", "/api/timeline?dyad=AFG:RUS&by=fortnight", "/api/search",
        "/api/search?q=%22unclosed", "/api/events?after=abc", "/api/places?dyad=AFGHANISTAN", "/api/places?limit=0", "/api/quotes?speaker=" + "x".repeat(600))) {
      HttpResponse<String> r = get(path);
      assertEquals(400, r.statusCode(), path);
      assertFalse(ArticleJson.mapper().readTree(r.body()).get("error").asText().isBlank(), path);
    }
    assertEquals(404, get("/api/articles/0000").statusCode());
  }

  @Test
  void pagesAndApiCarryAStrictContentSecurityPolicy() throws Exception {
    for (String path : List.of("/", "/dyad.html", "/article.html", "/app.js", "/api/actors", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
        "/map.html", "/map.js", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/vendor/world-atlas/countries-110m.json",
        "/vendor/topojson-client/topojson-client.min.js")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertEquals(DyadServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  @Test
  void staticFilesDoNotLeaveTheirFolder() throws Exception {
    for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
        "/org/dyad/web/openapi.json/../../../../../etc/passwd", "/webjars/../../../../etc/passwd")) {
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(response.contains("root:"), path);
        assertFalse(response.startsWith("HTTP/1.1 200"), path + " -> " + response.lines().findFirst().orElse(""));
      }
    }
  }

  @Test
  void theApiIsReadOnlyAndRefusesLargeRequests() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, post.statusCode());
    assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, "status " + post.statusCode());
  }

  @Test
  void theApiReturnsHostileTextAsJsonStrings() throws Exception {
    JsonNode a = json("/api/articles?limit=1").get("items").get(0);
    assertTrue(a.get("title").asText().contains("<script>"), "stored as written; the pages render it as text");
    String raw = get("/api/articles?limit=1").body();
    assertTrue(raw.startsWith("{"), raw);
    assertEquals("application/json", get("/api/articles?limit=1").headers().firstValue("Content-Type").orElse("").split(";")[0]);
  }
}
