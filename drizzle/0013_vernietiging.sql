CREATE TABLE "bewaarplichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"ingesteld_door" uuid NOT NULL,
	"ingesteld_op" timestamp with time zone NOT NULL,
	"opgeheven_door" uuid,
	"opgeheven_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "vernietigingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kenmerk" text NOT NULL,
	"geopend_op" text NOT NULL,
	"gesloten_op" text NOT NULL,
	"bewaar_tot" text NOT NULL,
	"status" text NOT NULL,
	"reden" text NOT NULL,
	"voorgesteld_door" uuid NOT NULL,
	"voorgesteld_op" timestamp with time zone NOT NULL,
	"beoordeeld_door" uuid,
	"beoordeeld_op" timestamp with time zone,
	"afwijsreden" text,
	CONSTRAINT "vernietigingen_status_check" CHECK ("vernietigingen"."status" in ('voorgesteld', 'afgewezen', 'vernietigd'))
);
--> statement-breakpoint
ALTER TABLE "bewaarplichten" ADD CONSTRAINT "bewaarplichten_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bewaarplichten" ADD CONSTRAINT "bewaarplichten_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bewaarplichten" ADD CONSTRAINT "bewaarplichten_ingesteld_door_gebruikers_id_fk" FOREIGN KEY ("ingesteld_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bewaarplichten" ADD CONSTRAINT "bewaarplichten_opgeheven_door_gebruikers_id_fk" FOREIGN KEY ("opgeheven_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vernietigingen" ADD CONSTRAINT "vernietigingen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vernietigingen" ADD CONSTRAINT "vernietigingen_voorgesteld_door_gebruikers_id_fk" FOREIGN KEY ("voorgesteld_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vernietigingen" ADD CONSTRAINT "vernietigingen_beoordeeld_door_gebruikers_id_fk" FOREIGN KEY ("beoordeeld_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bewaarplichten_actief_uniek" ON "bewaarplichten" USING btree ("dossier_id") WHERE "bewaarplichten"."opgeheven_op" is null;--> statement-breakpoint
CREATE INDEX "bewaarplichten_organisatie_idx" ON "bewaarplichten" USING btree ("organisatie_id","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vernietigingen_open_uniek" ON "vernietigingen" USING btree ("dossier_id") WHERE "vernietigingen"."status" in ('voorgesteld', 'vernietigd');--> statement-breakpoint
CREATE INDEX "vernietigingen_organisatie_idx" ON "vernietigingen" USING btree ("organisatie_id","status","beoordeeld_op");--> statement-breakpoint
CREATE INDEX "gebeurtenissen_bewaartermijn_idx" ON "gebeurtenissen" USING btree ("organisatie_id",("gegevens"->>'bewaarTot'),"dossier_id") WHERE "gebeurtenissen"."type" = 'dossier_afgesloten';--> statement-breakpoint
-- Hand-written (decision 0050). Destruction at the end of the retention term is the one way events
-- and emergency-access rows may ever be deleted. DELETE on gebeurtenissen and noodtoegang passes only in
-- a transaction that named the dossier (set_config('meldwijzer.vernietiging', <id>, true), local to the
-- transaction) and in which that dossier's destruction is recorded as approved. UPDATE and TRUNCATE
-- stay refused, whoever asks; the access log keeps its own triggers unchanged.
CREATE OR REPLACE FUNCTION meldwijzer_alleen_bij_vernietiging() RETURNS trigger AS $$
BEGIN
  IF current_setting('meldwijzer.vernietiging', true) = OLD.dossier_id::text
     AND EXISTS (SELECT 1 FROM vernietigingen v WHERE v.dossier_id = OLD.dossier_id AND v.status = 'vernietigd') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'tabel % is alleen-toevoegen: % mag alleen bij een goedgekeurde vernietiging', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER gebeurtenissen_alleen_toevoegen ON gebeurtenissen;
--> statement-breakpoint
CREATE TRIGGER gebeurtenissen_alleen_toevoegen BEFORE UPDATE ON gebeurtenissen
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER gebeurtenissen_alleen_bij_vernietiging BEFORE DELETE ON gebeurtenissen
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_alleen_bij_vernietiging();
--> statement-breakpoint
DROP TRIGGER noodtoegang_alleen_toevoegen ON noodtoegang;
--> statement-breakpoint
CREATE TRIGGER noodtoegang_alleen_toevoegen BEFORE UPDATE ON noodtoegang
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_weiger_wijziging();
--> statement-breakpoint
CREATE TRIGGER noodtoegang_alleen_bij_vernietiging BEFORE DELETE ON noodtoegang
  FOR EACH ROW EXECUTE FUNCTION meldwijzer_alleen_bij_vernietiging();
