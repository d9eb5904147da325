-- From schema version 5 to 6: the reviews table (as in schema.sql).
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
UPDATE meta SET value = '6' WHERE name = 'schema';
