-- corpus: variants=plain,inserts
-- created_at is text instead of a timestamp type.
\ir birth-surface-base.include.sql

ALTER TABLE public.birth_registry ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE public.birth_registry ALTER COLUMN created_at TYPE text USING created_at::text;
