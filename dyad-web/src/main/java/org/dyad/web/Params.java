package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/** Query parameters, checked: a bad value is a 400 with a message that names the parameter. */
final class Params {
  static final int MAX_LIMIT = 500;
  static final int MAX_TEXT = 500;
  /** The furthest a listing pages. */
  static final int MAX_OFFSET = 1_000_000;

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
    return number(ctx, "limit", fallback, 1, MAX_LIMIT);
  }

  /** A whole number in {@code min..max}, or the fallback when absent. */
  static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    try {
      int n = v == null ? fallback : Integer.parseInt(v);
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + ": want " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": want a number, got '" + v + "'");
    }
  }

  /** Where the page starts: the {@code after} cursor of the previous page (the same for every listing), or 0. */
  static int cursor(Context ctx) {
    String v = text(ctx, "after");
    if (v == null) {
      return 0;
    }
    if (!v.matches("p\\d{1,7}") || Integer.parseInt(v.substring(1)) > MAX_OFFSET) {
      throw new IllegalArgumentException("after: want the 'next' cursor of the previous page, got '" + v + "'");
    }
    return Integer.parseInt(v.substring(1));
  }

  /** The cursor of the page that starts at {@code offset}. */
  static String cursorOf(int offset) {
    return "p" + offset;
  }

  /** QuadClasses as a comma-separated list of 1 to 4 ({@code quadClass=2,4}), or empty. */
  static Set<Integer> quadClasses(Context ctx, String name) {
    String v = text(ctx, name);
    Set<Integer> out = new TreeSet<>();
    if (v == null) {
      return out;
    }
    for (String part : v.split(",")) {
      if (!part.strip().matches("[1-4]")) {
        throw new IllegalArgumentException(name + ": want QuadClasses 1 to 4, comma-separated, got '" + v + "'");
      }
      out.add(Integer.parseInt(part.strip()));
    }
    return out;
  }

  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return false;
    }
    if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
      throw new IllegalArgumentException(name + ": want true or false, got '" + v + "'");
    }
    return v.equals("true") || v.equals("1");
  }
}
