package org.dyad.store;

import static java.util.Objects.requireNonNull;

/**
 * One judgement of one coded event, as an analyst gives it.
 *
 * @param part what is wrong: required with {@link Verdict#WRONG}, absent otherwise
 * @param correction what is right instead: required with {@link Verdict#CORRECTED}, absent otherwise
 * @param analyst the name the analyst gives (1 to 80 characters, no control characters)
 */
public record Review(EventKey event, Verdict verdict, WrongPart part, Correction correction, String analyst) {
  public Review {
    requireNonNull(event, "event is null");
    requireNonNull(verdict, "verdict is null");
    if ((verdict == Verdict.WRONG) != (part != null)) {
      throw new IllegalArgumentException("part: a wrong verdict says which part is wrong, and only a wrong verdict does");
    }
    if ((verdict == Verdict.CORRECTED) != (correction != null)) {
      throw new IllegalArgumentException("correction: a corrected verdict gives the correction, and only a corrected verdict does");
    }
    analyst = analyst(analyst);
  }

  /** The analyst's name, stripped; refused unless 1 to 80 characters without control characters. */
  static String analyst(String name) {
    String a = name == null ? "" : name.strip();
    if (a.isEmpty() || a.length() > 80 || a.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("analyst: want a name of 1 to 80 characters without control characters");
    }
    return a;
  }
}
