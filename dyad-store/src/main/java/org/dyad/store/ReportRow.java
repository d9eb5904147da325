package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Place;

/**
 * One event as told by every stored report of it: the articles that code it and their syndicated
 * copies ({@code mentions} counts both, like GDELT's NumMentions but per event), with the id and
 * evidence and action place (null when none) of the report that stands for them (the one with the
 * most specific actor codes).
 */
public record ReportRow(LocalDate day, String date, String sourceName, String sourceActor, String targetName,
    String targetActor, String code, int quadClass, double goldstein, String modality, int mentions,
    List<String> articleKeys, long eventId, String evidence,
    Place place) {
  public ReportRow {
    articleKeys = List.copyOf(articleKeys);
  }
}
