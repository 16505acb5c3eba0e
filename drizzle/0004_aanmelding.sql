CREATE TABLE "eenmalige_links" (
	"id" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"doel" text NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"gebruikt_op" timestamp with time zone,
	CONSTRAINT "eenmalige_links_doel_check" CHECK ("eenmalige_links"."doel" in ('uitnodiging', 'herstel'))
);
--> statement-breakpoint
CREATE TABLE "herstelcodes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"gebruikt_op" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "totp_geheim" text;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "totp_laatste_stap" bigint;--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "tweestaps_verplicht_voor" text[] DEFAULT ARRAY['aandachtsfunctionaris','eindverantwoordelijke','beheerder','logbeheerder']::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "sessies" ADD COLUMN "stap" text DEFAULT 'volledig' NOT NULL;--> statement-breakpoint
ALTER TABLE "eenmalige_links" ADD CONSTRAINT "eenmalige_links_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herstelcodes" ADD CONSTRAINT "herstelcodes_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eenmalige_links_gebruiker_idx" ON "eenmalige_links" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE INDEX "herstelcodes_gebruiker_idx" ON "herstelcodes" USING btree ("gebruiker_id");--> statement-breakpoint
-- Organisations that existed before two-step sign-in keep signing in as they did; their beheerder
-- turns it on. New organisations start with the strict default above.
UPDATE "organisaties" SET "tweestaps_verplicht_voor" = '{}';
