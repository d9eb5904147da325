-- Dyad store schema, version 4 (version 1 lacked the place columns, version 2 the tone columns, version 3 the
-- events' place source; migrate-N.sql takes a store from version N-1 to N). Statements end with a semicolon; offsets point into articles.text.
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
