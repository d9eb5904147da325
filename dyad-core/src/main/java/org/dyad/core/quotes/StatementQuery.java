package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/**
 * Which statements to list: those of one speaker and/or about one actor; a null criterion lets every
 * statement through. A speaker matches by a case-insensitive part of its name or by its actor code
 * ({@code RUSGOV}). A statement is about an actor when its text mentions an entity with that actor
 * code or country ({@code RUS} takes in {@code RUSGOV}), or when an event found inside it targets one.
 * Pure, so a store can apply it to the articles it holds.
 */
public record StatementQuery(String speaker, String about) {
  public StatementQuery {
    speaker = blankToNull(speaker);
    about = blankToNull(about);
  }

  /** The matching statements of one article, in text order. */
  public List<StatementRow> select(AnalyzedArticle article) {
    List<StatementRow> out = new ArrayList<>();
    for (Quote q : article.quotes()) {
      if (bySpeaker(q.speaker()) && isAbout(article, q)) {
        out.add(StatementRow.of(article, q));
      }
    }
    return out;
  }

  boolean bySpeaker(Speaker s) {
    if (speaker == null) {
      return true;
    }
    if (s == null) {
      return false;
    }
    String wanted = speaker.toLowerCase(Locale.ROOT);
    return s.name().toLowerCase(Locale.ROOT).contains(wanted) || (s.actor() != null && s.actor().equalsIgnoreCase(speaker));
  }

  boolean isAbout(AnalyzedArticle article, Quote q) {
    if (about == null) {
      return true;
    }
    for (EntityMention e : article.entities()) {
      if (e.start() >= q.start() && e.end() <= q.end() && (actorMatches(e.actor()) || actorMatches(e.country()))) {
        return true;
      }
    }
    for (Event e : article.events()) {
      if (e.target() != null && e.start() < q.end() && q.start() < e.end() && actorMatches(e.target().actor())) {
        return true;
      }
    }
    return false;
  }

  /** An exact code, or a longer code that starts with the wanted country code. */
  boolean actorMatches(String code) {
    if (code == null) {
      return false;
    }
    String c = code.toUpperCase(Locale.ROOT);
    String wanted = about.toUpperCase(Locale.ROOT);
    return c.equals(wanted) || (wanted.length() == 3 && c.startsWith(wanted));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
