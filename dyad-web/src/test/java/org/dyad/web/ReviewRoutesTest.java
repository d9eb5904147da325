package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review API: reads, and the one write guarded by the start token, the origin and a writable server. */
class ReviewRoutesTest {
  private static final String TOKEN = "test-token-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir
  static Path dir;
  private static Corpus corpus;
  private static DyadServer writable;
  private static DyadServer readOnly;

  @BeforeAll
  static void start() {
    corpus = Corpus.open(dir);
    for (int i = 0; i < 3; i++) {
      corpus.add(DyadServerTest.article(i), "a" + i + ".txt");
    }
    writable = DyadServer.start(corpus, null, "127.0.0.1", 0, new ReviewAccess(TOKEN));
    readOnly = DyadServer.start(corpus, null, "127.0.0.1", 0, ReviewAccess.READ_ONLY);
  }

  @AfterAll
  static void stop() {
    writable.close();
    readOnly.close();
    corpus.close();
  }

  private static JsonNode get(DyadServer s, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return ArticleJson.mapper().readTree(r.body());
  }

  private static HttpResponse<String> post(DyadServer s, String body, String... headers) throws Exception {
    return postTo(s, "/api/reviews", body, headers);
  }

  private static HttpResponse<String> postTo(DyadServer s, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The first queued event's review as the page sends it, with this verdict part. */
  private static String review(JsonNode event, String verdict) {
    JsonNode e = event.get("event");
    return "{\"article\":\"" + e.get("article").asText() + "\",\"start\":" + e.get("start").asInt() + ",\"end\":" + e.get("end").asInt()
        + ",\"code\":\"" + e.get("code").asText() + "\",\"sourceActor\":" + e.get("source").get("actor") + ",\"targetActor\":"
        + e.get("target").get("actor") + "," + verdict + ",\"analyst\":\"ana\"}";
  }

  private static int judged() throws Exception {
    JsonNode overall = get(writable, "/api/review/stats").get("overall");
    return overall.isNull() ? 0 : overall.get("judged").asInt();
  }

  @Test
  void aWriteWithoutTheTokenFromAnotherOriginOrWithAHostileValueIsRefusedAndChangesNothing() throws Exception {
    int before = judged();
    JsonNode first = get(writable, "/api/review/queue?limit=1").get("items").get(0);
    String right = review(first, "\"verdict\":\"right\"");
    String json = "Content-Type";
    List<Integer> statuses = List.of(
        post(writable, right, json, "application/json").statusCode(),
        post(writable, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, "not-the-token-000000").statusCode(),
        post(writable, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN, "Origin", "http://evil.example").statusCode(),
        post(writable, right, json, "text/plain", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        post(writable, review(first, "\"verdict\":\"corrected\",\"correction\":{\"code\":\"<script>\"}"), json, "application/json",
            ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        post(writable, review(first, "\"verdict\":\"corrected\",\"correction\":{\"sourceActor\":\"RUS<img>\"}"), json,
            "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        post(writable, review(first, "\"verdict\":\"corrected\",\"correction\":{\"date\":\"2021-02-30\"}"), json, "application/json",
            ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        post(writable, right.replace("\"start\":", "\"start\":1"), json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        post(readOnly, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode());
    assertEquals(List.of(401, 401, 403, 400, 400, 400, 400, 400, 403), statuses);
    assertEquals(before, judged(), "nothing written");
  }

  @Test
  void aWriteWithTheTokenIsStoredAndLeavesTheQueue() throws Exception {
    long queued = get(writable, "/api/review/queue").get("total").asLong();
    int before = judged();
    JsonNode first = get(writable, "/api/review/queue?limit=1").get("items").get(0);
    HttpResponse<String> r = post(writable, review(first, "\"verdict\":\"wrong\",\"part\":\"target\""), "Content-Type",
        "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN, "Origin", "http://127.0.0.1:" + writable.port());
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("wrong target ana", ArticleJson.mapper().readTree(r.body()).at("/review/verdict").asText() + " "
        + ArticleJson.mapper().readTree(r.body()).at("/review/part").asText() + " "
        + ArticleJson.mapper().readTree(r.body()).at("/review/analyst").asText());
    assertEquals(queued - 1, get(writable, "/api/review/queue").get("total").asLong());
    assertEquals(before + 1, judged());
    assertTrue(get(writable, "/api/review/access").get("writable").asBoolean());
    assertTrue(!get(readOnly, "/api/review/access").get("writable").asBoolean());
  }

  @Test
  void theSampleIsTheSameForTheSameSeed() throws Exception {
    JsonNode a = get(writable, "/api/review/sample?n=2&seed=7");
    assertEquals(7, a.get("seed").asLong());
    assertEquals(a.get("items").toString(), get(writable, "/api/review/sample?n=2&seed=7").get("items").toString());
    assertEquals(2, a.get("items").size());
    assertTrue(get(writable, "/api/review/codes").size() > 200, "the codebook for corrections");
  }

  /** The queued quote's review as the page sends it, with this verdict part. */
  private static String quoteReview(JsonNode q, String verdict) {
    return "{\"article\":\"" + q.get("articleKey").asText() + "\",\"start\":" + q.get("start").asInt() + ",\"end\":" + q.get("end").asInt()
        + ",\"speaker\":" + q.get("speaker") + ",\"speakerActor\":" + q.get("speakerActor") + "," + verdict + ",\"analyst\":\"ana\"}";
  }

  private static int quotesJudged() throws Exception {
    JsonNode overall = get(writable, "/api/review/quotes/stats").get("overall");
    return overall.isNull() ? 0 : overall.get("judged").asInt();
  }

  @Test
  void aQuoteWriteWithoutTheTokenFromAnotherOriginOrWithAHostileValueIsRefusedAndChangesNothing() throws Exception {
    int before = quotesJudged();
    long queued = get(writable, "/api/review/quotes/queue").get("total").asLong();
    JsonNode first = get(writable, "/api/review/quotes/queue?limit=1").get("items").get(0).get("quote");
    String right = quoteReview(first, "\"verdict\":\"right\"");
    String json = "Content-Type";
    String path = "/api/reviews/quotes";
    List<Integer> statuses = List.of(
        postTo(writable, path, right, json, "application/json").statusCode(),
        postTo(writable, path, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, "not-the-token-000000").statusCode(),
        postTo(writable, path, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN, "Origin", "http://evil.example").statusCode(),
        postTo(writable, path, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN, "Sec-Fetch-Site", "cross-site").statusCode(),
        postTo(writable, path, right, json, "text/plain", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        postTo(writable, path, quoteReview(first, "\"verdict\":\"corrected\",\"correction\":{\"speaker\":\"X\",\"speakerActor\":\"<script>\"}"),
            json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        postTo(writable, path, quoteReview(first, "\"verdict\":\"corrected\",\"correction\":{\"speaker\":\"a\\u0007b\"}"),
            json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        postTo(writable, path, quoteReview(first, "\"verdict\":\"wrong\",\"part\":\"code\""), json, "application/json",
            ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        postTo(writable, path, right.replace("\"speaker\":", "\"speaker\":\"Someone Else\",\"was\":"), json, "application/json",
            ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode(),
        postTo(readOnly, path, right, json, "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN).statusCode());
    assertEquals(List.of(401, 401, 403, 403, 400, 400, 400, 400, 400, 403), statuses);
    assertEquals(before, quotesJudged(), "nothing written");
    assertEquals(queued, get(writable, "/api/review/quotes/queue").get("total").asLong());
  }

  @Test
  void aQuoteCorrectionWithTheTokenIsStoredAndLeavesTheQueue() throws Exception {
    long queued = get(writable, "/api/review/quotes/queue").get("total").asLong();
    JsonNode first = get(writable, "/api/review/quotes/queue?limit=1").get("items").get(0).get("quote");
    HttpResponse<String> r = postTo(writable, "/api/reviews/quotes",
        quoteReview(first, "\"verdict\":\"corrected\",\"correction\":{\"speaker\":\"Oleg Petrov\",\"speakerActor\":\"rusgov\"}"),
        "Content-Type", "application/json", ReviewRoutes.TOKEN_HEADER, TOKEN, "Origin", "http://127.0.0.1:" + writable.port());
    assertEquals(201, r.statusCode(), r.body());
    JsonNode row = ArticleJson.mapper().readTree(r.body());
    assertEquals("corrected Oleg Petrov RUSGOV", row.at("/review/verdict").asText() + " " + row.at("/review/speaker").asText() + " "
        + row.at("/review/speakerActor").asText());
    assertEquals(queued - 1, get(writable, "/api/review/quotes/queue").get("total").asLong());
  }
}
