package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.ActorRef;
import org.junit.jupiter.api.Test;

class VisitsTest {
  @Test
  void officialsAndOrganisationsVisit() {
    assertTrue(Visits.isVisitor(new ActorRef("the Jordanian foreign minister", "JORGOV")));
    assertTrue(Visits.isVisitor(new ActorRef("the opposition leader", "GEOOPP")));
    assertTrue(Visits.isVisitor(new ActorRef("the UN envoy", "IGOUNO")));
  }

  @Test
  void populationsAndCountriesDoNot() {
    assertFalse(Visits.isVisitor(new ActorRef("Afghans", "AFG")));
    assertFalse(Visits.isVisitor(new ActorRef("Syrian refugees", "SYRREF")));
    assertFalse(Visits.isVisitor(new ActorRef("Chinese students", "CHNEDU")));
  }
}
