package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated list of nouns that name people or groups, as the event coder reads it. */
class ActorNounsTest {
  @Test
  void namesPeopleAndGroupsButNotGatheringsOrPronounNouns() {
    List<String> words = List.of("inspector", "Farmers", "shepherd", "militia", "meeting", "someone", "highway", "bridge");
    assertEquals("inspector Farmers shepherd militia",
        words.stream().filter(w -> ActorNouns.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w))
            .collect(Collectors.joining(" ")));
  }
}
