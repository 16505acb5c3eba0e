CREATE TABLE "oefen_antwoorden" (
	"sessie_id" uuid NOT NULL,
	"punt" text NOT NULL,
	"antwoord" jsonb NOT NULL,
	"beantwoord_op" timestamp with time zone NOT NULL,
	CONSTRAINT "oefen_antwoorden_sessie_id_punt_pk" PRIMARY KEY("sessie_id","punt")
);
--> statement-breakpoint
CREATE TABLE "oefen_sessies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"casus" text NOT NULL,
	"versie" text NOT NULL,
	"gestart_op" timestamp with time zone NOT NULL,
	"afgerond_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "team_antwoorden" (
	"team_sessie_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"antwoorden" jsonb NOT NULL,
	"beantwoord_op" timestamp with time zone NOT NULL,
	CONSTRAINT "team_antwoorden_team_sessie_id_gebruiker_id_pk" PRIMARY KEY("team_sessie_id","gebruiker_id")
);
--> statement-breakpoint
CREATE TABLE "team_sessies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"gastheer_id" uuid NOT NULL,
	"casus" text NOT NULL,
	"code" text NOT NULL,
	"geopend_op" timestamp with time zone NOT NULL,
	"onthuld_op" timestamp with time zone,
	CONSTRAINT "team_sessies_code_uniek" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "oefen_antwoorden" ADD CONSTRAINT "oefen_antwoorden_sessie_id_oefen_sessies_id_fk" FOREIGN KEY ("sessie_id") REFERENCES "public"."oefen_sessies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oefen_sessies" ADD CONSTRAINT "oefen_sessies_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oefen_sessies" ADD CONSTRAINT "oefen_sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_antwoorden" ADD CONSTRAINT "team_antwoorden_team_sessie_id_team_sessies_id_fk" FOREIGN KEY ("team_sessie_id") REFERENCES "public"."team_sessies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_antwoorden" ADD CONSTRAINT "team_antwoorden_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_sessies" ADD CONSTRAINT "team_sessies_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_sessies" ADD CONSTRAINT "team_sessies_gastheer_id_gebruikers_id_fk" FOREIGN KEY ("gastheer_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oefen_sessies_gebruiker_idx" ON "oefen_sessies" USING btree ("organisatie_id","gebruiker_id","casus","gestart_op");