-- corpus: variants=plain,inserts
-- Every registry row is in the same state: before/apply/rollback cannot be shown.
\ir birth-surface-base.include.sql

UPDATE public.birth_registry SET status = 'applied';
