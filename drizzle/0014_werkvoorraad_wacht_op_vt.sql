-- Werkvoorraad (decision 0045): waiting for Veilig Thuis and the accelerated route as list columns of
-- "dossiers". No backfill in SQL (decision 0032: the reducer is TypeScript): TOESTAND_VORM was raised
-- with these columns, so at start `werkProjectiesBij` rebuilds every dossier's projections, these
-- columns included, each under its row lock; `npm run projecties:controleer` proves them.
ALTER TABLE "dossiers" ADD COLUMN "wacht_op_vt_sinds" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "versneld_sinds" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "versneld_klok_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "versneld_klok_actie_op" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dossiers_wacht_op_vt_idx" ON "dossiers" USING btree ("organisatie_id","wacht_op_vt_sinds") WHERE "dossiers"."wacht_op_vt_sinds" is not null;--> statement-breakpoint
CREATE INDEX "dossiers_versneld_idx" ON "dossiers" USING btree ("organisatie_id","versneld_sinds") WHERE "dossiers"."versneld_sinds" is not null;--> statement-breakpoint
CREATE INDEX "dossiers_organisatie_fase_idx" ON "dossiers" USING btree ("organisatie_id","fase","bijgewerkt_op","id");