-- From schema version 2 to 3: tone on articles, quotes and events (new columns at the end, as in schema.sql;
-- null, "not scored", in the rows an older Dyad wrote).
ALTER TABLE articles ADD COLUMN IF NOT EXISTS tone DOUBLE DEFAULT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS gdelt_tone DOUBLE DEFAULT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS gdelt_positive DOUBLE DEFAULT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS gdelt_negative DOUBLE DEFAULT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS gdelt_polarity DOUBLE DEFAULT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS word_count INTEGER DEFAULT NULL;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tone DOUBLE DEFAULT NULL;
ALTER TABLE events ADD COLUMN IF NOT EXISTS tone DOUBLE DEFAULT NULL;
UPDATE meta SET value = '3' WHERE name = 'schema';
