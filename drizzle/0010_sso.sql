-- Single sign-on (decision 0038). The TOTP secrets already in gebruikers.totp_geheim stay as they are here: a
-- migration has no key, so they are encrypted at their next use and by `npm run sleutel:roteer` (decision 0039).
CREATE TABLE "sso_aanvragen" (
	"id" text PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"terug" text NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sso_domeinen" (
	"domein" text PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sso_instellingen" (
	"organisatie_id" uuid PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_geheim" text NOT NULL,
	"idp_tweede_factor" boolean DEFAULT false NOT NULL,
	"acr" text,
	"wachtwoord_uit" boolean DEFAULT false NOT NULL,
	"gewerkt_op" timestamp with time zone,
	"gewijzigd_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "oidc_issuer" text;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
ALTER TABLE "sso_aanvragen" ADD CONSTRAINT "sso_aanvragen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_domeinen" ADD CONSTRAINT "sso_domeinen_organisatie_id_sso_instellingen_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."sso_instellingen"("organisatie_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_instellingen" ADD CONSTRAINT "sso_instellingen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_aanvragen_verloopt_idx" ON "sso_aanvragen" USING btree ("verloopt_op");--> statement-breakpoint
CREATE INDEX "sso_domeinen_organisatie_idx" ON "sso_domeinen" USING btree ("organisatie_id");--> statement-breakpoint
ALTER TABLE "gebruikers" ADD CONSTRAINT "gebruikers_oidc_uniek" UNIQUE("oidc_issuer","oidc_subject");
