import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { loader as takenApi } from "../../src/adapters/http/api/taken.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { mijnTaken } from "../../src/app/taken/mijn-taken.ts";
import { maakCursor } from "../../src/domain/lijst/pagina.ts";
import { rangVan } from "../../src/domain/lijst/taken.ts";
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { context } from "../helpers/fabriek.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";
import { weigering } from "../helpers/uitkomst.ts";

/** Mijn taken over HTTP (decision 0083): the person's own tasks, searched, filtered and ordered; bad parameters 400. */

interface TakenJson {
  taken: { dossierId: string; werknaam: string; soort: string; sinds: string | null }[];
  volgende: string | null;
  vorige: string | null;
}

for (const api of await runtimeDatabases("mw-taken-api-")) {
  describe(`GET /api/taken on ${api.naam}`, () => {
    let app: ApiOrganisatie | undefined;
    let medewerker: Ingelogd;
    let collega: Ingelogd;
    let af: Ingelogd;
    const ids: string[] = [];

    before(async () => {
      app = await startApiOrganisatie(api, `Taken ${api.naam}`, [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
      ]);
      [medewerker, collega, af] = app.mensen as [Ingelogd, Ingelogd, Ingelogd];
      // Opened weeks ago, on different days: each case lies still, since a day of its own.
      for (let i = 0; i < 3; i++) {
        const toen = context(app.runtime.database, new Date(Date.now() - (40 - i * 7) * 86_400_000));
        ids.push(await openDossier(toen, medewerker, { ...OPENING.gegevens, werknaam: `Taak ${i}` }));
      }
    });
    after(async () => app?.stop());

    const vraag = async (pad: string, wie: Ingelogd) => {
      assert.ok(app);
      const antwoord = await takenApi(app.sessies.get(pad, wie));
      return { status: antwoord.status, json: (await antwoord.json()) as TakenJson & { fout?: string } };
    };
    const logregels = async (uitkomst: string) => {
      assert.ok(app);
      const r: unknown = await app.runtime.db.execute(
        sql`select count(*)::int as n from toegangslog where organisatie_id = ${app.organisatieId} and actie = 'dossiers_lijst' and uitkomst = ${uitkomst}`,
      );
      return Number((r as { rows: { n: number }[] }).rows[0]?.n);
    };

    it("answers with the person's own tasks only, as the page shows them, each read logged", async () => {
      const voor = await logregels("gelukt");
      const eigen = await vraag("/api/taken", medewerker);
      assert.equal(eigen.status, 200);
      assert.deepEqual(
        eigen.json.taken.map((t) => [t.werknaam, t.soort]),
        [
          ["Taak 0", "stap_blijft_liggen"],
          ["Taak 1", "stap_blijft_liggen"],
          ["Taak 2", "stap_blijft_liggen"],
        ],
        "most urgent, then the longest waiting first",
      );
      assert.equal(eigen.json.volgende, null);
      const pagina = await mijnTaken(app!.runtime, medewerker, {});
      assert.deepEqual(eigen.json.taken, pagina.taken, "the page's tasks");
      assert.deepEqual((await vraag("/api/taken", collega)).json.taken, [], "a colleague: not her cases");
      assert.deepEqual((await vraag("/api/taken", af)).json.taken, [], "the aandachtsfunctionaris: no decision asked");
      assert.equal(await logregels("gelukt"), voor + 4, "each read logged, the page's included");
    });

    it("searches, filters and orders in the query", async () => {
      const namen = async (pad: string) => (await vraag(pad, medewerker)).json.taken.map((t) => t.werknaam);
      assert.deepEqual(await namen("/api/taken?zoek=taak%201"), ["Taak 1"]);
      assert.deepEqual(await namen(`/api/taken?zoek=${ids[2]!.slice(0, 8)}`), ["Taak 2"], "by reference");
      assert.deepEqual(await namen("/api/taken?zoek=ta&volgorde=nieuwste"), ["Taak 2", "Taak 1", "Taak 0"]);
      assert.deepEqual(await namen("/api/taken?soort=gesprek_plannen"), []);
      assert.deepEqual(await namen("/api/taken?fase=signalen&soort=stap_blijft_liggen&volgorde=wachtend"), [
        "Taak 0",
        "Taak 1",
        "Taak 2",
      ]);
      assert.deepEqual(await namen("/api/taken?fase=monitoring"), []);
    });

    it("pages forwards and back: vorige from a later page, none on the first", async () => {
      const alle = (await vraag("/api/taken", medewerker)).json;
      assert.equal(alle.vorige, null, "the first page has no previous");
      const [eerste] = alle.taken;
      assert.ok(eerste);
      const na = maakCursor({
        richting: "na",
        volgorde: "urgentie",
        sleutel: [String(rangVan("stap_blijft_liggen")), eerste.sinds ?? "-", eerste.dossierId],
      });
      const verder = (await vraag(`/api/taken?vanaf=${na}`, medewerker)).json;
      assert.deepEqual(
        verder.taken.map((t) => t.werknaam),
        ["Taak 1", "Taak 2"],
        "after the first task",
      );
      assert.equal(verder.volgende, null);
      assert.ok(verder.vorige, "a later page has a previous one");
      const terug = (await vraag(`/api/taken?vanaf=${verder.vorige}`, medewerker)).json;
      assert.deepEqual(terug, alle, "back to the first page, read whole, without a previous");
    });

    it("refuses bad parameters with 400 and a Dutch message, logged as invalid and never as a read", async () => {
      const gelukt = await logregels("gelukt");
      const ongeldig = await logregels("ongeldig");
      const urgentieCursor = maakCursor({
        richting: "na",
        volgorde: "urgentie",
        sleutel: ["8", "2026-12-01", ids[0]!],
      });
      const gevallen: [string, string][] = [
        ["soort=koffie", "soort"],
        ["fase=onbekend", "fase"],
        ["volgorde=naam", "volgorde"],
        ["vanaf=geen-cursor", "vanaf"],
        [`volgorde=nieuwste&vanaf=${urgentieCursor}`, "vanaf"],
        [`vanaf=${maakCursor({ richting: "na", volgorde: "urgentie", sleutel: ["99", "-", ids[0]!] })}`, "vanaf"],
        ["pagina=2", "pagina"],
        [`zoek=${"x".repeat(101)}`, "zoek"],
      ];
      for (const [parameters, veld] of gevallen) {
        const antwoord = await vraag(`/api/taken?${parameters}`, medewerker);
        assert.equal(antwoord.status, 400, parameters);
        const { fout } = antwoord.json as unknown as {
          fout: { code: string; melding: string; velden: { veld: string; melding: string }[] };
        };
        assert.equal(fout.code, "ONGELDIGE_INVOER", parameters);
        assert.match(fout.velden[0]?.melding ?? "", /^(?!fout\.).+ .+/, `${parameters}: a sentence, not a key`);
        assert.deepEqual(
          fout.velden.map((v) => v.veld),
          [veld],
          parameters,
        );
      }
      assert.equal(await logregels("gelukt"), gelukt, "nothing logged as read");
      assert.equal(await logregels("ongeldig"), ongeldig + gevallen.length, "each attempt logged as invalid");
      const fout = await weigering(mijnTaken(app!.runtime, medewerker, { volgorde: "naam" }));
      assert.equal(fout.code, "ONGELDIGE_INVOER");
    });
  });
}
