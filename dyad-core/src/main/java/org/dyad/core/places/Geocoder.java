package org.dyad.core.places;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.dyad.core.places.PlaceEntry.Level;

/**
 * Picks the place a name means among the gazetteer's places of that name. Each candidate scores
 * the log of its population, more when it is a country (a country's name usually means the
 * country) or a capital, less when it is a division, and more when its country is one the article names, the dateline's, or
 * the one the entity stage gave the mention. Kabul is the capital, not a village of that name;
 * Georgia is the country unless the article is about the United States.
 */
public final class Geocoder {
  static final double COUNTRY_BONUS = 1.0;
  static final double CAPITAL_BONUS = 1.5;
  /** A division's population is the sum of its cities: a city of the same name is usually meant (Washington). */
  static final double DIVISION_PENALTY = 1.0;
  static final double ARTICLE_COUNTRY = 3.0;
  static final double DATELINE_COUNTRY = 1.5;
  static final double HINTED_COUNTRY = 1.0;
  /** For a place named with its container ("Paris, Texas", "London, Ontario"). */
  static final double CONTAINED = 5.0;

  private final Supplier<PlaceIndex> index;

  public Geocoder(PlaceIndex index) {
    requireNonNull(index, "index is null");
    this.index = () -> index;
  }

  private Geocoder(Supplier<PlaceIndex> index) {
    this.index = index;
  }

  /** A geocoder over the packed GeoNames data, loaded on first use (a clean-only run never loads it). */
  public static Geocoder standard() {
    return new Geocoder(PlaceIndex::standard);
  }

  public PlaceIndex index() {
    return index.get();
  }

  /**
   * The best place for a name, or null when the gazetteer has none.
   *
   * @param hint alpha-3 code of the country the entity stage gave the mention, or null
   */
  public PlaceEntry resolve(String name, String hint, PlaceContext context) {
    return resolve(name, hint, context, null);
  }

  /** The best place for a name written with its container ("Paris, Texas"), or null. */
  public PlaceEntry resolve(String name, String hint, PlaceContext context, PlaceEntry container) {
    List<PlaceEntry> candidates = index.get().lookup(name);
    PlaceEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PlaceEntry e : candidates) {
      double s = score(e, hint, context) + (container != null && within(e, container) ? CONTAINED : 0);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  static boolean within(PlaceEntry e, PlaceEntry container) {
    return e != container && e.country3().equals(container.country3())
        && (container.level() != Level.DIVISION || e.admin1().equals(container.admin1()));
  }

  static double score(PlaceEntry e, String hint, PlaceContext context) {
    double s = Math.log10(1.0 + e.population());
    s += e.level() == Level.COUNTRY ? COUNTRY_BONUS : 0;
    s += e.capital() ? CAPITAL_BONUS : 0;
    s -= e.level() == Level.DIVISION ? DIVISION_PENALTY : 0;
    s += context.countries().contains(e.country3()) ? ARTICLE_COUNTRY : 0;
    s += e.country3().equals(context.datelineCountry()) ? DATELINE_COUNTRY : 0;
    s += e.country3().equals(hint) ? HINTED_COUNTRY : 0;
    return s;
  }
}
