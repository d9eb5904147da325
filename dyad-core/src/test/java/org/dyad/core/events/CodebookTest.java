package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodebookTest {

  private static final Set<String> PLOVER =
      Set.of(
          "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private static final String HEADER = "code\tname\tgoldstein\tquadclass\tplover\tplover_mode\n";

  private final Codebook standard = Codebook.standard();

  // --- the standard codebook -------------------------------------------------------------------

  @Test
  void standardIsLoadedOnce() {
    assertSame(standard, Codebook.standard());
  }

  @Test
  void standardHasTheWholeCameo11b3CodeSet() {
    assertEquals(316, standard.all().size());
  }

  @Test
  void everyCodeResolves() {
    for (CameoCode code : standard.all()) {
      assertSame(code, standard.get(code.code()));
      assertEquals(code, standard.find(code.code()).orElseThrow());
      assertTrue(standard.contains(code.code()));
    }
  }

  @Test
  void theTwentyRootsAreZeroOneToTwenty() {
    List<String> roots =
        standard.all().stream().filter(CameoCode::isRoot).map(CameoCode::code).toList();
    assertEquals(20, roots.size());
    for (int i = 1; i <= 20; i++) {
      assertTrue(roots.contains(String.format("%02d", i)), "root " + i);
    }
  }

  @Test
  void everySubCodeHasItsRootAndParentInTheSameQuadClass() {
    for (CameoCode code : standard.all()) {
      CameoCode root = standard.get(code.root());
      assertEquals(root.quadClass(), code.quadClass(), code.code());
      if (code.code().length() == 4) {
        assertTrue(standard.contains(code.code().substring(0, 3)), "parent of " + code.code());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"01,1", "05,1", "06,2", "08,2", "09,3", "13,3", "14,4", "20,4"})
  void quadClassFollowsGdeltConvention(String root, int quadClass) {
    assertEquals(quadClass, standard.get(root).quadClass());
  }

  @Test
  void everyCodeHasAKnownPloverCategoryAndAModeOrNull() {
    for (CameoCode code : standard.all()) {
      assertTrue(PLOVER.contains(code.plover()), code.code() + " " + code.plover());
      assertTrue(code.ploverMode() == null || code.ploverMode().matches("[a-z-]+"), code.code());
    }
    assertEquals(PLOVER, standard.all().stream().map(CameoCode::plover).collect(Collectors.toSet()));
  }

  /** Published facts: names from CAMEO 1.1b3, values from GDELT's CAMEO.goldsteinscale.txt. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "010|Make statement|0.0",
        "012|Make pessimistic comment|-0.4",
        "036|Express intent to meet or negotiate|4.0",
        "051|Praise or endorse|3.4",
        "0874|Retreat or surrender militarily|10.0",
        "111|Criticize or denounce|-2.0",
        "130|Threaten|-4.4",
        "13|Threaten|-6.0",
        "172|Impose administrative sanctions|-5.0",
        "182|Physically assault|-9.5",
        "190|Use conventional military force|-10.0",
        "2042|Detonate nuclear weapons|-10.0"
      })
  void spotChecksOfPublishedFacts(String code, String name, double goldstein) {
    CameoCode cameo = standard.get(code);
    assertEquals(name, cameo.name());
    assertEquals(goldstein, cameo.goldstein());
  }

  /** From PLOVER's CAMEO2PLOVER-2021.txt, and the documented choices for codes it drops. */
  @ParameterizedTest
  @CsvSource({
    "042,CONSULT,visit",
    "0841,RETREAT,release",
    "090,ACCUSE,investigate",
    "1121,ACCUSE,allege",
    "1056,REQUEST,yield",
    "163,COERCE,restrict",
    "1712,ASSAULT,seize",
    "191,COERCE,restrict",
    "175,ASSAULT,",
    "010,CONSULT,",
    "0231,REQUEST,",
    "1834,ASSAULT,"
  })
  void ploverCrosswalk(String code, String plover, String mode) {
    assertEquals(plover, standard.get(code).plover());
    assertEquals(mode, standard.get(code).ploverMode());
  }

  @Test
  void rootIsTheFirstTwoDigits() {
    assertEquals("02", standard.get("0211").root());
    assertEquals("19", standard.get("190").root());
    assertEquals("20", standard.get("20").root());
  }

  @Test
  void unknownCodes() {
    assertTrue(standard.find("999").isEmpty());
    assertFalse(standard.contains("21"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> standard.get("21"));
    assertTrue(e.getMessage().contains("'21'"), e.getMessage());
  }

  @Test
  void allIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> standard.all().clear());
  }

  // --- reading ---------------------------------------------------------------------------------

  @Test
  void readsCommentsHeaderAndEmptyMode() {
    Codebook book =
        read("# a comment\n# another\n" + HEADER + "01\tA\t1.5\t1\tCONSULT\t\n010\tB\t-2\t1\tX\tm\n");
    assertEquals(2, book.all().size());
    assertNull(book.get("01").ploverMode());
    assertEquals("m", book.get("010").ploverMode());
    assertEquals(-2.0, book.get("010").goldstein());
  }

  @Test
  void emptyCodebookWithHeaderIsAllowed() {
    assertTrue(read(HEADER).all().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "01\\tA\\t1.0\\t1\\tCONSULT|test.tsv:3: expected 6 tab-separated columns, found 5",
        "01\\tA\\t1.0\\t1\\tCONSULT\\t\\textra|test.tsv:3: expected 6 tab-separated columns, found 7",
        "01\\tA\\tlots\\t1\\tCONSULT\\t|test.tsv:3: goldstein is not a decimal number: 'lots'",
        "01\\tA\\tNaN\\t1\\tCONSULT\\t|test.tsv:3: goldstein is not a decimal number: 'NaN'",
        "01\\tA\\t10.5\\t1\\tCONSULT\\t|test.tsv:3: goldstein must be in [-10, 10]",
        "01\\tA\\t1.0\\tone\\tCONSULT\\t|test.tsv:3: quadclass is not an integer: 'one'",
        "01\\tA\\t1.0\\t5\\tCONSULT\\t|test.tsv:3: quadClass must be 1 to 4",
        "1\\tA\\t1.0\\t1\\tCONSULT\\t|test.tsv:3: code must be 2 to 4 digits: '1'",
        "01234\\tA\\t1.0\\t1\\tCONSULT\\t|test.tsv:3: code must be 2 to 4 digits",
        "0a\\tA\\t1.0\\t1\\tCONSULT\\t|test.tsv:3: code must be 2 to 4 digits",
        "01\\t \\t1.0\\t1\\tCONSULT\\t|test.tsv:3: name is blank",
        "01\\tA\\t1.0\\t1\\t\\t|test.tsv:3: plover is blank"
      })
  void refusesMalformedRowsNamingTheLine(String row, String expected) {
    String text = "# comment\n" + HEADER + row.replace("\\t", "\t") + "\n";
    assertRefused(text, expected);
  }

  @Test
  void refusesAMissingOrWrongHeader() {
    assertRefused("# only comments\n", "test.tsv: no header line");
    assertRefused("", "test.tsv: no header line");
    assertRefused("# c\n01\tA\t1.0\t1\tCONSULT\t\n", "test.tsv:2: expected the header line");
  }

  @Test
  void refusesDuplicateCodes() {
    assertRefused(
        HEADER + "01\tA\t1.0\t1\tX\t\n01\tB\t1.0\t1\tX\t\n",
        "test.tsv:3: duplicate code 01 (first on line 2)");
  }

  @Test
  void refusesSubCodesWithoutRootOrInAnotherQuadClass() {
    assertRefused(HEADER + "010\tA\t1.0\t1\tX\t\n", "test.tsv:2: code 010 has no root row 01");
    assertRefused(
        HEADER + "01\tA\t1.0\t1\tX\t\n010\tB\t1.0\t2\tX\t\n",
        "test.tsv:3: code 010 has quadclass 2 but its root 01 has 1");
  }

  // --- the record ------------------------------------------------------------------------------

  @Test
  void recordValidatesItsComponents() {
    assertThrows(NullPointerException.class, () -> new CameoCode(null, "A", 0, 1, "X", null));
    assertThrows(
        IllegalArgumentException.class, () -> new CameoCode("01", "A", -10.01, 1, "X", null));
    assertThrows(IllegalArgumentException.class, () -> new CameoCode("01", "A", 0, 0, "X", null));
    assertThrows(IllegalArgumentException.class, () -> new CameoCode("01", "A", 0, 1, " ", null));
    assertThrows(IllegalArgumentException.class, () -> new CameoCode("01", "A", 0, 1, "X", ""));
    assertEquals("01", new CameoCode("0123", "A", 10, 4, "X", "m").root());
  }

  private static Codebook read(String text) {
    return Codebook.read(new StringReader(text), "test.tsv");
  }

  private static void assertRefused(String text, String expectedStart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(text));
    assertTrue(
        e.getMessage().startsWith(expectedStart),
        () -> "expected '" + expectedStart + "...' but was '" + e.getMessage() + "'");
  }
}
