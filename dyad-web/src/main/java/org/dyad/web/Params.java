package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters, checked: a bad value is a 400 with a message that names the parameter. */
final class Params {
  static final int MAX_LIMIT = 500;
  static final int MAX_TEXT = 500;

  private Params() {
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + ": longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static String required(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw new IllegalArgumentException(name + ": required");
    }
    return v;
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": want a date as YYYY-MM-DD, got '" + v + "'");
    }
  }

  static int limit(Context ctx, int fallback) {
    String v = text(ctx, "limit");
    try {
      int n = v == null ? fallback : Integer.parseInt(v);
      if (n < 1 || n > MAX_LIMIT) {
        throw new IllegalArgumentException("limit: want 1.." + MAX_LIMIT + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit: want a number, got '" + v + "'");
    }
  }

  static long cursor(Context ctx) {
    String v = text(ctx, "after");
    try {
      return v == null ? 0 : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("after: want the cursor from the previous page, got '" + v + "'");
    }
  }

  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    return v != null && (v.equals("true") || v.equals("1"));
  }
}
