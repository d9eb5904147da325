package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
  @Test
  void daysOfTimexValues() {
    assertEquals(LocalDate.of(2021, 8, 15), Days.of("2021-08-15"));
    assertEquals(LocalDate.of(2021, 8, 15), Days.of("2021-08-15T10:00"));
    assertEquals(LocalDate.of(2021, 8, 16), Days.of("2021-W33"));
    assertEquals(LocalDate.of(2021, 8, 1), Days.of("2021-08"));
    assertEquals(LocalDate.of(2021, 1, 1), Days.of("2021"));
    assertNull(Days.of("PAST_REF"));
    assertNull(Days.of("P20Y"));
    assertNull(Days.of("2021-02-30"));
    assertNull(Days.of(null));
  }

  @Test
  void actorCodesSplitIntoCountryAndRole() {
    assertEquals("RUS", ActorCodes.country("RUSGOV"));
    assertEquals("GOV", ActorCodes.role("RUSGOV"));
    assertNull(ActorCodes.country("GOV"));
    assertEquals("GOV", ActorCodes.role("GOV"));
    assertNull(ActorCodes.role("RUS"));
    assertNull(ActorCodes.country(null));
  }

  @Test
  void entityIdsAreStableAcrossSpellingsOfCaseAndAccents() {
    EntityMention a = new EntityMention(0, 9, "José Ruiz", "PERSON", "José Ruiz", null, null, null, null);
    EntityMention b = new EntityMention(0, 9, "JOSE RUIZ", "PERSON", "JOSE  RUIZ", null, null, null, null);
    assertEquals("person:jose-ruiz", EntityIds.of(a));
    assertEquals(EntityIds.of(a), EntityIds.of(b));
    assertEquals("country:rus", EntityIds.of(new EntityMention(0, 6, "Moscow", "COUNTRY", "Russia", null, null, "RUS", "RUSGOV")));
    assertEquals("organization:unnamed", EntityIds.of("ORGANIZATION", "—"));
  }

  @Test
  void dyadsAndFiltersRefuseBadInput() {
    assertEquals("AFG:RUS", Dyad.parse(" afg:rus ", false).toString());
    assertThrows(IllegalArgumentException.class, () -> Dyad.parse("AFG", false));
    assertThrows(IllegalArgumentException.class, () -> Dyad.parse("AF:RUS", false));
    assertThrows(IllegalArgumentException.class, () -> Dyad.parse("AFG:RUS'; DROP TABLE events", false));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.of(null, null, null, "03%", null, 10));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.of(null, null, null, null, "maybe", 10));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.of(null, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1), null, null, 10));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.all(0));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.all(10).quadClasses(java.util.Set.of(5)));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.all(10).page(-1, 10));
  }
}
