-- Dyad store schema, version 7 (version 1 lacked the place columns, version 2 the tone columns, version 3 the
-- events' place source and lexicon, version 4 the entities' country_from, version 5 the reviews, version 6 the quote reviews; migrate-N.sql takes a store from version N-1 to N). Statements end with a semicolon; offsets point into articles.text.
CREATE TABLE IF NOT EXISTS meta (name VARCHAR PRIMARY KEY, value VARCHAR);
CREATE SEQUENCE IF NOT EXISTS event_ids START 1;
CREATE TABLE IF NOT EXISTS articles (
  key VARCHAR PRIMARY KEY,          -- normalised-content SHA-256 (Deduplicator.contentHash)
  id VARCHAR NOT NULL,              -- the id the input gave
  origin VARCHAR NOT NULL,
  url VARCHAR, source VARCHAR, title VARCHAR, published DATE,
  dateline_place VARCHAR,
  text VARCHAR NOT NULL,
  json VARCHAR NOT NULL,            -- the whole analysed article, as `dyad analyze` writes it
  ingested TIMESTAMP NOT NULL,
  tone DOUBLE DEFAULT NULL,         -- mean VADER compound of the sentences (-1..1); null when not scored
  gdelt_tone DOUBLE DEFAULT NULL, gdelt_positive DOUBLE DEFAULT NULL,  -- GDELT tone: per hundred words
  gdelt_negative DOUBLE DEFAULT NULL, gdelt_polarity DOUBLE DEFAULT NULL, word_count INTEGER DEFAULT NULL);
-- Copies: the same or nearly the same text from another URL or input (syndication); each is one more mention.
CREATE TABLE IF NOT EXISTS mentions (
  key VARCHAR PRIMARY KEY,          -- SHA-256 of the copy's content hash and its URL (or id)
  article_key VARCHAR NOT NULL,     -- the article it copies
  id VARCHAR NOT NULL, origin VARCHAR NOT NULL, url VARCHAR, source VARCHAR, published DATE,
  ingested TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS failures (
  origin VARCHAR PRIMARY KEY,
  id VARCHAR NOT NULL,
  issues VARCHAR NOT NULL,          -- JSON array of {stage, code, message}
  ingested TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
  article_key VARCHAR NOT NULL, n INTEGER NOT NULL,
  entity_id VARCHAR NOT NULL,       -- the same person, organisation or country across the corpus
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text VARCHAR NOT NULL,
  type VARCHAR NOT NULL, name VARCHAR NOT NULL, title VARCHAR, affiliation VARCHAR,
  country VARCHAR, actor VARCHAR,
  place_name VARCHAR, place_kind VARCHAR, place_geonames_id BIGINT,  -- the place (an event's action place), or nulls
  place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR,
  country_from VARCHAR DEFAULT NULL, -- how the country was reached: name, title, organisation, dateline, context; or null
  PRIMARY KEY (article_key, n));
CREATE TABLE IF NOT EXISTS quotes (
  article_key VARCHAR NOT NULL, n INTEGER NOT NULL,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text VARCHAR NOT NULL,
  direct BOOLEAN NOT NULL, cue VARCHAR,
  speaker VARCHAR, speaker_entity VARCHAR, speaker_actor VARCHAR, speaker_title VARCHAR,
  date VARCHAR, date_source VARCHAR, day DATE,
  tone DOUBLE DEFAULT NULL,         -- VADER compound of the quote (-1..1); null when not scored
  PRIMARY KEY (article_key, n));
CREATE TABLE IF NOT EXISTS events (
  event_id BIGINT NOT NULL,         -- GDELT's GLOBALEVENTID
  article_key VARCHAR NOT NULL, n INTEGER NOT NULL,
  source_name VARCHAR NOT NULL, source_actor VARCHAR, source_country VARCHAR,
  target_name VARCHAR, target_actor VARCHAR, target_country VARCHAR,
  code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
  plover VARCHAR, date VARCHAR, date_source VARCHAR, day DATE,
  modality VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, evidence VARCHAR NOT NULL,
  place_name VARCHAR, place_kind VARCHAR, place_geonames_id BIGINT,  -- the place (an event's action place), or nulls
  place_lat DOUBLE, place_lon DOUBLE, place_country VARCHAR,
  tone DOUBLE DEFAULT NULL,         -- VADER compound of the evidence span (-1..1); null when not scored
  place_source VARCHAR DEFAULT NULL, -- 'text' (the event's action place), 'dateline' (its article's dateline place), null (no place)
  lexicon VARCHAR DEFAULT NULL,     -- the lexicon entry that coded the event (file:line), or null
  PRIMARY KEY (article_key, n));
-- An analyst's judgements of events (schema version 6). One row per judgement, never updated: the latest row of an
-- event (by time, then id) is the one that counts, the earlier ones are its history. A row is keyed to the event as
-- coded (article key, evidence span, code, source and target actor code), not to event_id, so a judgement applies
-- again to the same event coded again (re-ingest, re-analysis); one whose event is no longer coded is an orphan.
CREATE SEQUENCE IF NOT EXISTS review_ids START 1;
CREATE TABLE IF NOT EXISTS reviews (
  review_id BIGINT NOT NULL PRIMARY KEY,
  article_key VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
  code VARCHAR NOT NULL, source_actor VARCHAR, target_actor VARCHAR,   -- the event as coded
  verdict VARCHAR NOT NULL,         -- right, wrong, corrected
  part VARCHAR,                     -- what is wrong (verdict wrong): not_event, code, source, target, date, modality
  new_code VARCHAR, new_root VARCHAR, new_quad_class INTEGER, new_goldstein DOUBLE, new_plover VARCHAR,  -- verdict corrected:
  new_source_actor VARCHAR, new_source_country VARCHAR, new_target_actor VARCHAR, new_target_country VARCHAR,  -- each null when
  new_date DATE,                    -- that part stays as coded (root, QuadClass, Goldstein, PLOVER, countries: of the new code and actors)
  analyst VARCHAR NOT NULL, judged_at TIMESTAMP NOT NULL,
  evidence VARCHAR NOT NULL);       -- the evidence text as the analyst saw it
-- An analyst's judgements of quotes (schema version 7), as the reviews of events: rows only added, the latest of a
-- quote counts. A row is keyed to the quote as coded (article key, quote span, speaker name and actor code as coded).
CREATE TABLE IF NOT EXISTS quote_reviews (
  review_id BIGINT NOT NULL PRIMARY KEY,  -- from review_ids, shared with reviews
  article_key VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
  speaker VARCHAR, speaker_actor VARCHAR,  -- the quote's speaker as coded (either may be null)
  verdict VARCHAR NOT NULL,         -- right, wrong, corrected
  part VARCHAR,                     -- what is wrong (verdict wrong): not_quote, speaker, span
  new_speaker VARCHAR, new_speaker_actor VARCHAR,  -- verdict corrected: the speaker's name, and actor code or null
  analyst VARCHAR NOT NULL, judged_at TIMESTAMP NOT NULL,
  text VARCHAR NOT NULL);           -- the quote's text as the analyst saw it
