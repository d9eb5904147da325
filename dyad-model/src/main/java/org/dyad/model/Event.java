package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * A coded dyadic event.
 *
 * @param target null for events without a target
 * @param code CAMEO code such as {@code 036}
 * @param root the two-digit CAMEO root ({@code 03})
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover the PLOVER category
 * @param date TIMEX3 value of the event date, or null
 * @param dateSource {@code text} when a date expression attached to the verb gives the date,
 *     {@code article} when the article date stands in, null when there is no date
 * @param modality asserted, negated, intended, hypothetical or reported
 * @param start start of the evidence span in the cleaned text
 * @param end end of the evidence span (exclusive)
 * @param place the action place: the place attached to the event's verb in the parse, or null (the
 *     dateline is the article's place and is never used here)
 * @param tone the VADER compound score of the evidence span (-1 to +1), or null when not scored
 * @param lexicon the lexicon entry that coded the event, {@code file:line} of Dyad's verb or noun
 *     patterns ("verb-patterns.tsv:57", "lexicon-verbs.tsv:812"), or null when no entry did (a
 *     statement, a user's dictionary): for counting hits and errors per entry
 */
public record Event(
    ActorRef source,
    ActorRef target,
    String code,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    String date,
    String dateSource,
    String modality,
    int start,
    int end,
    Place place,
    Double tone,
    String lexicon) {
  /** An event without an action place (before geocoding). */
  public Event(ActorRef source, ActorRef target, String code, String root, int quadClass, double goldstein,
      String plover, String date, String dateSource, String modality, int start, int end) {
    this(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, null, null, null);
  }

  /** An event with an action place, not scored for tone (yet). */
  public Event(ActorRef source, ActorRef target, String code, String root, int quadClass, double goldstein,
      String plover, String date, String dateSource, String modality, int start, int end, Place place) {
    this(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, place, null, null);
  }

  /** An event with an action place and a tone, from no lexicon entry. */
  public Event(ActorRef source, ActorRef target, String code, String root, int quadClass, double goldstein,
      String plover, String date, String dateSource, String modality, int start, int end, Place place, Double tone) {
    this(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, place, tone, null);
  }

  /** This event with another action place. */
  public Event withPlace(Place p) {
    return new Event(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, p, tone, lexicon);
  }

  /** This event with a tone. */
  public Event withTone(Double value) {
    return new Event(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, place, value, lexicon);
  }

  /** This event as coded by a lexicon entry. */
  public Event withLexicon(String entry) {
    return new Event(source, target, code, root, quadClass, goldstein, plover, date, dateSource, modality, start, end, place, tone, entry);
  }

  public Event {
    requireNonNull(source, "source is null");
    requireNonNull(code, "code is null");
    requireNonNull(root, "root is null");
    requireNonNull(modality, "modality is null");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quadClass out of 1..4: " + quadClass);
    }
    Spans.check(start, end);
    if (tone != null) {
      Spans.checkTone(tone);
    }
  }
}
