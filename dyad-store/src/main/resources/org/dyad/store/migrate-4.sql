-- From schema version 3 to 4: where an event's place came from, and the lexicon entry that coded it (new columns at
-- the end, as in schema.sql; null lexicon in the rows an older Dyad wrote).
-- 'text' for the places the event stage attached; an event without one gets its article's dateline place,
-- the first placed entity mention whose text is the dateline's place name (as ArticleRows does for new rows).
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_source VARCHAR DEFAULT NULL;
ALTER TABLE events ADD COLUMN IF NOT EXISTS lexicon VARCHAR DEFAULT NULL;
UPDATE events SET place_source = 'text' WHERE place_name IS NOT NULL AND place_source IS NULL;
UPDATE events SET place_name = d.place_name, place_kind = d.place_kind, place_geonames_id = d.place_geonames_id,
  place_lat = d.place_lat, place_lon = d.place_lon, place_country = d.place_country, place_source = 'dateline'
FROM (SELECT en.article_key, arg_min(en.place_name, en.start_offset) AS place_name, arg_min(en.place_kind, en.start_offset) AS place_kind,
    arg_min(en.place_geonames_id, en.start_offset) AS place_geonames_id, arg_min(en.place_lat, en.start_offset) AS place_lat,
    arg_min(en.place_lon, en.start_offset) AS place_lon, arg_min(en.place_country, en.start_offset) AS place_country
  FROM entities en JOIN articles a ON a.key = en.article_key
  WHERE en.place_name IS NOT NULL AND upper(en.text) = upper(a.dateline_place) GROUP BY en.article_key) d
WHERE events.article_key = d.article_key AND events.place_name IS NULL;
UPDATE meta SET value = '4' WHERE name = 'schema';
