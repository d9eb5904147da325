package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Roles written the other ways news writes them: apposition, "as", possessives, defined acronyms. */
class NewsRoleTest {
  private static String person(String t, String dateline, String name) {
    FakeAnnotation fake = FakeAnnotation.of(t).person(name);
    List<EntityMention> m = resolve(dateline == null ? FakeAnnotation.article(t) : FakeAnnotation.article(t, dateline), fake);
    return at(m, name.contains(" ") ? firstMentionOf(m, name) : name);
  }

  private static String firstMentionOf(List<EntityMention> m, String name) {
    return m.stream().filter(e -> e.text().endsWith(name) || e.text().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError(EntityInvariants.showAll(m))).text();
  }

  @Test
  void appositionWithADemonymAndAMinistry() {
    assertEquals("Lena Moravec | PERSON | Lena Moravec | defence minister | - | CZE | CZEMIL",
        person("Lena Moravec, the Czech defence minister, said the drills would go ahead.", null, "Lena Moravec"));
  }

  @Test
  void spokesmanForAMinistryTakesTheDatelineCountry() {
    assertEquals("Omar Haddad | PERSON | Omar Haddad | spokesman | - | JOR | JORGOV",
        person("Omar Haddad, spokesman for the foreign ministry, said the border stayed open.", "AMMAN", "Omar Haddad"));
  }

  @Test
  void appointedAsAmbassadorOfACountry() {
    assertEquals("Rahim Zadran | PERSON | Rahim Zadran | ambassador to Russia | - | AFG | AFGGOV",
        person("The cabinet appointed Rahim Zadran as Afghan ambassador to Russia last week.", null, "Rahim Zadran"));
  }

  @Test
  void namedAsTheNewForeignMinister() {
    assertEquals("Farid Nazari | PERSON | Farid Nazari | foreign minister | - | PAK | PAKGOV",
        person("Islamabad named Farid Nazari as the new foreign minister on Monday.", "ISLAMABAD", "Farid Nazari"));
  }

  @Test
  void possessiveEnvoy() {
    assertEquals("Russia's envoy Pavel Orlov | PERSON | Pavel Orlov | envoy | - | RUS | RUSGOV",
        person("Russia's envoy Pavel Orlov met the delegation.", null, "Pavel Orlov"));
  }

  @Test
  void possessiveForeignMinisterInLowerCase() {
    assertEquals("Iran's foreign minister Karim Bahrami | PERSON | Karim Bahrami | foreign minister | - | IRN | IRNGOV",
        person("Iran's foreign minister Karim Bahrami met the delegation.", null, "Karim Bahrami"));
  }

  @Test
  void ministryAcronymOnceDefined() {
    String t = "Afghanistan's Ministry of Interior (MoI) said the roads were safe. "
        + "MoI deputy spokesman Nasir Hamidi said two checkpoints were added.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Nasir Hamidi").mention("ORGANIZATION", "Ministry of Interior"));
    assertEquals("MoI deputy spokesman Nasir Hamidi | PERSON | Nasir Hamidi | deputy spokesman | Ministry of Interior"
        + " | AFG | AFGGOV", at(m, "MoI deputy spokesman Nasir Hamidi"), EntityInvariants.showAll(m));
  }

  @Test
  void chiefOfAPartyHeadquarters() {
    assertEquals("Farhad Amini | PERSON | Farhad Amini | chief | Kabul party | - | PTY",
        person("Farhad Amini, chief of the Kabul party headquarters, said the vote was fair.", null, "Farhad Amini"));
  }

  @Test
  void chiefExecutiveOfAGovernment() {
    assertEquals("Walid Karimi | PERSON | Walid Karimi | CEO | Afghan government | AFG | AFGGOV",
        person("Walid Karimi, the CEO of the Afghan government, said the talks would resume.", null, "Walid Karimi"));
  }

  @Test
  void chiefExecutiveTitleInAGovernmentStory() {
    assertEquals("Chief Executive Walid Karimi | PERSON | Walid Karimi | Chief Executive | - | AFG | AFGGOV",
        person("Chief Executive Walid Karimi chaired the cabinet meeting in Kabul.", "KABUL", "Walid Karimi"));
  }
}
