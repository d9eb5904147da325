package org.dyad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Dateline;
import org.dyad.model.EntityMention;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  private static final PlaceResolver RESOLVER = new PlaceResolver(Geocoder.standard());

  /** Places of the mentions as "name country kind", one per mention. */
  private static List<String> places(String text, Dateline dateline, String... typedNames) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < typedNames.length; i += 3) {
      int at = text.indexOf(typedNames[i]);
      mentions.add(new EntityMention(at, at + typedNames[i].length(), typedNames[i], typedNames[i + 1], typedNames[i],
          null, null, typedNames[i + 2].isEmpty() ? null : typedNames[i + 2], null));
    }
    CleanedArticle a = new CleanedArticle("t", null, null, null, null, dateline, text, "en", List.of());
    List<String> out = new ArrayList<>();
    for (EntityMention m : RESOLVER.resolve(a, mentions)) {
      Place p = m.place();
      out.add(p == null ? "-" : p.name() + " " + p.country() + " " + p.kind());
    }
    return out;
  }

  @Test
  void georgiaFollowsTheArticlesOtherPlaces() {
    assertEquals(List.of("Georgia USA division", "Atlanta USA city"),
        places("Voters in Georgia queued in Atlanta.", null, "Georgia", "COUNTRY", "GEO", "Atlanta", "LOCATION", ""));
    assertEquals(List.of("Georgia GEO country", "Tbilisi GEO city"),
        places("Georgia's leaders met in Tbilisi.", null, "Georgia", "COUNTRY", "GEO", "Tbilisi", "LOCATION", ""));
  }

  @Test
  void aPlaceWrittenWithItsContainerLiesInIt() {
    assertEquals(List.of("Paris USA city", "Texas USA division"),
        places("Storms hit Paris, Texas.", null, "Paris", "LOCATION", "", "Texas", "LOCATION", ""));
    assertEquals(List.of("Paris FRA city"), places("Storms hit Paris.", null, "Paris", "LOCATION", ""));
  }

  @Test
  void theDatelineIsContextAndPeopleGetNoPlace() {
    assertEquals("USA", RESOLVER.datelineCountry(new CleanedArticle("t", null, null, null, null,
        new Dateline("WASHINGTON", "WASHINGTON (AP) --"), "x", "en", List.of())));
    assertEquals(List.of("-"), places("Ann Smith spoke.", null, "Ann Smith", "PERSON", ""));
  }

  @Test
  void aCapitalStandingForItsGovernmentLiesInTheCapital() {
    String text = "Moscow said it would help.";
    EntityMention moscow = new EntityMention(0, 6, "Moscow", "COUNTRY", "Russia", null, null, "RUS", "RUS");
    CleanedArticle a = new CleanedArticle("t", null, null, null, null, null, text, "en", List.of());
    Place p = RESOLVER.resolve(a, List.of(moscow)).get(0).place();
    assertEquals("Moscow RUS city", p.name() + " " + p.country() + " " + p.kind());
    assertNull(RESOLVER.datelineCountry(a));
  }
}
