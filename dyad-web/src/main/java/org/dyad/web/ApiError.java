package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.dyad.store.StoreException;

/**
 * The one shape of every error the server gives: {@code {"status": 404, "error": "no article abc"}}, for bad
 * parameters (400), missing things and unknown paths (404), other methods than GET (405), oversized
 * requests (413) and store failures (500). Mapped here, in one place.
 */
record ApiError(int status, String error) {
  static void register(Javalin app) {
    app.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the store failed to answer"));
    for (HttpStatus s : new HttpStatus[] {HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.CONTENT_TOO_LARGE}) {
      app.error(s, ctx -> {
        if (!(ctx.attribute(SENT) instanceof Boolean)) {
          send(ctx, s, s == HttpStatus.NOT_FOUND ? "no such page or route: " + ctx.path() : s.getMessage());
        }
      });
    }
  }

  private static final String SENT = "dyad.error-sent";

  private static void send(Context ctx, HttpStatus status, String message) {
    ctx.attribute(SENT, true);
    ctx.status(status).json(new ApiError(status.getCode(), message == null || message.isBlank() ? status.getMessage() : message));
  }
}
