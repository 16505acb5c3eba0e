import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { deelDossier, inzageOverzicht } from "../../src/app/toegang/delen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/** Instants on 22 and 23 November 2026 (UTC; Dutch time is one hour later). */
const om = (iso: string) => new Date(iso);

for (const testDb of await testDatabases()) {
  describe(`the inzage overview on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["medewerker"]]);
      [sanne, joris] = org.mensen as [Ingelogd, Ingelogd];
    });
    after(async () => db.sluit());

    it("groups the log per person per Dutch day, each distinct action once with its count", async () => {
      const id = await openDossier(context(db, om("2026-11-22T08:00:00.000Z")), sanne, OPENING.gegevens);
      for (let i = 0; i < 14; i += 1)
        await bekijkDossier(context(db, om(`2026-11-22T08:${String(10 + i).padStart(2, "0")}:00.000Z`)), sanne, id);
      await voegGebeurtenisToeAanDossier(context(db, om("2026-11-22T08:30:00.000Z")), sanne, id, {
        ...SIGNAAL,
        verwachteVersie: 1,
      });
      await deelDossier(context(db, om("2026-11-22T08:40:00.000Z")), sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Joris is de mentor van K.",
      });
      // 23:30 UTC on 22 November is 00:30 on 23 November in the Netherlands.
      await bekijkDossier(context(db, om("2026-11-22T23:30:00.000Z")), joris, id);
      await bekijkDossier(context(db, om("2026-11-22T23:35:00.000Z")), joris, id);

      const { dagen, onvolledig } = await inzageOverzicht(context(db, om("2026-11-23T09:00:00.000Z")), sanne, id);
      assert.equal(onvolledig, false, "everything counted");
      assert.deepEqual(
        dagen.map((d) => d.datum),
        ["2026-11-23", "2026-11-22"],
        "Dutch days, newest first",
      );
      const [vandaag, gisteren] = dagen;
      assert.deepEqual(
        vandaag?.personen.map((p) => [p.naam, p.acties.map((a) => [a.actie, a.grondslag, a.aantal])]),
        [[joris.gebruiker.naam, [["dossier_bekijken", "gedeeld", 2]]]],
        "Joris' two views after midnight, under the new day",
      );
      const sannesDag = gisteren?.personen.find((p) => p.gebruikerId === sanne.gebruiker.id);
      assert.deepEqual(
        sannesDag?.acties.map((a) => [a.actie, a.aantal]),
        [
          ["dossier_delen", 1],
          ["gebeurtenis_toevoegen", 1],
          ["dossier_bekijken", 14],
          ["dossier_aanmaken", 1],
        ],
        "one line per action, the most recent first, fourteen views counted",
      );
      const bekeken = sannesDag?.acties.find((a) => a.actie === "dossier_bekijken");
      assert.deepEqual(
        [bekeken?.eerste, bekeken?.laatste],
        ["2026-11-22T08:10:00.000Z", "2026-11-22T08:23:00.000Z"],
        "first and last time",
      );
    });
  });
}
