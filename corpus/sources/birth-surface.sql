-- The clean birth-surface sample: everything schemas/birth-surface.spec.json requires, nothing it forbids.
\ir birth-surface-base.include.sql
