-- From schema version 6 to 7: the quote_reviews table. schema.sql, which runs before every migration
-- (CREATE ... IF NOT EXISTS), has already added it to the older store; what is left is the version.
UPDATE meta SET value = '7' WHERE name = 'schema';
