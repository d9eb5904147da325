-- From schema version 1 to 2: places on entities and events (new nullable columns at the end, as in schema.sql).
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_name VARCHAR;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_kind VARCHAR;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_geonames_id BIGINT;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_lat DOUBLE;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_lon DOUBLE;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS place_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_kind VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_geonames_id BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_lat DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_lon DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_country VARCHAR;
UPDATE meta SET value = '2' WHERE name = 'schema';
