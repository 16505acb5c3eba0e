CREATE TABLE "dossier_taken" (
	"organisatie_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"voor" text NOT NULL,
	"rang" integer NOT NULL,
	"sinds" text,
	"vanaf" text NOT NULL,
	"versie" integer NOT NULL,
	CONSTRAINT "dossier_taken_dossier_id_voor_soort_pk" PRIMARY KEY("dossier_id","voor","soort")
);
--> statement-breakpoint
CREATE TABLE "dossier_toestanden" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"vorm" integer NOT NULL,
	"toestand" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_taken" ADD CONSTRAINT "dossier_taken_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_taken" ADD CONSTRAINT "dossier_taken_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toestanden" ADD CONSTRAINT "dossier_toestanden_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toestanden" ADD CONSTRAINT "dossier_toestanden_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_taken_zoek_idx" ON "dossier_taken" USING btree ("organisatie_id","voor","vanaf");
