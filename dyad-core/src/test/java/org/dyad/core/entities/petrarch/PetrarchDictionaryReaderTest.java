package org.dyad.core.entities.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.entities.ActorEntry;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.DictionaryFormatException;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryReaderTest {
  private static Reader fixture(String name) {
    return new InputStreamReader(PetrarchDictionaryReaderTest.class.getResourceAsStream("/petrarch/" + name),
        StandardCharsets.UTF_8);
  }

  private static String codesOf(List<ActorEntry> entries, String phrase) {
    return entries.stream().filter(e -> e.phrase().equals(phrase)).map(e -> e.type() + ":" + e.actor())
        .collect(Collectors.joining(","));
  }

  @Test
  void readsActorsSynonymsExactWordsAndCodes() throws IOException {
    PetrarchActors actors = PetrarchDictionaryReader.readActors(fixture("small.actors.txt"), "small.actors.txt");
    assertEquals(6, actors.actors().size());
    List<ActorEntry> e = actors.entriesOn(null);
    assertEquals("COUNTRY:RUR", codesOf(e, "RURITANIA"));
    assertEquals("COUNTRY:RUR", codesOf(e, "RURITANIAN"));
    assertEquals("", codesOf(e, "RURITANIAS"), "an exact word gets no endings");
    assertEquals("ORGANIZATION:RURGOV", codesOf(e, "ZENDA PALACE"));
    assertEquals("COUNTRY:BOR", codesOf(e, "BORDURIA"), "codes are upper-cased");
    assertEquals("COUNTRY:BOR", codesOf(e, "BORDURIAN"), "a word without _ takes common endings");
    assertEquals("ORGANIZATION:RURREB", codesOf(e, "STRELSAU LIBERATION FRONT"), "A/B keeps A");
    assertEquals("", codesOf(e, "NOBODY"), "--- is no actor code");
    assertEquals("Strelsau Liberation Front", e.stream().filter(x -> x.actor().equals("RURREB")).findFirst().orElseThrow().name());
  }

  @Test
  void datedCodesChooseByTheArticleDate() throws IOException {
    PetrarchActors actors = PetrarchDictionaryReader.readActors(fixture("small.actors.txt"), "small.actors.txt");
    assertEquals("COUNTRY:RUR", codesOf(actors.entriesOn(LocalDate.of(1990, 5, 1)), "KING RUDOLF"));
    assertEquals("ORGANIZATION:RURGOV", codesOf(actors.entriesOn(LocalDate.of(1997, 5, 1)), "KING RUDOLF"));
    assertEquals("ORGANIZATION:RURELI", codesOf(actors.entriesOn(LocalDate.of(2003, 5, 1)), "KING RUDOLF"));
  }

  @Test
  void readsAgentsWithSubstitutionsAndPlurals() throws IOException {
    List<AgentEntry> agents = PetrarchAgentReader.read(fixture("small.agents.txt"), "small.agents.txt");
    String all = agents.stream().map(a -> a.phrase() + "=" + a.role()).collect(Collectors.joining(" | "));
    assertTrue(all.contains("PALACEGUARDSMAN=MIL"), all);
    assertTrue(all.contains("PALACEGUARDSMEN=MIL"), all);
    assertTrue(all.contains("HARBOUR MASTERS=GOV"), all);
    assertTrue(all.contains("FISHERMAN=CVL"), all);
    assertTrue(!all.contains("FISHERMEN") && !all.contains("FISHERMANS"), "{} makes no plural: " + all);
    assertTrue(!all.contains("HARBOUR MASTERSES") && !all.contains("PALACEGUARDSMANS"),
        "listed plurals and substituted forms get no regular plural: " + all);
    assertTrue(all.contains("BISHOPS=REL"), all);
  }

  @Test
  void aTildeAfterTheCodePutsItBeforeTheActorsCode() throws IOException {
    List<AgentEntry> agents = PetrarchAgentReader.read(new StringReader(
        "ALMONER [NGO~]\nSHERIFF [ ~COP]\nCOURIER [~MIL~]\n"), "tilde.agents");
    String all = agents.stream().map(a -> a.phrase() + "=" + a.role() + (a.before() ? "<" : ">"))
        .collect(Collectors.joining(" | "));
    assertEquals("ALMONER=NGO< | ALMONERS=NGO< | SHERIFF=COP> | SHERIFFS=COP> | COURIER=MIL> | COURIERS=MIL>", all);
  }

  @Test
  void theLenientReadersSkipTyposAndSayWhere() throws IOException {
    List<String> problems = new java.util.ArrayList<>();
    PetrarchActors a = PetrarchDictionaryReader.readActors(new StringReader(
        "+ORPHAN\nFREEDONIA [FRD]\n+FREEDONIAN\n[FRDGOV >2010050111]\nSYLVANIA [SYL]\n"), "typos.actors", problems::add);
    assertEquals(2, a.actors().size());
    assertEquals("COUNTRY:FRD", codesOf(a.entriesOn(LocalDate.of(2012, 1, 1)), "FREEDONIAN"));
    List<AgentEntry> g = PetrarchAgentReader.read(new StringReader("SENTRY [~MIL}\nSCRIBE [~GOV]\n"), "typos.agents",
        problems::add);
    assertEquals("SCRIBE,SCRIBES", g.stream().map(AgentEntry::phrase).collect(Collectors.joining(",")));
    assertEquals(List.of("typos.actors:1: a synonym or code before any actor",
        "typos.actors:4: unreadable code [FRDGOV >2010050111]", "typos.agents:1: not an agent entry: SENTRY [~MIL}"),
        problems);
  }

  @Test
  void malformedLinesNameTheirPlace() {
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchDictionaryReader.readActors(new StringReader("+SYNONYM_FIRST\n"), "bad.txt"));
    assertTrue(e.getMessage().startsWith("bad.txt:1:"), e.getMessage());
    e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchDictionaryReader.readActors(new StringReader("A [X 1999]\n"), "bad.txt"));
    assertTrue(e.getMessage().contains("unreadable code"), e.getMessage());
    e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchAgentReader.read(new StringReader("NO CODE HERE\n"), "bad.agents"));
    assertTrue(e.getMessage().startsWith("bad.agents:1:"), e.getMessage());
  }

  /** Found by PetrarchReadersFuzzTest: a line of only the exact-word marker made an actor with no phrase. */
  @Test
  void anActorLineWithNoWordsIsAProblemNotACrash() {
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchDictionaryReader.readActors(new StringReader("FREEDONIA [FRD]\n_ [XYZ]\n"), "bad.txt"));
    assertTrue(e.getMessage().startsWith("bad.txt:2: an actor with no words"), e.getMessage());
  }

  /** Found by PetrarchReadersFuzzTest (agents/agent-without-words): a plural of only "_" made a blank agent. */
  @Test
  void anAgentOrPluralWithNoWordsIsAProblemNotACrash() {
    for (String line : new String[] {"CLERK {_} [~GOV]\n", "_ [~GOV]\n"}) {
      DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
          () -> PetrarchAgentReader.read(new StringReader("SCRIBE [~GOV]\n" + line), "bad.agents"));
      assertTrue(e.getMessage().startsWith("bad.agents:2: an agent or plural with no words"), e.getMessage());
    }
  }

  /** Found by PetrarchReadersFuzzTest (actors/code-without-first-code): "[/]" has no code before the slash. */
  @Test
  void aCodeWithNothingBeforeTheSlashIsAProblemNotACrash() {
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
        () -> PetrarchDictionaryReader.readActors(new StringReader("FREEDONIA [/FRD]\n"), "bad.txt"));
    assertTrue(e.getMessage().startsWith("bad.txt:1: unreadable code [/FRD]"), e.getMessage());
  }
}
