import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loader as werkvoorraadApi } from "../../src/adapters/http/api/werkvoorraad.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { loader as werkvoorraadCsv } from "../../src/ui/routes/werkvoorraad-csv.ts";
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";

/** The werkvoorraad over HTTP: the API and the CSV route. */

for (const api of await runtimeDatabases("mw-werkvoorraad-")) {
  describe(`GET /api/werkvoorraad and /werkvoorraad.csv on ${api.naam}`, () => {
    let app: ApiOrganisatie | undefined;
    let medewerker: Ingelogd;
    let af: Ingelogd;

    before(async () => {
      app = await startApiOrganisatie(api, `Api ${api.naam}`, [["medewerker"], ["aandachtsfunctionaris"]]);
      [medewerker, af] = app.mensen as [Ingelogd, Ingelogd];
      for (let i = 0; i < 3; i++)
        await openDossier(app.runtime, medewerker, { ...OPENING.gegevens, werknaam: `Api ${i}` });
    });
    after(async () => app?.stop());

    const verzoek = (pad: string, wie: Ingelogd) => {
      assert.ok(app);
      return app.sessies.get(pad, wie);
    };

    it("answers the aandachtsfunctionaris with one page, refuses a medewerker with 403 and a bad filter with 400", async () => {
      const goed = await werkvoorraadApi(verzoek("/api/werkvoorraad?zoek=api%202", af));
      assert.equal(goed.status, 200);
      const json = (await goed.json()) as {
        dossiers: { werknaam: string; openTaken: number; grondslag: string }[];
        volgende: unknown;
      };
      assert.deepEqual(
        json.dossiers.map((d) => [d.werknaam, d.grondslag]),
        [["Api 2", "aandachtsfunctionaris"]],
      );
      assert.equal(json.volgende, null);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad", medewerker))).status, 403);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad?besluit_gevraagd=misschien", af))).status, 400);
    });

    it("serves the CSV file as UTF-8 with a BOM, and refuses a medewerker", async () => {
      const antwoord = await werkvoorraadCsv(verzoek("/werkvoorraad.csv?status=open", af));
      assert.equal(antwoord.status, 200);
      assert.equal(antwoord.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.match(antwoord.headers.get("content-disposition") ?? "", /attachment; filename="werkvoorraad\.csv"/);
      const bytes = new Uint8Array(await antwoord.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(new TextDecoder().decode(bytes).split("\r\n").length, 5, "header, three rows, and the end");
      await assert.rejects(
        werkvoorraadCsv(verzoek("/werkvoorraad.csv", medewerker)),
        (f: unknown) => (f as { init?: { status?: number } }).init?.status === 403,
      );
    });
  });
}
