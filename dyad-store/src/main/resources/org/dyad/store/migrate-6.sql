-- From schema version 5 to 6: the reviews table and its sequence. schema.sql, which runs before every migration
-- (CREATE ... IF NOT EXISTS), has already added them to the older store; what is left is the version.
UPDATE meta SET value = '6' WHERE name = 'schema';
