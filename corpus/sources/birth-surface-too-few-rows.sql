-- corpus: variants=plain,inserts
-- Five registry rows (one draft, one applied, three rolled back): fewer than the six the spec asks for.
\ir birth-surface-base.include.sql

DELETE FROM public.birth_registry WHERE object_id IN ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000005');
