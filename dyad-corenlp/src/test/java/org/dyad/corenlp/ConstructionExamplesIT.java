package org.dyad.corenlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.events.Constructions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of {@code constructions.tsv} on CoreNLP's real parse: each sentence gives the events
 * its row expects (actors by country), so a row cannot drift from what it says.
 */
class ConstructionExamplesIT {
  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (Constructions.Construction c : Constructions.standard().rows()) {
      for (int i = 0; i < c.examples().size(); i++) {
        out.add(Arguments.of(c.name(), c.examples().get(i), c.expects().get(i)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void givesItsEvents(String rule, String sentence, String expect) {
    StringBuilder present = new StringBuilder();
    StringBuilder absent = new StringBuilder();
    for (String f : expect.trim().split("\\s+")) {
      (f.startsWith("!") ? absent.append(f.substring(1)) : present.append(f)).append(' ');
    }
    EventSentences.assertFragments(EventSentences.countries(sentence, LocalDate.of(2025, 4, 2)), present.toString(),
        absent.isEmpty() ? null : absent.toString());
  }
}
