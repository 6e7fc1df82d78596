-- Roles kitchen-sink.sql grants to and hands objects to (roles are cluster-wide, so they live here,
-- run against `postgres` before kitchen-sink.sql). No passwords: kitchen-sink is a clean dump.
CREATE ROLE kitchen_reader NOLOGIN;
CREATE ROLE kitchen_owner NOLOGIN;
