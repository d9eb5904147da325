package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Locale;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.store.ArticleRow;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import org.dyad.store.Period;
import org.dyad.store.Queries;

/** The read-only JSON API over the store. Every value reaches SQL as a bound parameter. */
final class ApiRoutes {
  /** The API's paths, as documented in openapi.json. */
  static final List<String> PATHS = List.of("/api/articles", "/api/articles/{key}", "/api/events",
      "/api/quotes", "/api/actors", "/api/timeline", "/api/search", "/api/places");
  /** The events listed with each place by {@code /api/places} (its count covers them all). */
  static final int EVENTS_PER_PLACE = 20;
  private final Queries q;

  ApiRoutes(Queries q) {
    this.q = q;
  }

  void register(Javalin app) {
    List<Handler> handlers = List.of(this::articles, this::article, this::events,
        ctx -> ctx.json(q.quotes(Params.text(ctx, "speaker"), Params.text(ctx, "about"), Params.limit(ctx, 100))),
        ctx -> ctx.json(q.actors(Params.text(ctx, "type"), Params.limit(ctx, 100))),
        this::timeline,
        ctx -> ctx.json(q.search(Params.required(ctx, "q"), Params.limit(ctx, 20))),
        this::places);
    for (int i = 0; i < PATHS.size(); i++) {
      app.get(PATHS.get(i), handlers.get(i));
    }
  }

  private void articles(Context ctx) {
    int limit = Params.limit(ctx, 50);
    ctx.json(Page.of(q.articles(Params.text(ctx, "after"), limit), limit, ArticleRow::key));
  }

  private void article(Context ctx) {
    String key = ctx.pathParam("key");
    String json = q.articleJson(key).orElseThrow(() -> new NotFoundResponse("no article " + key));
    ctx.json(new ArticleView(key, ArticleJson.parse(json)));
  }

  private void events(Context ctx) {
    int limit = Params.limit(ctx, 100);
    EventFilter f = filter(ctx, Params.text(ctx, "dyad"), Params.text(ctx, "modality"), limit);
    ctx.json(Page.of(q.events(f), limit, e -> Long.toString(e.eventId())));
  }

  private void timeline(Context ctx) {
    String by = Params.text(ctx, "by");
    Period period;
    try {
      period = by == null ? Period.MONTH : Period.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("by: want day, week, month or year, got '" + by + "'");
    }
    String modality = Params.flag(ctx, "modalities") ? null : EventFilter.FACTUAL;
    ctx.json(q.timeline(filter(ctx, Params.required(ctx, "dyad"), modality, 100_000), period));
  }

  /** Where a dyad's events happened, for the map: like the timeline, negated and hypothetical events only on request. */
  private void places(Context ctx) {
    String modality = Params.flag(ctx, "modalities") ? null : EventFilter.FACTUAL;
    ctx.json(q.places(filter(ctx, Params.text(ctx, "dyad"), modality, Params.limit(ctx, Params.MAX_LIMIT)), EVENTS_PER_PLACE));
  }

  private static EventFilter filter(Context ctx, String dyad, String modality, int limit) {
    Dyad d = dyad == null ? null : Dyad.parse(dyad, Params.flag(ctx, "directed"));
    return new EventFilter(d, Params.date(ctx, "from"), Params.date(ctx, "to"), Params.text(ctx, "code"), modality,
        Params.cursor(ctx), limit);
  }

  /** An article with its store key. */
  record ArticleView(String key, AnalyzedArticle article) {
  }
}
