-- corpus: variants=plain,inserts
-- The sender's statement ("this is a sanitized, NON-production copy; no live pointers") is missing:
-- the attestation table is there but empty, and no leading comment or database comment carries it.
\ir birth-surface-base.include.sql

DELETE FROM public.handoff_attestation;
