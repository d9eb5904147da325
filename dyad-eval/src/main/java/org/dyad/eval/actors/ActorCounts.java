package org.dyad.eval.actors;

import java.util.List;
import org.dyad.eval.run.Figure;

/**
 * Actor-code counts over sentences with gold events; codes are counted once per sentence.
 *
 * @param gold distinct gold source/target codes
 * @param goldFound of those, codes Dyad gives some entity of the sentence
 * @param goldCountries distinct gold country parts (the unknown country {@code ---} left out)
 * @param countriesFound of those, country parts of some Dyad code of the sentence
 * @param dyad distinct actor codes Dyad gives the sentence's entities
 * @param dyadInGold of those, codes among the gold codes
 * @param dyadCountryInGold of those, codes whose country part is a gold country part
 */
public record ActorCounts(int sentences, int gold, int goldFound, int goldCountries, int countriesFound, int dyad,
    int dyadInGold, int dyadCountryInGold) {
  public static final ActorCounts EMPTY = new ActorCounts(0, 0, 0, 0, 0, 0, 0, 0);

  public ActorCounts {
    if (sentences < 0 || goldFound < 0 || goldFound > gold || countriesFound < 0 || countriesFound > goldCountries
        || dyadInGold < 0 || dyadInGold > dyad || dyadCountryInGold < 0 || dyadCountryInGold > dyad) {
      throw new IllegalArgumentException("inconsistent counts");
    }
  }

  public ActorCounts plus(ActorCounts o) {
    return new ActorCounts(sentences + o.sentences, gold + o.gold, goldFound + o.goldFound,
        goldCountries + o.goldCountries, countriesFound + o.countriesFound, dyad + o.dyad, dyadInGold + o.dyadInGold,
        dyadCountryInGold + o.dyadCountryInGold);
  }

  static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** The headline figures: gold codes and countries found, Dyad's codes in the gold. */
  public List<Figure> figures() {
    return List.of(figure("gold codes found", goldFound, gold), figure("gold countries found", countriesFound, goldCountries),
        figure("Dyad codes in the gold", dyadInGold, dyad), figure("Dyad countries in the gold", dyadCountryInGold, dyad));
  }

  private static Figure figure(String name, int part, int whole) {
    return new Figure(name, share(part, whole), part + "/" + whole);
  }

  /** A plain-text table of the shares. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(java.util.Locale.ROOT, "Actor codes: %d sentences with gold events%n", sentences));
    line(b, "gold codes found (full code)", goldFound, gold);
    line(b, "gold countries found", countriesFound, goldCountries);
    line(b, "Dyad codes in the gold (full code)", dyadInGold, dyad);
    line(b, "Dyad codes in the gold (country)", dyadCountryInGold, dyad);
    return b.toString();
  }

  private static void line(StringBuilder b, String name, int part, int whole) {
    b.append(String.format(java.util.Locale.ROOT, "%-36s %4d of %4d  %.3f%n", name, part, whole, share(part, whole)));
  }
}
