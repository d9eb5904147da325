package org.dyad.eval.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class DedupEvalTest {
  private static final Cleaner CLEANER = new ArticleCleaner(new JsoupHtmlExtractor(), text -> "en", null);
  private static final List<String> LEAD = List.of(
      "PORTO, Feb. 21 (Harbour Gazette) - Repairs to the old bridge over the estuary will close the coast road for a month from Monday, the regional roads department said on Wednesday.",
      "Drivers will be sent on a detour through the hills, which adds about twenty minutes to the journey between the two towns. The department apologised for the delay. Buses will keep their timetable.",
      "Engineers found cracks in two of the bridge's piers during an inspection last autumn. The repairs will cost about four million euros, paid by the regional budget.",
      "Local shops on the coast road said they feared losing trade during the summer, and asked the department to finish the work before June.");

  private static RawDocument page(String id, String headline, List<String> paragraphs) {
    return new RawDocument(id, id, null, null, null, headline + "\n\n" + String.join("\n\n", paragraphs), ContentType.TEXT, List.of());
  }

  private static List<RawDocument> corpus() {
    return List.of(
        page("bridge", "Bridge repairs close the coast road for a month", LEAD),
        page("bridge-2", "Second bridge on the estuary to close as well", List.of(
            "PORTO, Feb. 28 (Harbour Gazette) - The second bridge over the estuary will also close for repairs from April, the regional roads department said on Wednesday, a week after announcing work on the old bridge.",
            "The department said inspectors had found corroded cables on the newer bridge, which carries the railway as well as the road.",
            "Trains will run on a single track during the work, and the last evening train will be cancelled until the summer.")),
        page("ferry", "Ferry fares to rise in the summer", List.of(
            "LISBON, March 4 (Harbour Gazette) - Ferry fares to the islands will rise by five per cent from June to pay for two new boats, the operator said on Monday, the first rise in four years.",
            "Residents of the islands will keep their discount, the operator said, and school children will still travel free.",
            "The two new boats, built in a northern shipyard, will enter service next spring and cut the crossing by a quarter of an hour.")));
  }

  @Test
  void copiesOfDifferentStoriesOnTheSameTopicAreScoredPairByPair() {
    DuplicateSet set = DuplicateSet.build(corpus(), CLEANER, Map.of(), 7);
    assertEquals(3 * Edit.values().length, set.entries().size());
    DedupReport r = new DedupEval(CLEANER, 0.8).run(set);
    int perStory = Edit.values().length;
    assertEquals(3 * perStory * (perStory - 1) / 2, r.goldPairs());
    assertEquals(1.0, r.precision(), "two bridge stories from one place are not copies: " + r.toTable());
    assertEquals(perStory * perStory, r.samePlacePairs(), "the two PORTO stories");
    assertEquals(0, r.samePlaceFalse());
    assertTrue(r.recall() >= 0.5, r.toTable());
    assertEquals(List.of(Edit.FURNITURE, Edit.REORDER, Edit.DROP_SENTENCE, Edit.HEADLINE, Edit.WHITESPACE, Edit.ALL),
        r.edits().stream().map(DedupReport.EditRow::edit).toList());
    assertTrue(r.edits().stream().allMatch(e -> e.copies() == 3));
    assertEquals(3, r.edits().stream().filter(e -> e.edit() == Edit.WHITESPACE).findFirst().orElseThrow().found(), r.toTable());
    assertTrue(r.toTable().contains("| all       |"), r.toTable());
  }

  @Test
  void knownCopiesInTheCorpusJoinTheirOriginalsStory() {
    List<RawDocument> docs = List.of(corpus().get(0), page("bridge-syndicated", "Coast road to close for bridge repairs", LEAD));
    DuplicateSet set = DuplicateSet.build(docs, CLEANER, Map.of("bridge-syndicated", "bridge"), 7);
    assertTrue(set.entries().stream().allMatch(e -> e.story().equals("bridge")));
  }

  private static Set<String> sentences(String text) {
    Set<String> out = new HashSet<>();
    for (String p : text.split("\n\n")) {
      out.addAll(List.of(p.split("(?<=[.!?])\\s+(?=[A-Z])")));
    }
    return out;
  }

  @Test
  void theSeedFixesTheSetAndTheEditsDoWhatTheySay() {
    assertEquals(DuplicateSet.build(corpus(), CLEANER, Map.of(), 3), DuplicateSet.build(corpus(), CLEANER, Map.of(), 3));
    assertNotEquals(DuplicateSet.build(corpus(), CLEANER, Map.of(), 3), DuplicateSet.build(corpus(), CLEANER, Map.of(), 4));
    CopyEditor editor = new CopyEditor(new Random(1), List.of("Other story one", "Other story two"));
    String h = "Bridge repairs close the coast road for a month";
    assertEquals(h + "\n\n" + String.join("\n\n", LEAD), editor.copy(h, LEAD, Edit.ORIGINAL));
    String furnished = editor.copy(h, LEAD, Edit.FURNITURE);
    assertTrue(furnished.contains("Related stories\nOther story"), furnished);
    assertTrue(furnished.contains(String.join("\n\n", LEAD)));
    String dropped = editor.copy(h, LEAD, Edit.DROP_SENTENCE);
    Set<String> kept = sentences(dropped);
    Set<String> all = sentences(String.join("\n\n", LEAD));
    all.removeAll(kept);
    assertEquals(1, all.size(), "one sentence left out: " + dropped);
    assertTrue(kept.contains(LEAD.get(0)), "never the lead sentence");
    String reordered = editor.copy(h, LEAD, Edit.REORDER);
    assertTrue(reordered.startsWith(h + "\n\n" + LEAD.get(0)), "the lead stays first");
    assertNotEquals(h + "\n\n" + String.join("\n\n", LEAD), reordered);
    assertFalse(editor.copy(h, LEAD, Edit.HEADLINE).startsWith(h));
    assertTrue(editor.copy(h, LEAD, Edit.WHITESPACE).contains("\r\n"));
  }
}
