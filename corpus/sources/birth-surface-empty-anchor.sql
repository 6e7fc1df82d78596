-- corpus: variants=plain,inserts
-- The snapshot table exists but holds no row: no restore can be proven.
\ir birth-surface-base.include.sql

DELETE FROM public.rehearsal_snapshots;
