package org.dyad.core.entities.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.TsvTableAccess;
import org.junit.jupiter.api.Test;

/** The agent converter keeps nouns of people and groups with a role Dyad codes, in Dyad's role-table format. */
class PhoenixAgentConverterTest {
  /** A stand-in for WordNet: the readings of the test's nouns. */
  private static final Map<String, PhoenixAgentConverter.Reading> SENSES = Map.of(
      "herdsman", new PhoenixAgentConverter.Reading(true, false, false, "herdsman"),
      "herdsmen", new PhoenixAgentConverter.Reading(true, true, false, "herdsman"),
      "grain board", new PhoenixAgentConverter.Reading(false, false, false, "grain board"),
      "smith", new PhoenixAgentConverter.Reading(true, false, true, "smith"),
      "smiths", new PhoenixAgentConverter.Reading(true, true, true, "smith"),
      "thief", new PhoenixAgentConverter.Reading(true, false, false, "thief"),
      "spokesmen", new PhoenixAgentConverter.Reading(true, true, false, "spokesman"));

  private static List<PhoenixAgentConverter.Row> convert(String agents, List<String> dropped) throws Exception {
    return new PhoenixAgentConverter(EntityDictionaries.own(), SENSES::get)
        .convert(PetrarchAgentReader.read(new StringReader(agents), "test.agents"), dropped::add);
  }

  @Test
  void keepsPeopleAndGroupsWithDyadsRoles() throws Exception {
    List<String> dropped = new ArrayList<>();
    List<PhoenixAgentConverter.Row> rows = convert("""
        HERDSMAN {HERDSMEN} [~AGRMIL]
        GRAIN_BOARD {} [~GOV]
        HARVEST_FESTIVAL [~AGR]
        THIEF {} [~CRM]
        AID_AGENCY {} [NGO~]
        SMITH [~BUS]
        AMBASSADOR [~GOV]
        MINISTER_OF_STATE_FOR_THE_GRAIN_AND_CATTLE_TRADE {} [~GOV]
        SPOKESMEN {} [~MED]
        """, dropped);
    assertEquals("herdsman AGR title,group|herdsmen AGR group|grain board GOV group|smiths BUS group|spokesmen GOV group",
        rows.stream().map(r -> r.phrase() + " " + r.role() + " " + r.kinds()).collect(Collectors.joining("|")),
        String.join("\n", dropped));
    String why = String.join("\n", dropped);
    assertTrue(why.contains("harvest festival\tdenotes no person or group"), why);
    assertTrue(why.contains("thief\ta role Dyad does not code"), why);
    assertTrue(why.contains("aid agency\tcode goes before"), why);
    assertTrue(why.contains("smith\talso a name"), why);
    assertTrue(why.contains("ambassador\tin Dyad's own role words or state bodies"), why);
    assertTrue(why.contains("minister of state for the grain and cattle trade\tnot one to four words"), why);
  }

  @Test
  void aPhraseGivenTwoRolesIsLeftOut() throws Exception {
    List<String> dropped = new ArrayList<>();
    List<PhoenixAgentConverter.Row> rows = convert("HERDSMAN {} [~AGR]\nHERDSMAN {} [~MIL]\nGRAIN_BOARD {} [~GOV]\n", dropped);
    assertEquals(List.of("grain board"), rows.stream().map(PhoenixAgentConverter.Row::phrase).toList());
    assertEquals(List.of("herdsman\tgiven different roles"), dropped);
  }

  @Test
  void theTableIsWhatTheEntityStageReads() throws Exception {
    StringWriter w = new StringWriter();
    PhoenixAgentConverter.write(convert("HERDSMAN {HERDSMEN} [~AGR]\n", new ArrayList<>()), List.of("test"), w);
    assertEquals(List.of("herdsman", "herdsmen"), TsvTableAccess.rolePhrases(w.toString()));
  }
}
