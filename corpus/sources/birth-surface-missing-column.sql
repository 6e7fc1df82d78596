-- corpus: variants=plain,inserts
-- The registry lost a column the rehearsal reads: applied_at.
\ir birth-surface-base.include.sql

ALTER TABLE public.birth_registry DROP COLUMN applied_at;
