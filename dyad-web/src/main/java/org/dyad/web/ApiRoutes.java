package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import org.dyad.store.Period;
import org.dyad.store.Queries;

/**
 * The read-only JSON API over the store. Every listing pages the same way ({@link Page}: {@code items},
 * {@code total}, {@code next}; {@code after=} the previous page's {@code next}); every value reaches SQL as a
 * bound parameter.
 */
final class ApiRoutes {
  /** The events listed with each place by {@code /api/places} (its count covers them all). */
  static final int EVENTS_PER_PLACE = 20;
  private final Queries q;
  private final Map<String, Handler> routes = new LinkedHashMap<>();

  ApiRoutes(Queries q) {
    this(q, null);
  }

  /** @param store the store folder, for {@code /api/watch} (null: no watch is reported) */
  ApiRoutes(Queries q, Path store) {
    this.q = q;
    WatchStatus watch = new WatchStatus(store);
    routes.put("/api/watch", ctx -> ctx.json(watch.read()));
    routes.put("/api/articles", ctx -> ctx.json(Page.of(q.articles(Params.cursor(ctx), Params.limit(ctx, 50)))));
    routes.put("/api/articles/{key}", this::article);
    routes.put("/api/events", this::events);
    routes.put("/api/quotes", ctx -> ctx.json(Page.of(q.quotes(Params.text(ctx, "speaker"), Params.text(ctx, "about"),
        Params.cursor(ctx), Params.limit(ctx, 100)))));
    routes.put("/api/actors", ctx -> ctx.json(Page.of(q.actors(Params.text(ctx, "type"), Params.cursor(ctx), Params.limit(ctx, 100)))));
    routes.put("/api/actors/{id}", ctx -> ctx.json(q.actor(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFoundResponse("no actor " + ctx.pathParam("id")))));
    routes.put("/api/dyads", this::dyads);
    routes.put("/api/timeline", this::timeline);
    routes.put("/api/search", ctx -> ctx.json(Page.of(q.search(Params.required(ctx, "q"), Params.cursor(ctx), Params.limit(ctx, 20)))));
    routes.put("/api/places", this::places);
  }

  /** The API's paths, as documented in openapi.json. */
  List<String> paths() {
    return List.copyOf(routes.keySet());
  }

  void register(Javalin app) {
    routes.forEach(app::get);
  }

  private void article(Context ctx) {
    String key = ctx.pathParam("key");
    String json = q.articleJson(key).orElseThrow(() -> new NotFoundResponse("no article " + key));
    ctx.json(new ArticleView(key, ArticleJson.parse(json)));
  }

  /** Events in date order; {@code merged=true}: one event, many reports. */
  private void events(Context ctx) {
    EventFilter f = filter(ctx, Params.text(ctx, "dyad"), Params.text(ctx, "modality"), Params.limit(ctx, 100));
    ctx.json(Page.of(Params.flag(ctx, "merged") ? q.reports(f) : q.events(f)));
  }

  private void timeline(Context ctx) {
    String by = Params.text(ctx, "by");
    Period period;
    try {
      period = by == null ? Period.MONTH : Period.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("by: want day, week, month or year, got '" + by + "'");
    }
    ctx.json(q.timeline(filter(ctx, Params.required(ctx, "dyad"), factualUnlessAsked(ctx), 100_000), period));
  }

  /** Where a dyad's events happened, for the map: like the timeline, negated and hypothetical events only on request. */
  private void places(Context ctx) {
    ctx.json(Page.of(q.places(filter(ctx, Params.text(ctx, "dyad"), factualUnlessAsked(ctx), Params.limit(ctx, Params.MAX_LIMIT)),
        EVENTS_PER_PLACE)));
  }

  /** Who interacts with whom: the dyads (of one actor, {@code actor=RUS}) by volume or, {@code order=change}, by change. */
  private void dyads(Context ctx) {
    String actor = Params.text(ctx, "actor");
    String order = Params.text(ctx, "order");
    if (order != null && !order.equals("volume") && !order.equals("change")) {
      throw new IllegalArgumentException("order: want volume or change, got '" + order + "'");
    }
    EventFilter f = filter(ctx, actor == null ? null : actor + ":*", factualUnlessAsked(ctx), Params.limit(ctx, 100));
    ctx.json(Page.of(q.dyads(f, Params.number(ctx, "window", 7, 1, 3660), "change".equals(order))));
  }

  private static String factualUnlessAsked(Context ctx) {
    return Params.flag(ctx, "modalities") ? null : EventFilter.FACTUAL;
  }

  static EventFilter filter(Context ctx, String dyad, String modality, int limit) {
    boolean directed = Params.flag(ctx, "directed");
    Dyad d = dyad == null ? null : Dyad.parse(dyad, directed);
    Set<Integer> quad = Params.flag(ctx, "material") ? EventFilter.MATERIAL : Params.quadClasses(ctx, "quadClass");
    return EventFilter.of(d, Params.date(ctx, "from"), Params.date(ctx, "to"), Params.text(ctx, "code"), modality, limit)
        .quadClasses(quad).named(Params.text(ctx, "name")).page(Params.cursor(ctx), limit);
  }

  /** An article with its store key. */
  record ArticleView(String key, AnalyzedArticle article) {
  }
}
