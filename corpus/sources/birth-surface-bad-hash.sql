-- corpus: variants=plain,inserts
-- One content hash is a 40-digit SHA-1 instead of a 64-digit sha256.
\ir birth-surface-base.include.sql

UPDATE public.birth_registry SET content_hash = encode(sha256(convert_to('x', 'UTF8')), 'hex')::varchar(40) WHERE object_id = '00000000-0000-4000-8000-000000000005';
