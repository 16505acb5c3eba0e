-- Events and audit entries are append-only: nothing recorded in a dossier is ever changed or
-- erased, a correction is a new event. The database enforces this, not only the application.
CREATE OR REPLACE FUNCTION meldwijzer_weiger_wijziging() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'tabel % is alleen-toevoegen: % is niet toegestaan', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER gebeurtenissen_alleen_toevoegen BEFORE UPDATE OR DELETE ON gebeurtenissen
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER gebeurtenissen_geen_truncate BEFORE TRUNCATE ON gebeurtenissen
  FOR EACH STATEMENT EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER auditlog_alleen_toevoegen BEFORE UPDATE OR DELETE ON auditlog
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER auditlog_geen_truncate BEFORE TRUNCATE ON auditlog
  FOR EACH STATEMENT EXECUTE FUNCTION meldwijzer_weiger_wijziging();
