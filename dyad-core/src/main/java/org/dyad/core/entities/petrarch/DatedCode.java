package org.dyad.core.entities.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An actor code valid from {@code from} to {@code to} (inclusive; null = open), as TABARI writes
 * {@code [HOBGOV 19950601 - 19990815]}, {@code [HOB < 950601]} or {@code [HOBREB > 990816]}.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
  public DatedCode {
    requireNonNull(code, "code is null");
  }

  boolean isUndated() {
    return from == null && to == null;
  }

  boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
