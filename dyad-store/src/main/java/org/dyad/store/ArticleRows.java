package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.ArticleTone;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.GdeltTone;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/** Writes one analysed article and everything found in it as rows of the store's tables. */
final class ArticleRows {
  private static final String ARTICLE = "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String ENTITY = "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String QUOTE = "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String EVENT = "INSERT INTO events VALUES (nextval('event_ids'),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  private ArticleRows() {
  }

  static void write(Connection db, String key, String origin, AnalyzedArticle a, Timestamp now) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(ARTICLE)) {
      Params p = new Params(ps);
      p.str(key).str(a.id()).str(origin).str(a.url()).str(a.source()).str(a.title()).date(a.published())
          .str(a.dateline() == null ? null : a.dateline().place()).str(a.text()).str(ArticleJson.line(a));
      ps.setTimestamp(11, now);
      tone(new Params(ps, 12), a.tone());
      ps.executeUpdate();
    }
    entities(db, key, a.entities());
    quotes(db, key, a);
    events(db, key, a);
  }

  /** The article's VADER compound and GDELT tone, positive, negative, polarity and word count, or nulls. */
  private static void tone(Params p, ArticleTone tone) throws SQLException {
    GdeltTone g = tone == null ? null : tone.gdelt();
    p.dbl(tone == null ? null : tone.compound()).dbl(g == null ? null : g.tone()).dbl(g == null ? null : g.positive())
        .dbl(g == null ? null : g.negative()).dbl(g == null ? null : g.polarity()).num(g == null ? null : g.words());
  }

  /** A syndicated or edited copy of a stored article: one more mention of it. */
  static void writeCopy(Connection db, String key, String articleKey, AnalyzedArticle a, String origin, Timestamp now) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)")) {
      new Params(ps).str(key).str(articleKey).str(a.id()).str(origin).str(a.url()).str(a.source()).date(a.published());
      ps.setTimestamp(8, now);
      ps.executeUpdate();
    }
  }

  /** An input without text, with the reasons; a later run that meets the same input again replaces the record. */
  static void writeFailure(Connection db, AnalyzedArticle a, String origin, Timestamp now) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO failures VALUES (?,?,?,?)")) {
      new Params(ps).str(origin).str(a.id()).str(Corpus.issuesJson(a));
      ps.setTimestamp(4, now);
      ps.executeUpdate();
    }
  }

  private static void entities(Connection db, String key, List<EntityMention> entities) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(ENTITY)) {
      int n = 0;
      for (EntityMention e : entities) {
        new Params(ps).str(key).num(n++).str(EntityIds.of(e)).num(e.start()).num(e.end()).str(e.text()).str(e.type())
            .str(e.name()).str(e.title()).str(e.affiliation()).str(e.country()).str(e.actor()).place(e.place())
            .str(e.countryFrom());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void quotes(Connection db, String key, AnalyzedArticle a) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(QUOTE)) {
      int n = 0;
      for (Quote q : a.quotes()) {
        Speaker s = q.speaker();
        new Params(ps).str(key).num(n++).num(q.start()).num(q.end()).str(q.text()).bool(q.direct()).str(q.cue())
            .str(s == null ? null : s.name()).str(s == null ? null : speakerEntity(a, s))
            .str(s == null ? null : s.actor()).str(s == null ? null : s.title())
            .str(q.date()).str(q.dateSource()).date(day(q.date(), a.published())).dbl(q.tone());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The events, each with its action place or, when the text names none, its article's dateline place (and which it is). */
  private static void events(Connection db, String key, AnalyzedArticle a) throws SQLException {
    Place dateline = EventRecords.datelinePlace(a);
    try (PreparedStatement ps = db.prepareStatement(EVENT)) {
      int n = 0;
      for (Event e : a.events()) {
        EventRecords.Located at = EventRecords.located(e, dateline);
        String target = e.target() == null ? null : e.target().name();
        String targetActor = e.target() == null ? null : e.target().actor();
        new Params(ps).str(key).num(n++).str(e.source().name()).str(e.source().actor()).str(ActorCodes.country(e.source().actor()))
            .str(target).str(targetActor).str(ActorCodes.country(targetActor))
            .str(e.code()).str(e.root()).num(e.quadClass()).dbl(e.goldstein()).str(e.plover())
            .str(e.date()).str(e.dateSource()).date(day(e.date(), a.published())).str(e.modality())
            .num(e.start()).num(e.end()).str(a.text().substring(e.start(), Math.min(e.end(), a.text().length())))
            .place(at.place()).dbl(e.tone()).str(at.source()).str(e.lexicon());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The id of the entity the speaker names: the entity mention at the speaker's offsets, else a person of that name. */
  private static String speakerEntity(AnalyzedArticle a, Speaker s) {
    for (EntityMention e : a.entities()) {
      if (e.start() <= s.start() && s.end() <= e.end() || e.name().equals(s.name())) {
        return EntityIds.of(e);
      }
    }
    return EntityIds.of("PERSON", s.name());
  }

  static LocalDate day(String value, LocalDate fallback) {
    LocalDate d = Days.of(value);
    return d != null ? d : value == null ? fallback : null;
  }

  /** Sets the parameters of a statement in order. */
  static final class Params {
    private final PreparedStatement ps;
    private int i;

    Params(PreparedStatement ps) {
      this(ps, 1);
    }

    /** Parameters from the {@code first} (1-based) on. */
    Params(PreparedStatement ps, int first) {
      this.ps = ps;
      this.i = first;
    }

    Params str(String v) throws SQLException {
      ps.setString(i++, v);
      return this;
    }

    Params num(int v) throws SQLException {
      ps.setInt(i++, v);
      return this;
    }

    Params dbl(double v) throws SQLException {
      ps.setDouble(i++, v);
      return this;
    }

    /** A number, or SQL NULL for null. */
    Params dbl(Double v) throws SQLException {
      if (v == null) {
        ps.setNull(i++, Types.DOUBLE);
        return this;
      }
      return dbl(v.doubleValue());
    }

    /** A whole number, or SQL NULL for null. */
    Params num(Integer v) throws SQLException {
      if (v == null) {
        ps.setNull(i++, Types.INTEGER);
        return this;
      }
      return num(v.intValue());
    }

    Params bool(boolean v) throws SQLException {
      ps.setBoolean(i++, v);
      return this;
    }

    /** Name, kind, GeoNames id, latitude, longitude and country of a place, or six nulls. */
    Params place(Place p) throws SQLException {
      if (p == null) {
        for (int k = 0; k < 6; k++) {
          ps.setNull(i++, Types.NULL);
        }
        return this;
      }
      str(p.name()).str(p.kind());
      if (p.geonamesId() == null) {
        ps.setNull(i++, Types.BIGINT);
      } else {
        ps.setLong(i++, p.geonamesId());
      }
      return dbl(p.lat()).dbl(p.lon()).str(p.country());
    }

    Params date(LocalDate v) throws SQLException {
      if (v == null) {
        ps.setNull(i++, Types.DATE);
      } else {
        ps.setDate(i++, Date.valueOf(v));
      }
      return this;
    }
  }
}
