package org.dyad.store;

import static java.util.Objects.requireNonNull;

/**
 * One judgement of one coded quote, as an analyst gives it. Every part is checked here, whoever sends it.
 *
 * @param part what is wrong: required with {@link Verdict#WRONG}, absent otherwise
 * @param speaker who said it instead: required with {@link Verdict#CORRECTED} (1 to 120 characters, no control
 *     characters), absent otherwise
 * @param speakerActor the corrected speaker's actor code by its grammar ({@code RUSGOV}), or null; only with a speaker
 * @param analyst the name the analyst gives (1 to 80 characters, no control characters)
 */
public record QuoteReview(QuoteKey quote, Verdict verdict, QuotePart part, String speaker, String speakerActor, String analyst) {
  public QuoteReview {
    requireNonNull(quote, "quote is null");
    requireNonNull(verdict, "verdict is null");
    if ((verdict == Verdict.WRONG) != (part != null)) {
      throw new IllegalArgumentException("part: a wrong verdict says which part is wrong, and only a wrong verdict does");
    }
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
    speakerActor = Correction.actor(speakerActor == null || speakerActor.isBlank() ? null : speakerActor.strip(), "speakerActor");
    if ((verdict == Verdict.CORRECTED) != (speaker != null)) {
      throw new IllegalArgumentException("speaker: a corrected verdict names the speaker, and only a corrected verdict does");
    }
    if (speaker == null && speakerActor != null) {
      throw new IllegalArgumentException("speakerActor: an actor code comes with a speaker's name");
    }
    if (speaker != null && (speaker.length() > 120 || speaker.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("speaker: want a name of 1 to 120 characters without control characters");
    }
    analyst = Review.analyst(analyst);
  }
}
