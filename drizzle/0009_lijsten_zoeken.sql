-- Written by hand (decision 0033): pg_trgm gives the trigram operator class for substring search on
-- the working name. It is a trusted extension on PostgreSQL 13 and newer (the database owner may create
-- it) and ships with PostgreSQL's contrib; PGlite loads it from @electric-sql/pglite/contrib/pg_trgm
-- (src/adapters/db/database.ts), without which this statement fails there.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "dossiers_organisatie_idx";--> statement-breakpoint
CREATE INDEX "dossiers_organisatie_activiteit_idx" ON "dossiers" USING btree ("organisatie_id","bijgewerkt_op","id");--> statement-breakpoint
CREATE INDEX "dossiers_organisatie_geopend_idx" ON "dossiers" USING btree ("organisatie_id","aangemaakt_op","id");--> statement-breakpoint
CREATE INDEX "dossiers_werknaam_trgm_idx" ON "dossiers" USING gin ("werknaam" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "toegangslog_organisatie_tijd_idx" ON "toegangslog" USING btree ("organisatie_id","tijdstip","volgnummer","keten");--> statement-breakpoint
CREATE INDEX "toegangslog_actie_idx" ON "toegangslog" USING btree ("organisatie_id","actie","tijdstip");--> statement-breakpoint
CREATE INDEX "toegangslog_afwijkend_idx" ON "toegangslog" USING btree ("organisatie_id","tijdstip","volgnummer","keten") WHERE "toegangslog"."uitkomst" <> 'gelukt';
