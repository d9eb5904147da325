-- From schema version 4 to 5: how each entity mention's country was reached (EntityMention.countryFrom: name, title,
-- organisation, dateline, context), a new column at the end as in schema.sql; null in the rows an older Dyad wrote,
-- which did not record it (a null country_from beside a country means "not recorded", not "no evidence").
ALTER TABLE entities ADD COLUMN IF NOT EXISTS country_from VARCHAR DEFAULT NULL;
UPDATE meta SET value = '5' WHERE name = 'schema';
