package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.Place;

/**
 * One event as every event output gives it (the store's rows, merged or not, {@code dyad events FILE.jsonl},
 * the API): the fields of an article's {@code events[]} item, plus where it was read and how often it was told.
 *
 * @param id the store's event id (GDELT's GLOBALEVENTID), or null for events read from {@code analyze} output
 * @param article the store key of the article (or its {@code id} in a file) that stands for the event
 * @param day the calendar day it is filed under: its own date (a week or month stands for its first day), else the article's
 * @param codeName the CAMEO name of {@code code} ("Make an appeal or request"), or null for a code the codebook lacks
 * @param start start of the evidence span in the article's cleaned text
 * @param end end of the evidence span (exclusive)
 * @param evidence the evidence text, {@code text[start, end)}
 * @param place the action place, or the article's dateline place when the text names none (see {@code placeSource}), or null
 * @param placeSource {@code text} (the place attached to the event in the text), {@code dateline} (the article's
 *     dateline place standing in, as GDELT falls back to a coarser place), or null when there is no place
 * @param tone the VADER compound of the evidence span, or null when not scored
 * @param lexicon the lexicon entry that coded the event ({@code file:line}), or null
 * @param mentions how many reports tell it: each reporting article once, plus once per stored copy of it
 * @param articles the reporting articles' keys (or ids), each once, in order of first report
 */
public record EventRow(Long id, String article, String title, String url, LocalDate day, String date, String dateSource,
    ActorRef source, ActorRef target, String code, String codeName, String root, int quadClass, double goldstein,
    String plover, String modality, int start, int end, String evidence, Place place, String placeSource, Double tone,
    String lexicon, int mentions, List<String> articles) {
  public EventRow {
    requireNonNull(article, "article is null");
    requireNonNull(source, "source is null");
    requireNonNull(code, "code is null");
    requireNonNull(modality, "modality is null");
    articles = List.copyOf(articles);
    if ((place == null) != (placeSource == null)) {
      throw new IllegalArgumentException("a place needs its source and a source its place: " + place + " / " + placeSource);
    }
    if (mentions < 1 || articles.isEmpty()) {
      throw new IllegalArgumentException("an event is told at least once, in an article");
    }
  }

  /** This event as told by more reports. */
  EventRow told(int times, List<String> by) {
    return new EventRow(id, article, title, url, day, date, dateSource, source, target, code, codeName,
        root, quadClass, goldstein, plover, modality, start, end, evidence, place, placeSource, tone, lexicon, times, by);
  }
}
