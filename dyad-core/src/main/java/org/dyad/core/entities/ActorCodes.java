package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An actor's codes over time, as Dyad's actor tables write them: {@code AFGGOV@2001-12-22..2014-09-29|AFGELI}
 * is the government from the first day to the last (both inclusive), an elite otherwise. Either end of
 * a range may be left open ({@code RUSGOV@2012-05-07..}). The code on a date is the first dated code
 * whose range covers it, else the undated one, else the last one written.
 */
public record ActorCodes(List<ActorCodes.Dated> codes) {
  private static final Pattern CODE = Pattern.compile("([A-Z0-9]{3})+");

  /** One code with its range; null ends are open. */
  public record Dated(String code, LocalDate from, LocalDate to) {
    public Dated {
      requireNonNull(code, "code is null");
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("actor code must be groups of three capitals or digits: " + code);
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("range ends before it starts: " + code + " " + from + ".." + to);
      }
    }

    boolean isUndated() {
      return from == null && to == null;
    }

    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    String format() {
      return isUndated() ? code : code + "@" + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
  }

  public ActorCodes {
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("an actor needs a code");
    }
  }

  /** Reads {@code CODE} or {@code CODE@FROM..TO} items separated by "|"; throws IllegalArgumentException on a bad one. */
  public static ActorCodes parse(String cell) {
    List<Dated> out = new ArrayList<>();
    for (String item : cell.split("\\|")) {
      int at = item.indexOf('@');
      if (at < 0) {
        out.add(new Dated(item, null, null));
        continue;
      }
      String range = item.substring(at + 1);
      int dots = range.indexOf("..");
      if (dots < 0) {
        throw new IllegalArgumentException("a dated code is CODE@FROM..TO: " + item);
      }
      out.add(new Dated(item.substring(0, at), date(range.substring(0, dots), item), date(range.substring(dots + 2), item)));
    }
    return new ActorCodes(out);
  }

  private static LocalDate date(String s, String item) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date in " + item + ": " + s, e);
    }
  }

  /** The cell form that {@link #parse} reads. */
  public String format() {
    StringBuilder b = new StringBuilder();
    for (Dated d : codes) {
      b.append(b.length() == 0 ? "" : "|").append(d.format());
    }
    return b.toString();
  }

  /** The code on {@code date}. */
  public String on(LocalDate date) {
    requireNonNull(date, "date is null");
    String undated = null;
    for (Dated d : codes) {
      if (!d.isUndated() && d.covers(date)) {
        return d.code();
      }
      if (d.isUndated() && undated == null) {
        undated = d.code();
      }
    }
    return undated != null ? undated : codes.get(codes.size() - 1).code();
  }

  /** True when some code has a range (the actor's code depends on the date). */
  public boolean isDated() {
    return codes.stream().anyMatch(d -> !d.isUndated());
  }
}
