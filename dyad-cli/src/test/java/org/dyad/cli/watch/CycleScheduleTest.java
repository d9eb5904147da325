package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleScheduleTest {
  private long now;
  private final List<String> events = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private CycleSchedule schedule(int cycles) {
    return new CycleSchedule(Duration.ofSeconds(10), cycles, () -> now, millis -> {
      events.add("sleep " + millis);
      now += millis * 1_000_000;
    }, new PrintWriter(err, true));
  }

  /** A cycle that takes {@code seconds} and throws when told to. */
  private Runnable cycle(int[] seconds, boolean[] fails) {
    int[] n = {0};
    return () -> {
      int i = n[0]++;
      events.add("cycle " + (i + 1));
      now += seconds[i] * 1_000_000_000L;
      if (fails[i]) {
        throw new UncheckedIOException(new java.io.IOException("No space left on device"));
      }
    };
  }

  @Test
  void cyclesStartAPeriodApartAndAFailedOneIsRedoneNextTime() throws Exception {
    schedule(4).run(cycle(new int[] {3, 12, 1, 2}, new boolean[] {false, true, false, false}));
    assertEquals("[cycle 1, sleep 7000, cycle 2, sleep 0, cycle 3, sleep 9000, cycle 4]", events.toString());
    assertEquals("dyad: watch: the cycle failed (1 in a row): UncheckedIOException: java.io.IOException: No space left on device; "
        + "it is redone next time", err.toString().strip());
  }

  @Test
  void threeFailedCyclesInARowStopTheWatch() {
    assertThrows(UncheckedIOException.class, () -> schedule(0).run(cycle(new int[] {1, 1, 1, 1, 1}, new boolean[] {true, false, true, true, true})));
    assertEquals("[cycle 1, sleep 9000, cycle 2, sleep 9000, cycle 3, sleep 9000, cycle 4, sleep 9000, cycle 5]", events.toString());
    assertEquals(4, err.toString().lines().count());
    assertEquals(true, err.toString().strip().endsWith("(3 in a row): UncheckedIOException: java.io.IOException: No space left on device; stopping"));
  }
}
