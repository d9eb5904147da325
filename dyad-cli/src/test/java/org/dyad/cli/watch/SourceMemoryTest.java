package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceMemoryTest {
  @Test
  void failuresBackOffDoublingUpToACapAndASuccessClearsThem() {
    SourceMemory m = SourceMemory.NEW.listed(Set.of("a"), new Validators("\"v1\"", null));
    List<String> retries = new ArrayList<>();
    int cycle = 1;
    for (int i = 0; i < 9; i++) {
      m = m.failed(cycle, "HTTP 500");
      retries.add(cycle + "->" + m.retryAt());
      cycle = m.retryAt();
    }
    assertEquals("[1->2, 2->4, 4->8, 8->16, 16->32, 32->64, 64->128, 128->192, 192->256]", retries.toString());
    assertEquals("9 HTTP 500 [a] \"v1\"", m.failures() + " " + m.lastError() + " " + m.seen() + " " + m.etag());
    SourceMemory ok = m.unchanged();
    assertEquals("0 0 null [a] true", ok.failures() + " " + ok.retryAt() + " " + ok.lastError() + " " + ok.seen() + " " + ok.due(1));
  }

  @Test
  void aSourceIsDueFromItsRetryCycle() {
    SourceMemory m = SourceMemory.NEW.failed(5, "down");
    assertEquals("false true true", m.due(5) + " " + m.due(6) + " " + m.due(7));
  }
}
