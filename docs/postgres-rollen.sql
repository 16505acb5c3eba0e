-- PostgreSQL roles for Meldwijzer (docs/operations.md#postgresql-roles, decision 0036).
-- Run as a superuser, connected to the Meldwijzer database (psql -d meldwijzer -f docs/postgres-rollen.sql),
-- after creating the two roles and the database owned by meldwijzer_eigenaar:
--   CREATE ROLE meldwijzer_eigenaar LOGIN PASSWORD '…';
--   CREATE ROLE meldwijzer_app LOGIN PASSWORD '…';
--   CREATE DATABASE meldwijzer OWNER meldwijzer_eigenaar;
-- The owner runs the migrations (MIGRATIE_DATABASE_URL) and owns every table. The app's role
-- (DATABASE_URL) may read and write rows, and nothing else: it cannot ALTER, TRUNCATE or DROP a
-- table, nor switch the append-only triggers off, because all of that needs the owner.
-- tests/integration/postgres-rollen.test.ts runs exactly this file.

ALTER SCHEMA public OWNER TO meldwijzer_eigenaar;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO meldwijzer_app;

-- Tables that exist already (an upgrade of an installation that ran as one role: first
-- REASSIGN OWNED BY <old role> TO meldwijzer_eigenaar) …
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO meldwijzer_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO meldwijzer_app;
-- … and every table and sequence the owner's migrations create later.
ALTER DEFAULT PRIVILEGES FOR ROLE meldwijzer_eigenaar IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO meldwijzer_app;
ALTER DEFAULT PRIVILEGES FOR ROLE meldwijzer_eigenaar IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO meldwijzer_app;
