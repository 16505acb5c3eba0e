-- The access log and emergency access are append-only, like the events: the database refuses
-- UPDATE, DELETE and TRUNCATE, whoever asks. The old audit table keeps its own triggers.
CREATE TRIGGER toegangslog_alleen_toevoegen BEFORE UPDATE OR DELETE ON toegangslog
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER toegangslog_geen_truncate BEFORE TRUNCATE ON toegangslog
  FOR EACH STATEMENT EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER noodtoegang_alleen_toevoegen BEFORE UPDATE OR DELETE ON noodtoegang
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER noodtoegang_geen_truncate BEFORE TRUNCATE ON noodtoegang
  FOR EACH STATEMENT EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
-- Dossiers that already reached the decision before this column existed.
UPDATE dossiers SET besluit_gevraagd = true WHERE fase = 'beslissen' OR fase LIKE 'besluit\_%';
