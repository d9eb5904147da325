package org.dyad.eval.quotes;

import org.dyad.eval.timex.Score;

/**
 * Counts of one setting.
 *
 * @param matched one-to-one content matches
 * @param speakerCorrect matched pairs whose speaker span overlaps the gold source (or both have none)
 * @param speakerRelaxed the same, also accepting a predicted name contained in the gold source text or
 *     containing it
 */
public record Counts(int gold, int system, int matched, int speakerCorrect, int speakerRelaxed) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  public Counts {
    if (gold < 0 || system < 0 || matched < 0 || matched > Math.min(gold, system)
        || speakerCorrect < 0 || speakerCorrect > speakerRelaxed || speakerRelaxed > matched) {
      throw new IllegalArgumentException("inconsistent counts " + gold + "/" + system + "/" + matched + "/"
          + speakerCorrect + "/" + speakerRelaxed);
    }
  }

  public Counts plus(Counts o) {
    return new Counts(gold + o.gold, system + o.system, matched + o.matched,
        speakerCorrect + o.speakerCorrect, speakerRelaxed + o.speakerRelaxed);
  }

  public Score content() {
    return Score.of(matched, system, gold);
  }

  /** Speaker accuracy on matched pairs; 0 without matches. */
  public double speakerAccuracy() {
    return matched == 0 ? 0 : (double) speakerCorrect / matched;
  }

  public double speakerRelaxedAccuracy() {
    return matched == 0 ? 0 : (double) speakerRelaxed / matched;
  }
}
