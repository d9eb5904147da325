package org.dyad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  private static final Geocoder GEO = Geocoder.standard();

  private static String resolve(String name, PlaceContext context) {
    PlaceEntry e = GEO.resolve(name, null, context);
    return e == null ? null : e.level() + " " + e.name() + " " + e.country3();
  }

  @Test
  void aCapitalBeatsSmallPlacesOfTheSameName() {
    PlaceEntry kabul = GEO.resolve("Kabul", null, PlaceContext.NONE);
    assertEquals(1138958L, kabul.geonamesId());
    assertEquals("AFG", kabul.country3());
    assertTrue(kabul.capital());
  }

  @Test
  void georgiaIsTheCountryUnlessTheArticleIsAboutTheUnitedStates() {
    assertEquals("COUNTRY Georgia GEO", resolve("Georgia", PlaceContext.NONE));
    assertEquals("COUNTRY Georgia GEO", resolve("Georgia", new PlaceContext(Set.of("RUS"), null)));
    assertEquals("DIVISION Georgia USA", resolve("Georgia", new PlaceContext(Set.of("USA"), null)));
  }

  @Test
  void alternateNamesAccentsAndCaseAreFound() {
    assertEquals("CITY Kyiv UKR", resolve("Kiev", PlaceContext.NONE));
    assertEquals("CITY Kyiv UKR", resolve("KYIV", PlaceContext.NONE));
    assertEquals("CITY Bogotá COL", resolve("Bogota", PlaceContext.NONE));
  }

  @Test
  void theDatelineTipsASharedName() {
    assertEquals("FRA", GEO.resolve("Paris", null, PlaceContext.NONE).country3());
    assertEquals("USA", GEO.resolve("Paris", null, new PlaceContext(Set.of("USA"), "USA")).country3());
  }

  @Test
  void countriesCarryCoordinatesAndNoGeoNamesId() {
    PlaceEntry afg = GEO.index().country("AFG");
    assertEquals("Afghanistan", afg.name());
    assertNull(afg.toPlace().geonamesId());
    assertTrue(afg.lat() > 29 && afg.lat() < 39 && afg.lon() > 60 && afg.lon() < 75);
  }

  @Test
  void unknownNamesHaveNoPlace() {
    assertNull(GEO.resolve("Qwertzuiopville", null, PlaceContext.NONE));
  }
}
