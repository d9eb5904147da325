package org.dyad.core.entities;

import static org.dyad.core.entities.EntityInvariants.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

class DictionaryEntityResolverTest {
  private static final DictionaryEntityResolver RESOLVER = new DictionaryEntityResolver();

  static List<EntityMention> resolve(String text, FakeAnnotation fake) {
    return resolve(FakeAnnotation.article(text), fake);
  }

  static List<EntityMention> resolve(CleanedArticle article, FakeAnnotation fake) {
    List<EntityMention> out = RESOLVER.resolve(article, fake.build());
    EntityInvariants.check(article.text(), out);
    return out;
  }

  /** The compact form of the mention whose text is {@code text} (the nth such mention). */
  static String at(List<EntityMention> mentions, String text, int nth) {
    return show(mentions.stream().filter(m -> m.text().equals(text)).skip(nth).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in\n" + EntityInvariants.showAll(mentions))));
  }

  static String at(List<EntityMention> mentions, String text) {
    return at(mentions, text, 0);
  }

  /** The actor code, the last field of a mention as {@link #at} shows it. */
  static String actorOf(String shown) {
    return shown.substring(shown.lastIndexOf(" | ") + 3);
  }

  /**
   * Asserts that the text, with the parser's arcs ({@link FakeAnnotation#deps}; null: none), has the
   * mention written as {@link #at} shows it (its text first).
   */
  static void assertMention(String text, String arcs, String mention) {
    String phrase = mention.substring(0, mention.indexOf(" | "));
    assertEquals(mention, at(resolve(text, FakeAnnotation.of(text).deps(arcs)), phrase), text);
  }

  @Test
  void titleBeforeNameWithSeatOfPowerAndLaterSurname() {
    String t = "Kremlin spokesman Dmitry Peskov said Moscow was ready. Peskov added that talks would go on.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Dmitry Peskov").mention("PERSON", "Peskov", 1));
    assertEquals("Kremlin spokesman Dmitry Peskov | PERSON | Dmitry Peskov | spokesman | Kremlin | RUS | RUSGOV",
        at(m, "Kremlin spokesman Dmitry Peskov"));
    assertEquals("Peskov | PERSON | Dmitry Peskov | spokesman | Kremlin | RUS | RUSGOV", at(m, "Peskov"));
    assertEquals("Moscow | COUNTRY | Russia | - | - | RUS | RUSGOV", at(m, "Moscow"));
  }

  @Test
  void possessiveCountryAndTitleWithForComplement() {
    String t = "According to Russia's special envoy for Afghanistan Zamir Kabulov, nothing changed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Zamir Kabulov"));
    assertEquals("Russia's special envoy for Afghanistan Zamir Kabulov | PERSON | Zamir Kabulov"
        + " | special envoy for Afghanistan | - | RUS | RUSGOV", at(m, "Russia's special envoy for Afghanistan Zamir Kabulov"));
    assertEquals(1, m.size(), "Russia and Afghanistan are inside the person's mention");
  }

  @Test
  void appositiveWithPartyAffiliation() {
    String t = "Sayed Eshaq Gailani, chairman of the National Solidarity Movement party, said the talks failed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Sayed Eshaq Gailani")
        .mention("LOCATION", "National Solidarity Movement"));
    assertEquals("Sayed Eshaq Gailani | PERSON | Sayed Eshaq Gailani | chairman | National Solidarity Movement party"
        + " | - | PTY", at(m, "Sayed Eshaq Gailani"));
    assertEquals("National Solidarity Movement party | ORGANIZATION | National Solidarity Movement party | - | - | - | PTY",
        at(m, "National Solidarity Movement party"), "a party the annotator called a LOCATION");
  }

  @Test
  void formerTitleMakesAnEliteAndSurnameFollows() {
    String t = "Former Afghan President Ashraf Ghani left. Ghani said he had no choice.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Ashraf Ghani").mention("PERSON", "Ghani", 1)
        .mention("PERSON", "he"));
    assertEquals("Former Afghan President Ashraf Ghani | PERSON | Ashraf Ghani | Former President | - | AFG | AFGELI",
        at(m, "Former Afghan President Ashraf Ghani"));
    assertEquals("Ghani | PERSON | Ashraf Ghani | Former President | - | AFG | AFGELI", at(m, "Ghani"));
    assertTrue(m.stream().noneMatch(x -> x.text().equals("he")), "pronouns are left out");
  }

  @Test
  void demonymCountryAcronymAndOrganisationAffiliations() {
    String t = "Pakistani Foreign Minister Shah Mahmood Qureshi met US Secretary of State Antony Blinken, and"
        + " Taliban spokesman Zabihullah Mujahid welcomed it.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Shah Mahmood Qureshi").person("Antony Blinken")
        .person("Zabihullah Mujahid"));
    assertEquals("Pakistani Foreign Minister Shah Mahmood Qureshi | PERSON | Shah Mahmood Qureshi | Foreign Minister"
        + " | - | PAK | PAKGOV", at(m, "Pakistani Foreign Minister Shah Mahmood Qureshi"));
    assertEquals("US Secretary of State Antony Blinken | PERSON | Antony Blinken | Secretary of State | - | USA | USAGOV",
        at(m, "US Secretary of State Antony Blinken"));
    assertEquals("Taliban spokesman Zabihullah Mujahid | PERSON | Zabihullah Mujahid | spokesman | Taliban | AFG | AFGREB",
        at(m, "Taliban spokesman Zabihullah Mujahid"));
  }

  @Test
  void titleOfCountryAfterTheTitle() {
    String t = "The Foreign Minister of Pakistan Shah Mahmood Qureshi arrived.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Shah Mahmood Qureshi"));
    assertEquals("Foreign Minister of Pakistan Shah Mahmood Qureshi | PERSON | Shah Mahmood Qureshi | Foreign Minister"
        + " | - | PAK | PAKGOV", at(m, "Foreign Minister of Pakistan Shah Mahmood Qureshi"));
  }

  @Test
  void appositiveFromTheParseWhenCommasHideIt() {
    String t = "The envoy of Russia in the talks, Zamir Kabulov, said so.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Zamir Kabulov")
        .dep("envoy", "Kabulov", "appos").dep("envoy", "Russia", "nmod"));
    assertEquals("Zamir Kabulov | PERSON | Zamir Kabulov | envoy | - | RUS | RUSGOV", at(m, "Zamir Kabulov"));
    List<EntityMention> unparsed = resolve(t, FakeAnnotation.of(t).person("Zamir Kabulov"));
    assertEquals("Zamir Kabulov | PERSON | Zamir Kabulov | - | - | RUS | RUSGOV", at(unparsed, "Zamir Kabulov"),
        "no title without the parse; the code is the known person's (leaders.tsv)");
  }

  @Test
  void appositiveDoesNotReachAcrossAConjunction() {
    String t = "He met Antony Blinken, and Taliban spokesman Zabihullah Mujahid.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Antony Blinken").person("Zabihullah Mujahid"));
    assertEquals("Antony Blinken | PERSON | Antony Blinken | - | - | USA | USAELI", at(m, "Antony Blinken"),
        "no title; an undated text has the code of the lists' own date, when he had left office");
  }

  @Test
  void daeshTaggedPersonAndSplitIslamicStateBecomeOneOrganisation() {
    String t = "Daesh claimed the attack. The Islamic State, also known as ISIS or ISIL, is banned in Russia.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Daesh").mention("MISC", "Islamic")
        .mention("LOCATION", "State"));
    String isis = " | ORGANIZATION | Islamic State | - | - | - | IMGMUSISI";
    assertEquals("Daesh" + isis, at(m, "Daesh"));
    assertEquals("Islamic State" + isis, at(m, "Islamic State"));
    assertEquals("ISIS" + isis, at(m, "ISIS"));
    assertEquals("ISIL" + isis, at(m, "ISIL"));
    assertEquals("Russia | COUNTRY | Russia | - | - | RUS | RUS", at(m, "Russia"));
  }

  @Test
  void acronymDefinedInTheTextIsTheSameEntityLater() {
    String t = "Afghanistan's Ministry of Interior (MoI) said ten people died. Later the MoI said the Independent"
        + " Election Commission (IEC) will meet. The IEC agreed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    String moi = " | ORGANIZATION | Ministry of Interior (Afghanistan) | - | - | AFG | AFGGOV";
    assertEquals("Afghanistan's Ministry of Interior" + moi, at(m, "Afghanistan's Ministry of Interior"));
    assertEquals("MoI" + moi, at(m, "MoI", 0));
    assertEquals("MoI" + moi, at(m, "MoI", 1));
    String iec = " | ORGANIZATION | Independent Election Commission | - | - | - | -";
    assertEquals("Independent Election Commission" + iec, at(m, "Independent Election Commission"));
    assertEquals("IEC" + iec, at(m, "IEC", 1));
  }

  @Test
  void foreignMinistryTakesItsCountryFromModifierOfOrDateline() {
    String t = "MOSCOW, August 25. The Russian Foreign Ministry, the Foreign Ministry of Pakistan and"
        + " Afghanistan's Ministry of Foreign Affairs spoke. The Foreign Ministry added more.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("MOSCOW | LOCATION | Moscow | - | - | RUS | -", at(m, "MOSCOW"));
    assertEquals("Russian Foreign Ministry | ORGANIZATION | Ministry of Foreign Affairs (Russia) | - | - | RUS | RUSGOV",
        at(m, "Russian Foreign Ministry"));
    assertEquals("Foreign Ministry of Pakistan | ORGANIZATION | Ministry of Foreign Affairs (Pakistan) | - | - | PAK"
        + " | PAKGOV", at(m, "Foreign Ministry of Pakistan"));
    assertEquals("Afghanistan's Ministry of Foreign Affairs | ORGANIZATION | Ministry of Foreign Affairs (Afghanistan)"
        + " | - | - | AFG | AFGGOV", at(m, "Afghanistan's Ministry of Foreign Affairs"));
    assertEquals("Foreign Ministry | ORGANIZATION | Ministry of Foreign Affairs (Russia) | - | - | RUS | RUSGOV",
        at(m, "Foreign Ministry"), "from the dateline");
    String bare = "The Foreign Ministry added more.";
    assertEquals("Foreign Ministry | ORGANIZATION | Ministry of Foreign Affairs | - | - | - | GOV",
        at(resolve(bare, FakeAnnotation.of(bare)), "Foreign Ministry"));
  }

  @Test
  void cleanersDatelineGivesTheFallbackCountry() {
    String t = "KABUL, Aug 25. The Ministry of Foreign Affairs said so.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "KABUL"), FakeAnnotation.of(t));
    assertEquals("Ministry of Foreign Affairs | ORGANIZATION | Ministry of Foreign Affairs (Afghanistan) | - | - | AFG"
        + " | AFGGOV", at(m, "Ministry of Foreign Affairs"));
  }

  @Test
  void capitalsAndSeatsOfPowerStandForGovernmentsUnlessUsedAsPlaces() {
    String t = "Washington and Beijing must talk, Tehran said. The White House and the Pentagon met in Kabul."
        + " Downing Street declined. Kyiv's envoy stayed in Moscow.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).mention("LOCATION", "Washington"));
    assertEquals("Washington | COUNTRY | United States | - | - | USA | USAGOV", at(m, "Washington"));
    assertEquals("Beijing | COUNTRY | China | - | - | CHN | CHNGOV", at(m, "Beijing"));
    assertEquals("Tehran | COUNTRY | Iran | - | - | IRN | IRNGOV", at(m, "Tehran"));
    assertEquals("White House | ORGANIZATION | White House | - | - | USA | USAGOV", at(m, "White House"));
    assertEquals("Pentagon | ORGANIZATION | Pentagon | - | - | USA | USAMIL", at(m, "Pentagon"));
    assertEquals("Kabul | LOCATION | Kabul | - | - | AFG | -", at(m, "Kabul"));
    assertEquals("Downing Street | ORGANIZATION | Downing Street | - | - | GBR | GBRGOV", at(m, "Downing Street"));
    assertEquals("Kyiv's envoy | GROUP | Ukraine envoy | - | - | UKR | UKRGOV", at(m, "Kyiv's envoy"));
    assertEquals("Moscow | LOCATION | Moscow | - | - | RUS | -", at(m, "Moscow"));
  }

  @Test
  void countryAliasesAndCasing() {
    String t = "The US, the U.S., America, the UK, Britain, the Russian Federation, Iran, Syria, South Korea,"
        + " North Korea and Taiwan told us so.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("US | COUNTRY | United States | - | - | USA | USA", at(m, "US"));
    assertEquals("U.S. | COUNTRY | United States | - | - | USA | USA", at(m, "U.S."));
    assertEquals("America | COUNTRY | United States | - | - | USA | USA", at(m, "America"));
    assertEquals("UK | COUNTRY | United Kingdom | - | - | GBR | GBR", at(m, "UK"));
    assertEquals("Britain | COUNTRY | United Kingdom | - | - | GBR | GBR", at(m, "Britain"));
    assertEquals("Russian Federation | COUNTRY | Russia | - | - | RUS | RUS", at(m, "Russian Federation"));
    assertEquals("South Korea | COUNTRY | South Korea | - | - | KOR | KOR", at(m, "South Korea"));
    assertEquals("North Korea | COUNTRY | North Korea | - | - | PRK | PRK", at(m, "North Korea"));
    assertEquals("Taiwan | COUNTRY | Taiwan | - | - | TWN | TWN", at(m, "Taiwan"));
    assertEquals(11, m.size(), "lower-case 'us' is not the United States:\n" + EntityInvariants.showAll(m));
  }

  @Test
  void demonymsAloneAndWithGroupNouns() {
    String t = "An Afghan was hurt. Afghan security forces, Taliban fighters, Russian troops, the Pakistani"
        + " government and UN officials were there.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Afghan | COUNTRY | Afghanistan | - | - | AFG | AFG", at(m, "Afghan"));
    assertEquals("Afghan security forces | GROUP | Afghanistan security forces | - | - | AFG | AFGMIL",
        at(m, "Afghan security forces"));
    assertEquals("Taliban fighters | GROUP | Taliban fighters | - | Taliban | AFG | AFGREB", at(m, "Taliban fighters"));
    assertEquals("Russian troops | GROUP | Russia troops | - | - | RUS | RUSMIL", at(m, "Russian troops"));
    assertEquals("Pakistani government | GROUP | Pakistan government | - | - | PAK | PAKGOV",
        at(m, "Pakistani government"));
    assertEquals("UN officials | GROUP | United Nations officials | - | United Nations | - | IGOUNO",
        at(m, "UN officials"));
  }

  @Test
  void hyphenatedNameSplitByTheAnnotatorIsJoined() {
    String t = "Mullah Habib-ur-Rahman spoke. Later Rahman left.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Habib").mention("PERSON", "Rahman")
        .mention("PERSON", "Rahman", 1));
    assertEquals("Habib-ur-Rahman | PERSON | Habib-ur-Rahman | - | - | - | -", at(m, "Habib-ur-Rahman"));
  }

  @Test
  void surnameTheAnnotatorMissedIsStillLinked() {
    String t = "Taliban leader Gulbuddin Hekmatyar spoke. Hekmatyar said more.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Gulbuddin Hekmatyar"));
    assertEquals("Hekmatyar | PERSON | Gulbuddin Hekmatyar | leader | Taliban | AFG | AFGREB", at(m, "Hekmatyar"));
  }

  @Test
  void emptyTextGivesNothing() {
    assertEquals(List.of(), RESOLVER.resolve(FakeAnnotation.article(""), Annotation.EMPTY));
    String blank = "   \n ";
    assertEquals(List.of(), resolve(blank, FakeAnnotation.of(blank)));
  }

  @Test
  void allCapsText() {
    String t = "KREMLIN SPOKESMAN DMITRY PESKOV SAID THE TALIBAN AND US OFFICIALS MET IN KABUL";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("DMITRY PESKOV"));
    assertEquals("KREMLIN SPOKESMAN DMITRY PESKOV | PERSON | DMITRY PESKOV | SPOKESMAN | Kremlin | RUS | RUSGOV",
        at(m, "KREMLIN SPOKESMAN DMITRY PESKOV"));
    assertEquals("TALIBAN | ORGANIZATION | Taliban | - | - | AFG | AFGREB", at(m, "TALIBAN"));
    assertEquals("KABUL | LOCATION | Kabul | - | - | AFG | -", at(m, "KABUL"));
  }

  @Test
  void noPunctuation() {
    String t = "Taliban spokesman Zabihullah Mujahid told Russian media Moscow and Islamabad backed talks";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Zabihullah Mujahid"));
    assertEquals("Taliban spokesman Zabihullah Mujahid | PERSON | Zabihullah Mujahid | spokesman | Taliban | AFG | AFGREB",
        at(m, "Taliban spokesman Zabihullah Mujahid"));
    assertEquals("Russian media | GROUP | Russia media | - | - | RUS | RUSMED", at(m, "Russian media"));
    assertEquals("Islamabad | COUNTRY | Pakistan | - | - | PAK | PAKGOV", at(m, "Islamabad"));
  }

  @Test
  void refusesNullsAndTokensPastTheText() {
    Annotation a = FakeAnnotation.of("Kabul is far.").build();
    assertThrows(NullPointerException.class, () -> RESOLVER.resolve(null, a));
    assertThrows(NullPointerException.class, () -> RESOLVER.resolve(FakeAnnotation.article("x"), null));
    assertThrows(IllegalArgumentException.class, () -> RESOLVER.resolve(FakeAnnotation.article("Kabul"), a));
  }
}
