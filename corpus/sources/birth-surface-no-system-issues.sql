-- corpus: variants=plain,inserts
-- No system_issues table: its group in the spec is conditional, so this is not a gap.
\ir birth-surface-base.include.sql

DROP TABLE public.system_issues;
