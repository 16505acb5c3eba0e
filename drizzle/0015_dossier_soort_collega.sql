ALTER TABLE "dossiers" ADD COLUMN "soort" text DEFAULT 'meldcode' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "betrokken_medewerker_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_betrokken_medewerker_id_gebruikers_id_fk" FOREIGN KEY ("betrokken_medewerker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_soort_check" CHECK ("dossiers"."soort" in ('meldcode', 'vermoeden_medewerker', 'gedrag_kinderen'));--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_betrokken_medewerker_check" CHECK ("dossiers"."betrokken_medewerker_id" is null or "dossiers"."soort" = 'vermoeden_medewerker');