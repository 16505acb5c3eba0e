CREATE TABLE "takenoverzichten" (
	"gebruiker_id" uuid NOT NULL,
	"datum" text NOT NULL,
	"verzonden_op" timestamp with time zone NOT NULL,
	"aantal_taken" integer NOT NULL,
	CONSTRAINT "takenoverzichten_uniek" UNIQUE("gebruiker_id","datum")
);
--> statement-breakpoint
ALTER TABLE "organisaties" ADD COLUMN "bewaarjaren" integer;--> statement-breakpoint
ALTER TABLE "takenoverzichten" ADD CONSTRAINT "takenoverzichten_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;