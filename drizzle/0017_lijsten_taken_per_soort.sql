-- Mijn taken per kind of task (decision 0072). The task facts carry who opened the case (backfilled from
-- "dossiers", hand-written below), and two partial indexes give the list's order per kind: the deciders'
-- tasks of an organisation, and the responsible tasks of the cases one person opened. Each task row lands
-- in one of the two, in place of the old index on (organisatie_id, voor, vanaf), which no query reads any
-- more. For the catch-up at start: the shapes once fully caught up (projectie_stand, empty here, so the
-- next start does the full catch-up once, as before) and the snapshots by shape.
CREATE TABLE "projectie_stand" (
	"vorm" integer PRIMARY KEY NOT NULL,
	"bijgewerkt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "dossier_taken_zoek_idx";--> statement-breakpoint
ALTER TABLE "dossier_taken" ADD COLUMN "opener" uuid;--> statement-breakpoint
-- Backfill (hand-written): the opener is fixed at opening, so it is copied from the dossier once; every writer sets it from then on.
UPDATE "dossier_taken" SET "opener" = "dossiers"."aangemaakt_door" FROM "dossiers" WHERE "dossiers"."id" = "dossier_taken"."dossier_id";--> statement-breakpoint
ALTER TABLE "dossier_taken" ALTER COLUMN "opener" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "dossier_taken_beslissers_idx" ON "dossier_taken" USING btree ("organisatie_id","rang",coalesce("sinds", '9'),"dossier_id") WHERE "dossier_taken"."voor" = 'beslissers';--> statement-breakpoint
CREATE INDEX "dossier_taken_opener_idx" ON "dossier_taken" USING btree ("organisatie_id","opener","rang",coalesce("sinds", '9'),"dossier_id") WHERE "dossier_taken"."voor" = 'verantwoordelijken';--> statement-breakpoint
CREATE INDEX "dossier_toestanden_vorm_idx" ON "dossier_toestanden" USING btree ("vorm");