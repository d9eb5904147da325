package org.dyad.cli;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.dyad.core.quotes.QuoteKind;
import org.dyad.core.quotes.StatementRow;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.store.ActorCodes;
import org.dyad.store.QuoteRow;

/**
 * One statement as {@code dyad quotes} lists it, the same from the store and from {@code analyze}
 * output: a table row, or with {@code --json} this record as a JSON line.
 *
 * @param date the statement's date (TIMEX3 value), else the article date, or null
 * @param speaker who said it, or null when unsure
 * @param kind {@code direct}, {@code partial} or {@code indirect} ({@link QuoteKind})
 * @param start offset of the statement in the article's cleaned text
 * @param end offset after it
 * @param tone the VADER compound of the statement (-1 to +1), or null when not scored
 * @param articleId the article's key in the store, or its id in {@code analyze} output
 */
record QuoteLine(String date, Who speaker, String cue, String text, String kind, int start, int end, Double tone,
    String articleId, String title) {
  QuoteLine {
    requireNonNull(text, "text is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(articleId, "articleId is null");
  }

  /**
   * A speaker as listed.
   *
   * @param role the title seen with the name ("spokesman"), or null
   * @param country the ISO country its actor code starts with ({@code RUS} of {@code RUSGOV}), or null
   * @param actor the CAMEO-style actor code, or null
   */
  record Who(String name, String role, String country, String actor) {
    static Who of(String name, String role, String actor) {
      return name == null ? null : new Who(name, role, ActorCodes.country(actor), actor);
    }

    @Override
    public String toString() {
      return name + (role == null ? "" : " (" + role + ")") + (actor == null ? "" : " [" + actor + "]");
    }
  }

  /** A statement found in {@code analyze} output. */
  static QuoteLine of(StatementRow r) {
    Quote q = r.quote();
    Speaker s = q.speaker();
    Who who = s == null ? null : Who.of(s.name(), s.title(), s.actor());
    return new QuoteLine(r.date(), who, q.cue(), q.text(), QuoteKind.of(q.direct(), q.text()).label(), q.start(), q.end(),
        q.tone(), r.articleId(), r.title());
  }

  /** A stored statement; its calendar day stands in for a missing date, as the article date does in {@link #of(StatementRow)}. */
  static QuoteLine of(QuoteRow q) {
    String date = q.date() != null ? q.date() : q.day() == null ? null : q.day().toString();
    return new QuoteLine(date, Who.of(q.speaker(), q.speakerTitle(), q.speakerActor()), q.cue(), q.text(),
        QuoteKind.of(q.direct(), q.text()).label(), q.start(), q.end(), q.tone(), q.articleKey(), q.title());
  }

  static TextTable table() {
    return new TextTable("date:10", "speaker:40", "kind:8", "cue:14", "text:80", "tone:5", "title:30", "article:64");
  }

  /** The table cells: a direct quote in quotation marks, the tone with its sign or "-" when not scored. */
  Object[] cells() {
    return new Object[] {date == null ? "-" : date, speaker == null ? "(unknown)" : speaker, kind, cue == null ? "-" : cue,
        kind.equals("direct") ? "\u201C" + text + "\u201D" : text, tone == null ? "-" : String.format(Locale.ROOT, "%+.2f", tone),
        title == null ? "-" : title, articleId};
  }
}
