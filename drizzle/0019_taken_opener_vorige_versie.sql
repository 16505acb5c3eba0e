-- The task facts' opener for a writer that does not name it (decision 0072, at the merge). Migration 0017 made
-- "opener" NOT NULL, and the version before it inserts task facts without the column. During a rolling upgrade
-- (docs/operations.md: a migration must work with the previous version still running for a moment) every append
-- of such a process would then fail. This trigger fills in the opener from the dossier when a row arrives without
-- one. The current version always names it, so the WHEN clause keeps the function from running for its rows.
CREATE FUNCTION meldwijzer_taak_opener() RETURNS trigger AS $$
BEGIN
  SELECT d.aangemaakt_door INTO NEW.opener FROM dossiers d WHERE d.id = NEW.dossier_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dossier_taken_opener BEFORE INSERT ON dossier_taken
  FOR EACH ROW WHEN (NEW.opener IS NULL) EXECUTE FUNCTION meldwijzer_taak_opener();
