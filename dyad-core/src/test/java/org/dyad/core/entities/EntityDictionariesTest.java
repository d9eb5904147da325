package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EntityDictionariesTest {
  private static TsvTable parse(String body, String... columns) {
    return TsvTable.parse("test.tsv", new StringReader(body), columns);
  }

  @Test
  void standardDictionariesLoadOnce() {
    EntityDictionaries d = EntityDictionaries.standard();
    assertSame(d, EntityDictionaries.standard());
    assertTrue(d.countries().names().size() > 240, "countries from the JDK");
    assertEquals("Afghanistan", d.countries().name("AFG"));
    assertEquals("Russia", d.countries().name("RUS"));
    assertEquals("Bosnia and Herzegovina", d.countries().name("BIH"));
    assertEquals("Myanmar", d.countries().name("MMR"));
    assertTrue(d.gazetteer().size() > 500);
    assertTrue(d.roles().size() > 100);
  }

  @Test
  void gazetteerKnowsEachKindOfEntry() {
    Gazetteer g = EntityDictionaries.standard().gazetteer();
    assertEquals(GazetteerEntry.Kind.COUNTRY, g.get("U.S.").kind());
    assertEquals("USA", g.get("America").country());
    assertEquals(GazetteerEntry.Kind.DEMONYM, g.get("Afghan").kind());
    assertEquals("RUSGOV", g.get("Kremlin").actor());
    assertEquals("USAMIL", g.get("Pentagon").actor());
    assertEquals("Islamic State", g.get("Daesh").name());
    assertEquals("IGOUNO", g.get("United Nations").actor());
    assertEquals(GazetteerEntry.Kind.CONTEXT_ORG, g.get("Ministry of Foreign Affairs").kind());
    assertEquals(GazetteerEntry.Casing.ACRONYM, g.get("US").casing());
    assertEquals(GazetteerEntry.Casing.ANY, g.get("al-Qaeda").casing());
    assertEquals("AFG", g.get("Mazar-e-Sharif").country());
    assertNull(g.get("Atlantis"));
  }

  @Test
  void rolesGiveRoleCodes() {
    RoleLexicon r = EntityDictionaries.standard().roles();
    assertEquals("GOV", r.get("Foreign Minister").role());
    assertEquals("MIL", r.get("troops").role());
    assertEquals("ELI", r.get("former").role());
    assertNull(r.get("chairman").role());
    assertTrue(r.get("party").kinds().contains(RoleLexicon.Kind.HEAD));
  }

  @Test
  void tableReadsHeadersAndRows() {
    TsvTable t = parse("# comment\n# format: a b\n# version: 3\n\nx\ty\n", "a", "b");
    assertEquals("3", t.version());
    assertEquals(1, t.rows().size());
    assertEquals(5, t.rows().get(0).line());
    assertEquals("y", t.rows().get(0).get(1));
  }

  @Test
  void malformedRowsAreRefusedWithFileAndLine() {
    assertMessage("test.tsv:3: expected 2 tab-separated cells", () -> parse("# format: a b\n# version: 1\nx\n", "a", "b"));
    assertMessage("test.tsv:3: blank or padded cell", () -> parse("# format: a b\n# version: 1\nx\t \n", "a", "b"));
    assertMessage("test.tsv:3: blank or padded cell", () -> parse("# format: a b\n# version: 1\nx \ty\n", "a", "b"));
    assertMessage("test.tsv:2: row before", () -> parse("# format: a b\nx\ty\n", "a", "b"));
    assertMessage("test.tsv: columns [a, c]", () -> parse("# format: a c\n# version: 1\n", "a", "b"));
    assertMessage("test.tsv: missing", () -> parse("x\n".substring(2), "a"));
  }

  @Test
  void unknownRolesAndKindsAreRefused() {
    String head = "# format: phrase role kinds\n# version: 1\n";
    assertMessage("test.tsv:3: unknown role 'BOSS'", () -> RoleLexicon.from(parse(head + "boss\tBOSS\ttitle\n")));
    assertMessage("test.tsv:3: unknown kind 'titel'", () -> RoleLexicon.from(parse(head + "boss\tGOV\ttitel\n")));
    assertMessage("test.tsv:4: phrase 'Boss' appears twice",
        () -> RoleLexicon.from(parse(head + "boss\tGOV\ttitle\nBoss\tGOV\ttitle\n")));
  }

  @Test
  void repeatedPhraseInOneFileIsRefused() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    b.add("Kabul", GazetteerEntry.Kind.PLACE, "Kabul", "AFG", null, "a.tsv", "a.tsv:4: ");
    b.add("Kabul", GazetteerEntry.Kind.CAPITAL, "Kabul", "AFG", "AFGGOV", "b.tsv", "b.tsv:7: ");
    assertMessage("b.tsv:9: phrase 'KABUL' appears twice",
        () -> b.add("KABUL", GazetteerEntry.Kind.CAPITAL, "Kabul", "AFG", "AFGGOV", "b.tsv", "b.tsv:9: "));
    assertEquals("AFGGOV", b.build().get("kabul").actor(), "a later file overrides an earlier one");
  }

  private static void assertMessage(String start, org.junit.jupiter.api.function.Executable e) {
    DictionaryFormatException x = assertThrows(DictionaryFormatException.class, e);
    assertTrue(x.getMessage().startsWith(start), x.getMessage());
  }
}
