CREATE TABLE "auditlog" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"organisatie_id" uuid,
	"gebruiker_id" uuid,
	"rol" text,
	"actie" text NOT NULL,
	"dossier_id" uuid,
	"uitkomst" text NOT NULL,
	"adres" text
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"aangemaakt_door" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"versie" integer NOT NULL,
	"werknaam" text NOT NULL,
	"fase" text NOT NULL,
	"bijgewerkt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gebeurtenissen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"type" text NOT NULL,
	"stap" text NOT NULL,
	"gegevens" jsonb NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_naam" text NOT NULL,
	"actor_rol" text NOT NULL,
	"opgetreden_op" timestamp with time zone NOT NULL,
	CONSTRAINT "gebeurtenissen_volgorde_uniek" UNIQUE("dossier_id","volgnummer")
);
--> statement-breakpoint
CREATE TABLE "gebruikers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"wachtwoord_hash" text NOT NULL,
	"rollen" text[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gebruikers_email_uniek" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "organisaties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"sector" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisaties_sector_check" CHECK ("organisaties"."sector" in ('onderwijs', 'kinderopvang', 'jeugdhulp', 'sociaal_werk', 'gezondheidszorg', 'overig'))
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"id" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_aangemaakt_door_gebruikers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebeurtenissen" ADD CONSTRAINT "gebeurtenissen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebeurtenissen" ADD CONSTRAINT "gebeurtenissen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebeurtenissen" ADD CONSTRAINT "gebeurtenissen_actor_id_gebruikers_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD CONSTRAINT "gebruikers_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auditlog_dossier_idx" ON "auditlog" USING btree ("dossier_id","tijdstip");--> statement-breakpoint
CREATE INDEX "dossiers_organisatie_idx" ON "dossiers" USING btree ("organisatie_id","bijgewerkt_op");--> statement-breakpoint
CREATE INDEX "gebruikers_organisatie_idx" ON "gebruikers" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "sessies_gebruiker_idx" ON "sessies" USING btree ("gebruiker_id");