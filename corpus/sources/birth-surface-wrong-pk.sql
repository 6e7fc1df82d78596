-- corpus: variants=plain,inserts
-- The registry's primary key is (object_id, revision) instead of (object_id); object_id stays unique so the foreign keys survive.
\ir birth-surface-base.include.sql

ALTER TABLE public.birth_registry DROP CONSTRAINT birth_registry_pkey CASCADE;
ALTER TABLE public.birth_registry ADD CONSTRAINT birth_registry_pkey PRIMARY KEY (object_id, revision);
ALTER TABLE public.birth_registry ADD CONSTRAINT birth_registry_object_id_key UNIQUE (object_id);
ALTER TABLE public.os_proposal_approvals ADD CONSTRAINT os_proposal_approvals_object_id_fkey FOREIGN KEY (object_id) REFERENCES public.birth_registry (object_id) ON DELETE CASCADE;
ALTER TABLE public.system_issues ADD CONSTRAINT system_issues_object_id_fkey FOREIGN KEY (object_id) REFERENCES public.birth_registry (object_id) ON DELETE SET NULL;
