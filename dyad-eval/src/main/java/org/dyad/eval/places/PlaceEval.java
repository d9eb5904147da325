package org.dyad.eval.places;

import java.util.List;
import java.util.function.Function;
import org.dyad.model.EntityMention;
import org.dyad.model.Place;

/**
 * Scores geocoding: for each gold place, the system's LOCATION or COUNTRY mention of that phrase
 * (its first occurrence in the text) must carry a place within 50 km of the truth (accuracy at
 * 50 km) and in the right country (country accuracy). A phrase that is not found, or found
 * without a place, counts as wrong on both.
 */
public final class PlaceEval {
  public static final double KM = 50;
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private PlaceEval() {}

  /** Runs {@code system} (text to entity mentions) over the cases. */
  public static PlaceReport run(List<PlaceGold.Case> cases, Function<String, List<EntityMention>> system) {
    PlaceReport report = new PlaceReport();
    for (PlaceGold.Case c : cases) {
      List<EntityMention> mentions = system.apply(c.text());
      for (PlaceGold.Expected e : c.places()) {
        report.add(e, found(c.text(), e.phrase(), mentions));
      }
    }
    return report;
  }

  private static Place found(String text, String phrase, List<EntityMention> mentions) {
    int at = text.indexOf(phrase);
    for (EntityMention m : mentions) {
      if (m.place() != null && m.start() <= at && m.end() >= at + phrase.length()) {
        return m.place();
      }
    }
    return null;
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
