package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.dyad.core.events.Codebook;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Corpus;
import org.dyad.store.Correction;
import org.dyad.store.EventKey;
import org.dyad.store.QuoteKey;
import org.dyad.store.QuotePart;
import org.dyad.store.QuoteReview;
import org.dyad.store.QuoteReviewRow;
import org.dyad.store.Review;
import org.dyad.store.ReviewRow;
import org.dyad.store.ReviewedEvent;
import org.dyad.store.Reviews;
import org.dyad.store.Verdict;
import org.dyad.store.WrongPart;

/**
 * The review API: the queue of unreviewed events (of a dyad), a random sample of them, the corpus's precision as
 * judged, orphaned judgements, the codebook for corrections, the queue and precision of quotes; and the two writes,
 * {@code POST /api/reviews} (an event) and {@code POST /api/reviews/quotes} (a quote), taken only from a writable server, with the start token in {@value #TOKEN_HEADER}, as JSON, and not from a page of another origin.
 */
final class ReviewRoutes {
  static final String TOKEN_HEADER = "X-Dyad-Token";
  private final Corpus corpus;
  private final ReviewAccess access;

  ReviewRoutes(Corpus corpus, ReviewAccess access) {
    this.corpus = corpus;
    this.access = access;
  }

  void register(Javalin app) {
    app.get("/api/review/queue", ctx -> ctx.json(Page.of(reviews().unreviewed(filter(ctx, Params.limit(ctx, 50))))));
    app.get("/api/review/sample", this::sample);
    app.get("/api/review/stats", ctx -> ctx.json(reviews().stats()));
    app.get("/api/review/orphans", ctx -> ctx.json(reviews().orphans()));
    app.get("/api/review/codes", ctx -> ctx.json(Codebook.standard().all().stream().map(c -> new Code(c.code(), c.name())).toList()));
    app.get("/api/review/access", ctx -> ctx.json(new Access(access.writable())));
    app.post("/api/reviews", this::write);
    app.get("/api/review/quotes/queue", ctx -> ctx.json(Page.of(corpus.queries().quoteReviews().unreviewed(Params.cursor(ctx),
        Params.limit(ctx, 50)))));
    app.get("/api/review/quotes/stats", ctx -> ctx.json(corpus.queries().quoteReviews().stats()));
    app.post("/api/reviews/quotes", this::writeQuote);
  }

  private Reviews reviews() {
    return corpus.queries().reviews();
  }

  private static org.dyad.store.EventFilter filter(Context ctx, int limit) {
    return ApiRoutes.filter(ctx, Params.text(ctx, "dyad"), Params.text(ctx, "modality"), limit);
  }

  /** A random sample of unreviewed events; the seed it used comes back, so the same sample can be drawn again. */
  private void sample(Context ctx) {
    String given = Params.text(ctx, "seed");
    long seed;
    try {
      seed = given == null ? ThreadLocalRandom.current().nextLong(1, 1L << 48) : Long.parseLong(given);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("seed: want a whole number, got '" + given + "'");
    }
    List<ReviewedEvent> items = reviews().sample(filter(ctx, Params.number(ctx, "n", 20, 1, Params.MAX_LIMIT)), seed);
    ctx.json(new Sample(seed, items));
  }

  private void write(Context ctx) {
    guard(ctx);
    ReviewRow row = corpus.review(parse(ctx.body(), Body.class).toReview());
    ctx.status(HttpStatus.CREATED).json(row);
  }

  private void writeQuote(Context ctx) {
    guard(ctx);
    QuoteReviewRow row = corpus.review(parse(ctx.body(), QuoteBody.class).toReview());
    ctx.status(HttpStatus.CREATED).json(row);
  }

  /** Refuses a write (and so writes nothing) unless the server is writable, the page is ours, the token is right, the body JSON. */
  private void guard(Context ctx) {
    if (!access.writable()) {
      throw new ForbiddenResponse("this server is read-only (dyad serve --read-only): reviews are not taken");
    }
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if (origin != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)
        || "cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      throw new ForbiddenResponse("a review is taken only from Dyad's own pages (origin " + origin + ")");
    }
    if (!access.accepts(ctx.header(TOKEN_HEADER))) {
      throw new UnauthorizedResponse("a review needs the token 'dyad serve' printed at start, in the " + TOKEN_HEADER + " header");
    }
    String type = ctx.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new IllegalArgumentException("a review is sent as application/json");
    }
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return ArticleJson.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(type == Body.class
          ? "a review is a JSON object {article, start, end, code, sourceActor, targetActor, verdict, "
          + "part, correction: {code, sourceActor, targetActor, date}, analyst}: " + e.getOriginalMessage()
          : "a quote's review is a JSON object {article, start, end, speaker, speakerActor, verdict, part, "
          + "correction: {speaker, speakerActor}, analyst}: " + e.getOriginalMessage());
    }
  }

  /** A quote's review as the page sends it: the quote as coded (speaker as coded), the verdict, and its part or correction. */
  record QuoteBody(String article, Integer start, Integer end, String speaker, String speakerActor, String verdict, String part,
      SpeakerFix correction, String analyst) {
    QuoteReview toReview() {
      if (article == null || start == null || end == null) {
        throw new IllegalArgumentException("the quote: article, start and end are required");
      }
      return new QuoteReview(new QuoteKey(article, start, end, blank(speaker), blank(speakerActor)), Verdict.parse(verdict),
          part == null ? null : QuotePart.parse(part), correction == null ? null : correction.speaker(),
          correction == null ? null : correction.speakerActor(), analyst);
    }
  }

  /** Who said the quote instead, as the page sends it. */
  record SpeakerFix(String speaker, String speakerActor) {
  }

  /** A review as the page sends it: the event as coded, the verdict, and its part or correction. */
  record Body(String article, Integer start, Integer end, String code, String sourceActor, String targetActor, String verdict,
      String part, Fix correction, String analyst) {
    Review toReview() {
      if (article == null || start == null || end == null || code == null) {
        throw new IllegalArgumentException("the event: article, start, end and code are required");
      }
      Verdict v = Verdict.parse(verdict);
      return new Review(new EventKey(article, start, end, code, blank(sourceActor), blank(targetActor)), v,
          part == null ? null : WrongPart.parse(part), correction == null ? null : correction.toCorrection(), analyst);
    }
  }

  /** A correction as the page sends it. */
  record Fix(String code, String sourceActor, String targetActor, String date) {
    Correction toCorrection() {
      try {
        return new Correction(code, sourceActor, targetActor, date == null || date.isBlank() ? null : LocalDate.parse(date.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("date: want YYYY-MM-DD, got '" + date + "'");
      }
    }
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  record Sample(long seed, List<ReviewedEvent> items) {
  }

  record Code(String code, String name) {
  }

  record Access(boolean writable) {
  }
}
