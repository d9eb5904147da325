package org.dyad.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a second further on at every reading, so each judgement a test stores is later than the one before. */
final class TickingClock extends Clock {
  private Instant now = Instant.parse("2026-12-07T10:00:00Z");

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    now = now.plusSeconds(1);
    return now;
  }

  /** A writable store in {@code dir} that stamps judgements with a ticking clock. */
  static Corpus open(java.nio.file.Path dir) {
    return Corpus.open(dir, false, new TickingClock());
  }
}
