-- Decision 0057: the access log is accepted, then sealed. The action's transaction inserts its entry
-- unsealed (no volgnummer, vorige_hash or hash) and takes no lock; a sealer numbers and links the
-- committed unsealed entries per chain in batches. Every entry written before this migration is sealed
-- already and keeps every field and hash; it gets an `id` (the order of acceptance, not hashed) when the
-- column is added, a table rewrite that fires no row trigger.
DROP INDEX "toegangslog_organisatie_tijd_idx";--> statement-breakpoint
DROP INDEX "toegangslog_afwijkend_idx";--> statement-breakpoint
ALTER TABLE "toegangslog" DROP CONSTRAINT "toegangslog_keten_volgnummer_pk";--> statement-breakpoint
ALTER TABLE "toegangslog" ALTER COLUMN "volgnummer" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "toegangslog" ALTER COLUMN "vorige_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "toegangslog" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "toegangslog" ADD COLUMN "id" bigserial PRIMARY KEY NOT NULL;--> statement-breakpoint
CREATE INDEX "toegangslog_onverzegeld_idx" ON "toegangslog" USING btree ("keten","id") WHERE "toegangslog"."volgnummer" is null;--> statement-breakpoint
CREATE INDEX "toegangslog_organisatie_tijd_idx" ON "toegangslog" USING btree ("organisatie_id","tijdstip","id");--> statement-breakpoint
CREATE INDEX "toegangslog_afwijkend_idx" ON "toegangslog" USING btree ("organisatie_id","tijdstip","id") WHERE "toegangslog"."uitkomst" <> 'gelukt';--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_keten_volgnummer_uniek" UNIQUE("keten","volgnummer");--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_verzegeld_check" CHECK (("toegangslog"."volgnummer" is null and "toegangslog"."vorige_hash" is null and "toegangslog"."hash" is null) or ("toegangslog"."volgnummer" is not null and "toegangslog"."vorige_hash" is not null and "toegangslog"."hash" is not null));--> statement-breakpoint
-- Hand-written: the append-only guard of 0003 refused every UPDATE. Sealing is the one change allowed:
-- an unsealed entry gets its volgnummer, vorige_hash and hash, once, and nothing else about it changes.
-- Everything else (editing, unsealing, resealing, DELETE) is refused as before, whoever asks.
-- A column added to this table later must be added to the comparison below.
CREATE OR REPLACE FUNCTION meldwijzer_toegangslog_alleen_verzegelen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD.volgnummer IS NULL AND OLD.vorige_hash IS NULL AND OLD.hash IS NULL
    AND NEW.volgnummer IS NOT NULL AND NEW.vorige_hash IS NOT NULL AND NEW.hash IS NOT NULL
    AND (NEW.id, NEW.keten, NEW.tijdstip, NEW.organisatie_id, NEW.gebruiker_id, NEW.rol, NEW.namens, NEW.actie, NEW.dossier_id, NEW.uitkomst, NEW.grondslag, NEW.adres, NEW.details)
      IS NOT DISTINCT FROM (OLD.id, OLD.keten, OLD.tijdstip, OLD.organisatie_id, OLD.gebruiker_id, OLD.rol, OLD.namens, OLD.actie, OLD.dossier_id, OLD.uitkomst, OLD.grondslag, OLD.adres, OLD.details)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'tabel % is alleen-toevoegen: % is niet toegestaan (alleen het verzegelen van een nieuwe regel)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER toegangslog_alleen_toevoegen ON toegangslog;
--> statement-breakpoint
CREATE TRIGGER toegangslog_alleen_toevoegen BEFORE UPDATE OR DELETE ON toegangslog
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_toegangslog_alleen_verzegelen();
