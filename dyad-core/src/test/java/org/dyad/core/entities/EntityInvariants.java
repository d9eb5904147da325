package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.EntityMention;

/** Checks every resolver result must pass, and a compact form of mentions for expectations. */
final class EntityInvariants {
  private EntityInvariants() {}

  /** Spans inside the text, start before end, sorted, no overlaps, text equal to the substring. */
  static void check(String text, List<EntityMention> mentions) {
    int lastEnd = 0;
    for (EntityMention m : mentions) {
      assertTrue(m.start() >= lastEnd, () -> "sorted and disjoint: " + m);
      assertTrue(m.start() < m.end() && m.end() <= text.length(), () -> "inside the text: " + m);
      assertEquals(text.substring(m.start(), m.end()), m.text(), "text is the substring");
      lastEnd = m.end();
    }
  }

  /** "text | TYPE | name | title | affiliation | country | actor", nulls as "-". */
  static String show(EntityMention m) {
    return String.join(" | ", m.text(), m.type(), m.name(), dash(m.title()), dash(m.affiliation()),
        dash(m.country()), dash(m.actor()));
  }

  static String showAll(List<EntityMention> mentions) {
    return mentions.stream().map(EntityInvariants::show).collect(Collectors.joining("\n"));
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
