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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Dateline;
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
    String city = i == 4 ? "HERAT" : "Kabul";
    String text = city + ", day " + i + ". Minister Amir Rahimi met envoy Oleg Petrov. \"<script>alert(" + i + ")</script> we agree,\" Rahimi said.";
    int rahimi = text.indexOf("Amir Rahimi");
    int q = text.indexOf("<script>");
    EntityMention minister = new EntityMention(rahimi, rahimi + 11, "Amir Rahimi", "PERSON", "Amir Rahimi", "minister", null, "AFG", "AFGGOV");
    EntityMention herat = new EntityMention(0, 5, "HERAT", "LOCATION", "Herat", null, null, "AFG", null,
        new Place("Herat", 1140026L, 34.34817, 62.19967, "AFG", "city"));
    return new AnalyzedArticle("a" + i, "javascript:alert(" + i + ")", "Example", "<b>Talks</b> <script>alert('t')</script> " + i,
        LocalDate.of(2021, 3, 1 + i), i == 4 ? new Dateline("HERAT", "HERAT, day 4.") : null, text, null,
        i == 4 ? List.of(herat, minister) : List.of(minister),
        List.of(new Quote(q, q + 38, text.substring(q, q + 38), true, "said", new Speaker("Amir Rahimi", rahimi, rahimi + 11, "AFGGOV", "minister"),
            "2021-03-0" + (1 + i), "text")),
        List.of(),
        List.of(new Event(new ActorRef("Amir Rahimi", "AFGGOV"), new ActorRef("Oleg Petrov", "RUSGOV"), "040", "04", 1, 1.0, "CONSULT",
            "2021-03-0" + (1 + i), "text", "asserted", rahimi, text.indexOf('.', rahimi) + 1, place(i))),
        List.of());
  }

  /** The talks' action place: Kabul three times, Moscow once, none in the last article (whose dateline is Herat). */
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

  /** Every page of a listing, following {@code next} from the first. */
  private static List<JsonNode> pages(String path) throws IOException, InterruptedException {
    List<JsonNode> items = new ArrayList<>();
    JsonNode page = json(path);
    long total = page.get("total").asLong();
    while (true) {
      page.get("items").forEach(items::add);
      if (page.get("next").isNull()) {
        break;
      }
      page = json(path + (path.contains("?") ? "&" : "?") + "after=" + page.get("next").asText());
    }
    assertEquals(total, items.size(), path + ": the pages hold the total");
    return items;
  }

  @Test
  void eventsOfADyadPageInDateOrderWithTheirCount() throws Exception {
    JsonNode first = json("/api/events?dyad=AFG:RUS&limit=2");
    assertEquals("2 5", first.get("items").size() + " " + first.get("total").asInt());
    assertEquals("040 Consult", first.get("items").get(0).get("code").asText() + " " + first.get("items").get(0).get("codeName").asText());
    List<String> days = pages("/api/events?dyad=AFG:RUS&limit=2").stream().map(e -> e.get("day").asText()).toList();
    assertEquals(List.of("2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04", "2021-03-05"), days);
    assertEquals(0, json("/api/events?dyad=USA:RUS").get("items").size());
    assertEquals(2, json("/api/events?from=2021-03-02&to=2021-03-03").get("total").asInt());
  }

  @Test
  void eventsFilterByQuadClassMaterialActsModalityAndName() throws Exception {
    assertEquals(5, json("/api/events?quadClass=1").get("total").asInt());
    assertEquals(5, json("/api/events?quadClass=1,2").get("total").asInt());
    assertEquals(0, json("/api/events?material=true").get("total").asInt(), "talks are words, not material acts");
    assertEquals(0, json("/api/events?quadClass=3,4").get("total").asInt());
    assertEquals(5, json("/api/events?modality=asserted").get("total").asInt());
    assertEquals(5, json("/api/events?name=oleg%20petrov").get("total").asInt());
    assertEquals(0, json("/api/events?name=nobody").get("total").asInt());
    JsonNode merged = json("/api/events?merged=true");
    assertEquals(5, merged.get("total").asInt(), "different days: five events, each told once");
    assertEquals(1, merged.get("items").get(0).get("mentions").asInt());
  }

  @Test
  void eventsCarryTheirActionPlaceAndPlacesGroupThemForTheMap() throws Exception {
    List<String> places = new ArrayList<>();
    json("/api/events?dyad=AFG:RUS").get("items").forEach(e -> places.add(e.get("place").isNull() ? "-"
        : e.get("place").get("name").asText() + " " + e.get("placeSource").asText()));
    assertEquals(List.of("Kabul text", "Kabul text", "Kabul text", "Moscow text", "Herat dateline"), places,
        "the last talks name no place: their dateline's stands in, marked");
    JsonNode map = json("/api/places?dyad=AFG:RUS");
    List<String> rows = new ArrayList<>();
    map.get("items").forEach(r -> rows.add(r.get("place").get("name").asText() + " " + r.get("count").asInt() + " "
        + r.get("fromDateline").asInt() + " " + r.get("events").size()));
    assertEquals(List.of("Kabul 3 0 3", "Moscow 1 0 1", "Herat 1 1 1"), rows, "most events first");
    JsonNode kabul = map.get("items").get(0).get("place");
    assertEquals("1138958 34.52813 69.17233 AFG city", kabul.get("geonamesId").asLong() + " " + kabul.get("lat").asDouble() + " "
        + kabul.get("lon").asDouble() + " " + kabul.get("country").asText() + " " + kabul.get("kind").asText());
    JsonNode first = map.get("items").get(0).get("events").get(0);
    assertEquals("040 Amir Rahimi", first.get("code").asText() + " " + first.get("source").get("name").asText());
    assertTrue(first.get("evidence").asText().startsWith("Amir Rahimi met"), first.get("evidence").asText());
    assertEquals(1, json("/api/places?dyad=AFG:RUS&limit=1").get("items").size());
    assertEquals(3, pages("/api/places?dyad=AFG:RUS&limit=1").size());
    assertEquals(0, json("/api/places?dyad=USA:RUS").get("total").asInt());
    assertEquals("Moscow", json("/api/places?from=2021-03-04").get("items").get(0).get("place").get("name").asText());
  }

  @Test
  void dyadsTimelineAndActorsAnswerForTheAnalyst() throws Exception {
    JsonNode dyads = json("/api/dyads");
    assertEquals("AFG RUS 5 5 0", dyads.get("items").get(0).get("a").asText() + " " + dyads.get("items").get(0).get("b").asText()
        + " " + dyads.get("items").get(0).get("events").asInt() + " " + dyads.get("items").get(0).get("recent").asInt() + " "
        + dyads.get("items").get(0).get("previous").asInt());
    assertEquals(1, json("/api/dyads?actor=RUS&order=change").get("total").asInt());
    assertEquals(0, json("/api/dyads?actor=USA").get("total").asInt());
    JsonNode timeline = json("/api/timeline?dyad=AFG:RUS&by=day&from=2021-02-27");
    assertEquals("DAY 7 0 0", timeline.get("by").asText() + " " + timeline.get("periods").size() + " " + timeline.get("coarser").asInt()
        + " " + timeline.get("undated").asInt());
    assertEquals("0 true", timeline.get("periods").get(0).get("events").asInt() + " " + timeline.get("periods").get(0).get("meanGoldstein").isNull(),
        "an empty day before the first event, asked for by from");
    JsonNode rahimi = json("/api/actors/person:amir-rahimi");
    assertEquals("Amir Rahimi 5", rahimi.get("name").asText() + " " + rahimi.get("mentions").asInt());
  }

  @Test
  void everyDocumentedRouteAnswersAndEveryRouteIsDocumented() throws Exception {
    JsonNode doc = ArticleJson.mapper().readTree(get("/openapi.json").body());
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(new TreeSet<>(new ApiRoutes(corpus.queries()).paths()), documented);
    String key = json("/api/articles?limit=1").get("items").get(0).get("key").asText();
    assertEquals("a", json("/api/articles/" + key).get("article").get("id").asText().substring(0, 1));
    assertEquals(5, json("/api/quotes?speaker=rahimi").get("total").asInt());
    assertEquals(5, pages("/api/quotes?speaker=rahimi&limit=2").size());
    assertEquals(0, json("/api/quotes?about=AFG").get("total").asInt(), "no quote names an Afghan actor inside its own words");
    assertEquals("person:amir-rahimi", json("/api/actors?type=person").get("items").get(0).get("entityId").asText());
    assertEquals(1, json("/api/timeline?dyad=AFG:RUS&by=month").get("periods").size());
    assertEquals(5, json("/api/timeline?dyad=AFG:RUS&by=day").get("periods").size());
    assertEquals(5, json("/api/search?q=envoy").get("total").asInt());
    assertEquals(5, pages("/api/search?q=envoy&limit=2").size());
    assertEquals(List.of("2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04", "2021-03-05"),
        pages("/api/articles?limit=3").stream().map(a -> a.get("published").asText()).toList(), "articles in date order");
  }

  /** Each documented query parameter is read by its route: a value of the wrong kind is a 400 that names it. */
  @Test
  void everyDocumentedTypedParameterIsCheckedByItsRoute() throws Exception {
    JsonNode doc = ArticleJson.mapper().readTree(get("/openapi.json").body());
    int checked = 0;
    for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
      if (path.getKey().contains("{")) {
        continue;
      }
      for (JsonNode p : path.getValue().get("get").get("parameters")) {
        JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
        String bad = badValue(param.get("schema"));
        if (bad == null) {
          continue;
        }
        String name = param.get("name").asText();
        String base = path.getKey().equals("/api/search") ? "q=envoy&" : path.getKey().equals("/api/timeline") ? "dyad=AFG:RUS&" : "";
        HttpResponse<String> r = get(path.getKey() + "?" + base + name + "=" + bad);
        assertEquals(400, r.statusCode(), path.getKey() + " " + name + "=" + bad);
        assertTrue(ArticleJson.mapper().readTree(r.body()).get("error").asText().contains(name), r.body());
        checked++;
      }
    }
    assertTrue(checked >= 30, "typed parameters checked: " + checked);
  }

  private static String badValue(JsonNode schema) {
    String type = schema.path("type").asText();
    if (schema.has("format") && schema.get("format").asText().equals("date")) {
      return "yesterday";
    }
    return switch (type) {
      case "boolean" -> "maybe";
      case "integer" -> "x";
      default -> schema.has("pattern") || schema.has("enum") ? "garbage" : null;
    };
  }

  @Test
  void badParametersAreFourHundredsThatSayWhyAndEveryErrorHasOneShape() throws Exception {
    for (String path : List.of("/api/events?dyad=AFGHANISTAN", "/api/events?from=yesterday", "/api/events?limit=100000",
        "/api/events?code=03%25", "/api/timeline", "/api/timeline?dyad=AFG:RUS&by=fortnight", "/api/search",
        "/api/search?q=%22unclosed", "/api/places?dyad=AFGHANISTAN", "/api/places?limit=0", "/api/quotes?speaker=" + "x".repeat(600),
        "/api/events?quadClass=5", "/api/dyads?window=0", "/api/dyads?order=size")) {
      assertError(path, 400);
    }
    for (String listing : List.of("/api/articles", "/api/events", "/api/quotes", "/api/actors", "/api/dyads", "/api/search?q=envoy",
        "/api/places")) {
      assertError(listing + (listing.contains("?") ? "&" : "?") + "after=garbage", 400);
    }
    assertError("/api/articles/0000", 404);
    assertError("/api/actors/person:nobody", 404);
    assertError("/api/nothing-here", 404);
    assertError("/no-such-page.html", 404);
  }

  private static void assertError(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), path);
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
    JsonNode body = ArticleJson.mapper().readTree(r.body());
    assertEquals(status, body.get("status").asInt(), path);
    assertFalse(body.get("error").asText().isBlank(), path);
    assertEquals(2, body.size(), path + ": status and error only");
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
    assertEquals(post.statusCode(), ArticleJson.mapper().readTree(post.body()).get("status").asInt(), post.body());
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
