package org.dyad.eval.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.eval.run.Figure;
import org.dyad.model.Place;

/** Counts of a geocoding run and the places it got wrong. */
public final class PlaceReport {
  private int total;
  private int found;
  private int within;
  private int country;
  private final List<String> errors = new ArrayList<>();

  void add(PlaceGold.Expected e, Place p) {
    total++;
    if (p == null) {
      errors.add(e.phrase() + " (" + e.country() + "): no place");
      return;
    }
    found++;
    double km = PlaceEval.km(e.lat(), e.lon(), p.lat(), p.lon());
    boolean near = km <= PlaceEval.KM;
    boolean sameCountry = p.country().equals(e.country());
    within += near ? 1 : 0;
    country += sameCountry ? 1 : 0;
    if (!near || !sameCountry) {
      errors.add(String.format(Locale.ROOT, "%s (%s): %s, %s, %.0f km off", e.phrase(), e.country(), p.name(),
          p.country(), km));
    }
  }

  public int total() {
    return total;
  }

  public double accuracyAt50Km() {
    return total == 0 ? 0 : (double) within / total;
  }

  public double countryAccuracy() {
    return total == 0 ? 0 : (double) country / total;
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** The headline figures: accuracy at 50 km and country accuracy. */
  public List<Figure> figures() {
    return List.of(new Figure("accuracy at 50 km", accuracyAt50Km(), within + "/" + total),
        new Figure("country accuracy", countryAccuracy(), country + "/" + total));
  }

  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "places: %d, with a place: %d%n", total, found));
    b.append(String.format(Locale.ROOT, "accuracy at %.0f km: %.3f (%d/%d)%n", PlaceEval.KM, accuracyAt50Km(), within, total));
    b.append(String.format(Locale.ROOT, "country accuracy:   %.3f (%d/%d)%n", countryAccuracy(), country, total));
    if (!errors.isEmpty()) {
      b.append("wrong:").append(System.lineSeparator());
      errors.forEach(e -> b.append("  ").append(e).append(System.lineSeparator()));
    }
    return b.toString();
  }
}
