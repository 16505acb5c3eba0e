CREATE TABLE "dossier_toegang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"reden" text NOT NULL,
	"door" uuid NOT NULL,
	"sinds" timestamp with time zone NOT NULL,
	"ingetrokken_op" timestamp with time zone,
	"ingetrokken_door" uuid,
	CONSTRAINT "dossier_toegang_soort_check" CHECK ("dossier_toegang"."soort" in ('toegewezen', 'gedeeld'))
);
--> statement-breakpoint
CREATE TABLE "inlogpogingen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"sleutel" text NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "noodtoegang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"begin" timestamp with time zone NOT NULL,
	"tot" timestamp with time zone NOT NULL,
	CONSTRAINT "noodtoegang_duur_check" CHECK ("noodtoegang"."tot" > "noodtoegang"."begin" and "noodtoegang"."tot" <= "noodtoegang"."begin" + interval '24 hours')
);
--> statement-breakpoint
CREATE TABLE "toegangslog" (
	"volgnummer" bigint PRIMARY KEY NOT NULL,
	"tijdstip" timestamp (3) with time zone NOT NULL,
	"organisatie_id" uuid,
	"gebruiker_id" uuid,
	"rol" text,
	"namens" uuid,
	"actie" text NOT NULL,
	"dossier_id" uuid,
	"uitkomst" text NOT NULL,
	"grondslag" text,
	"adres" text,
	"details" text,
	"vorige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "besluit_gevraagd" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_door_gebruikers_id_fk" FOREIGN KEY ("door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_ingetrokken_door_gebruikers_id_fk" FOREIGN KEY ("ingetrokken_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_toegang_dossier_idx" ON "dossier_toegang" USING btree ("organisatie_id","dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_toegang_gebruiker_idx" ON "dossier_toegang" USING btree ("organisatie_id","gebruiker_id");--> statement-breakpoint
CREATE INDEX "inlogpogingen_sleutel_idx" ON "inlogpogingen" USING btree ("sleutel","tijdstip");--> statement-breakpoint
CREATE INDEX "noodtoegang_dossier_idx" ON "noodtoegang" USING btree ("organisatie_id","dossier_id");--> statement-breakpoint
CREATE INDEX "toegangslog_dossier_idx" ON "toegangslog" USING btree ("organisatie_id","dossier_id","tijdstip");--> statement-breakpoint
CREATE INDEX "toegangslog_gebruiker_idx" ON "toegangslog" USING btree ("organisatie_id","gebruiker_id","tijdstip");