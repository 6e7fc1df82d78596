-- corpus: variants=plain,inserts
-- Directus tables are present but directus_revisions lacks its delta column.
\ir birth-surface-base.include.sql

ALTER TABLE public.directus_revisions DROP COLUMN delta;
