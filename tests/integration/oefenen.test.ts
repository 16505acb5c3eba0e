import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { lijstMijnDossiers } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import {
  beantwoordOefenpunt,
  begin,
  bekijkOefening,
  oefenOverzicht,
  verwijderOefendataVanOrganisatie,
  type OefenInvoer,
} from "../../src/app/oefenen/oefenen.ts";
import {
  beantwoordTeamsessie,
  bekijkTeamsessie,
  mijnTeamsessies,
  onthulTeamsessie,
  openTeamsessie,
} from "../../src/app/oefenen/teamsessie.ts";
import { takenVoorPersoon } from "../../src/app/taken/mijn-taken.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { persoonVan } from "../../src/app/toegang/logboek.ts";
import { exporteerWerkvoorraad } from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { casusMetId } from "../../src/domain/kennis/oefencasussen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";

function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

const CASUS = casusMetId("plekken-bij-noor")!;
const keuze = (punt: string, gekozen: string[]): OefenInvoer => ({ punt, gekozen, velden: {} });
const velden = (punt: string, v: Record<string, string>): OefenInvoer => ({ punt, gekozen: [], velden: v });
const VIJF = { vraag_1: "ja", vraag_2: "ja", vraag_3: "weet_niet", vraag_4: "nee", vraag_5: "nee" };

for (const testDb of await testDatabases()) {
  describe(`oefenen on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    let beheerder: Ingelogd;
    let vreemde: Ingelogd;
    let organisatieId: string;

    /** Everything a real list, projection, task, digest, figure, export or log check could count. */
    async function wereld(): Promise<unknown> {
      return {
        dossiers: rijen(await db.db.execute(sql`select id, versie, fase, besluit_gevraagd from dossiers order by id`)),
        gebeurtenissen: rijen(await db.db.execute(sql`select id, volgnummer from gebeurtenissen order by id`)),
        toestanden: rijen(
          await db.db.execute(sql`select dossier_id, versie, vorm from dossier_toestanden order by dossier_id`),
        ),
        taken: rijen(
          await db.db.execute(
            sql`select dossier_id, voor, soort, vanaf from dossier_taken order by dossier_id, voor, soort`,
          ),
        ),
        toegangslog: rijen(await db.db.execute(sql`select id, keten, volgnummer, hash from toegangslog order by id`)),
        takenoverzichten: rijen(
          await db.db.execute(sql`select gebruiker_id, datum from takenoverzichten order by gebruiker_id, datum`),
        ),
      };
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["beheerder"],
      ]);
      organisatieId = org.organisatieId;
      [sanne, joris, fatima, peter, beheerder] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      vreemde = (await maakOrganisatieMetMensen(db, "Anker", [["aandachtsfunctionaris"]])).mensen[0] as Ingelogd;
      await openDossier(context(db), sanne, OPENING.gegevens);
    });
    after(async () => db.sluit());

    it("practice leaves every dossier, projection, task, digest and the access log as it was", async () => {
      const voor = await wereld();
      const takenVoor = await takenVoorPersoon(db.db, persoonVan(sanne), NU);
      const ctx = context(db);

      // A whole walk: both stages, the reflection, the weighing.
      assert.equal(
        await code(beantwoordOefenpunt(ctx, sanne, CASUS.id, keuze("horen", ["af"]))),
        "VRAAG_NIET_AAN_DE_BEURT",
        "points go in order",
      );
      await beantwoordOefenpunt(ctx, sanne, CASUS.id, keuze("zien", ["plekken", "vader"]));
      await beantwoordOefenpunt(ctx, sanne, CASUS.id, keuze("horen", ["af"]));
      await beantwoordOefenpunt(
        ctx,
        sanne,
        CASUS.id,
        velden("reflectie", {
          goed: "Rustig gebleven.",
          ervaring_ouders: "Boos, daarna iets zachter.",
          anders: "Eerder naar moeder vragen.",
        }),
      );
      await beantwoordOefenpunt(
        ctx,
        sanne,
        CASUS.id,
        velden("afweging", { disclosure: "nee", vraag_1: "ja", vraag_2: "ja" }),
      );

      // A team session with three participants and the spread.
      const teamcode = await openTeamsessie(ctx, fatima, CASUS.id);
      for (const wie of [sanne, joris, peter]) await beantwoordTeamsessie(ctx, wie, teamcode, VIJF);
      await onthulTeamsessie(ctx, fatima, teamcode);

      assert.deepEqual(await wereld(), voor);
      assert.deepEqual(await takenVoorPersoon(db.db, persoonVan(sanne), NU), takenVoor);
      await verzegelToegangslog(db.db);
      const rapport = await controleerToegangslog(db.db);
      assert.equal(rapport.eersteBreuk, null);

      // The real list and export show the one real dossier, and nothing of the practice case.
      const lijst = await lijstMijnDossiers(ctx, fatima);
      assert.equal(lijst.items.length, 1);
      const { csv, aantal } = await exporteerWerkvoorraad(ctx, fatima, {}, (s) => s);
      assert.equal(aantal, 1);
      assert.ok(!csv.includes("Noor") && !csv.includes(CASUS.id));
      const [tellingen] = rijen<{ oefen: string; antwoorden: string; team: string; team_antwoorden: string }>(
        await db.db.execute(sql`
        select (select count(*) from oefen_sessies) as oefen, (select count(*) from oefen_antwoorden) as antwoorden,
               (select count(*) from team_sessies) as team, (select count(*) from team_antwoorden) as team_antwoorden`),
      );
      assert.deepEqual(
        tellingen && Object.values(tellingen).map(Number),
        [1, 4, 1, 3],
        "practice went to its own tables",
      );
    });

    it("shows a walk only to its own person, with every answer in order", async () => {
      const ctx = context(db);
      const eigen = await bekijkOefening(ctx, sanne, CASUS.id);
      assert.ok(eigen.sessie?.afgerondOp, "the weighing finishes the walk");
      assert.deepEqual([...eigen.antwoorden.keys()].sort(), ["afweging", "horen", "reflectie", "zien"]);
      assert.deepEqual(eigen.antwoorden.get("afweging"), { antwoorden: { 1: "ja", 2: "ja" }, disclosure: false });
      const ander = await bekijkOefening(ctx, joris, CASUS.id);
      assert.equal(ander.sessie, null, "a colleague sees nothing of it");
      assert.equal((await oefenOverzicht(ctx, sanne)).mijn.length, 1);
      assert.equal((await oefenOverzicht(ctx, joris)).mijn.length, 0);
      assert.equal(await code(bekijkOefening(ctx, sanne, "bestaat-niet")), "NIET_GEVONDEN");
    });

    it("practising a case again starts a fresh walk; the earlier notes stay", async () => {
      const ctx = context(db, new Date(NU.getTime() + 60_000));
      await begin(ctx, fatima, "lina-vertelt");
      await beantwoordOefenpunt(ctx, fatima, "lina-vertelt", keuze("zien", ["mouwen"]));
      await begin(context(db, new Date(NU.getTime() + 120_000)), fatima, "lina-vertelt");
      const vers = await bekijkOefening(ctx, fatima, "lina-vertelt");
      assert.equal(vers.antwoorden.size, 0, "the new walk is empty");
      const [n] = rijen<{ n: number }>(
        await db.db.execute(
          sql`select count(*)::int as n from oefen_sessies where gebruiker_id = ${fatima.gebruiker.id}`,
        ),
      );
      assert.equal(n?.n, 2);
      assert.equal(await code(begin(ctx, fatima, "bestaat-niet")), "NIET_GEVONDEN");
    });

    it("refuses bad input with a message per field and stores nothing", async () => {
      const ctx = context(db);
      const voor = rijen(await db.db.execute(sql`select count(*)::int as n from oefen_antwoorden`));
      const gevallen: [string, OefenInvoer, string][] = [
        ["no choice", keuze("zien", []), "keuze"],
        ["an unknown option", keuze("zien", ["plekken", "verzonnen"]), "keuze"],
        ["a valid answer, which is stored", keuze("zien", ["plekken"]), ""],
        ["an unknown point", keuze("elders", ["a"]), "punt"],
        ["a weighing without disclosure", velden("afweging", { vraag_1: "ja", vraag_2: "ja" }), "disclosure"],
        ["a weighing that stops halfway", velden("afweging", { disclosure: "nee", vraag_1: "ja" }), "vraag_2"],
        [
          "a weighing with an unknown answer",
          velden("afweging", { disclosure: "nee", vraag_1: "misschien" }),
          "vraag_1",
        ],
        [
          "an empty reflection",
          velden("reflectie", { goed: "x", ervaring_ouders: " ", anders: "y" }),
          "ervaring_ouders",
        ],
      ];
      for (const [naam, invoer, veld] of gevallen) {
        try {
          await beantwoordOefenpunt(ctx, joris, CASUS.id, invoer);
          if (veld !== "") assert.fail(`${naam}: accepted`);
        } catch (fout) {
          assert.ok(fout instanceof DomeinFout, naam);
          if (veld !== "") {
            assert.equal(fout.code, "ONGELDIGE_INVOER", naam);
            assert.ok(
              fout.velden.some((v) => v.veld === veld),
              `${naam}: ${JSON.stringify(fout.velden)}`,
            );
          }
        }
      }
      // The one valid answer among them ("zien" with one option) started Joris's walk; nothing else was stored.
      const na = rijen<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from oefen_antwoorden`));
      assert.equal(na[0]?.n, (voor[0] as { n: number }).n + 1);
    });

    it("a team session: only the aandachtsfunctionaris opens and reveals, the spread waits for three answers, no names", async () => {
      const ctx = context(db);
      assert.equal(await code(openTeamsessie(ctx, sanne, CASUS.id)), "GEEN_TOEGANG");
      assert.equal(await code(openTeamsessie(ctx, fatima, "bestaat-niet")), "ONGELDIGE_INVOER");
      const teamcode = await openTeamsessie(ctx, fatima, "sam-wordt-stiller");
      assert.match(teamcode, /^[A-Z2-9]{6}$/);
      assert.equal(
        await code(bekijkTeamsessie(ctx, vreemde, teamcode)),
        "NIET_GEVONDEN",
        "another organisation's session does not exist for them",
      );
      assert.equal(await code(beantwoordTeamsessie(ctx, vreemde, teamcode, VIJF)), "NIET_GEVONDEN");
      assert.equal(
        await code(beantwoordTeamsessie(ctx, sanne, teamcode, { ...VIJF, vraag_5: "" })),
        "ONGELDIGE_INVOER",
        "all five questions",
      );
      await beantwoordTeamsessie(ctx, sanne, teamcode, VIJF);
      await beantwoordTeamsessie(ctx, joris, teamcode, {
        ...VIJF,
        vraag_2: "nee",
        vraag_3: "ja",
        vraag_4: "ja",
        vraag_5: "ja",
      });
      assert.equal(
        await code(onthulTeamsessie(ctx, fatima, teamcode)),
        "ONGELDIGE_INVOER",
        "two answers: the spread would give them away",
      );
      await beantwoordTeamsessie(ctx, sanne, teamcode, { ...VIJF, vraag_1: "nee" });
      assert.equal((await bekijkTeamsessie(ctx, fatima, teamcode)).aantal, 2, "changing one's answer is not a new one");
      await beantwoordTeamsessie(ctx, fatima, teamcode, VIJF);
      const wachtend = await bekijkTeamsessie(ctx, joris, teamcode);
      assert.equal(wachtend.spreiding, null, "nothing before the reveal");
      assert.equal(wachtend.eigen?.[2], "nee", "but one's own answers");
      assert.equal(await code(onthulTeamsessie(ctx, joris, teamcode)), "GEEN_TOEGANG", "a medewerker cannot lead");
      await onthulTeamsessie(ctx, fatima, teamcode);
      const beeld = await bekijkTeamsessie(ctx, peter, teamcode);
      assert.equal(beeld.isGastheer, false);
      assert.deepEqual(beeld.spreiding?.perVraag[1], { ja: 2, nee: 1, weet_niet: 0 });
      assert.deepEqual(beeld.spreiding?.perAdvies, { melden: 1, melden_en_hulp: 0, hulp: 1, afsluiten: 1, geen: 0 });
      assert.ok(
        !JSON.stringify(beeld).includes(sanne.gebruiker.id) && !JSON.stringify(beeld).includes(joris.gebruiker.id),
        "no one's id in what others see",
      );
      assert.equal(
        await code(beantwoordTeamsessie(ctx, peter, teamcode, VIJF)),
        "ONGELDIGE_INVOER",
        "no answers after the reveal",
      );
      assert.equal(
        await code(bekijkTeamsessie(ctx, peter, teamcode.toLowerCase())),
        "GELUKT",
        "a code typed in lower case",
      );
      assert.equal((await mijnTeamsessies(ctx, fatima)).length, 2);
      assert.deepEqual(await mijnTeamsessies(ctx, sanne), []);
    });

    it("a beheerder removes the organisation's practice data, and only theirs; the log chain still holds", async () => {
      const ctx = context(db);
      await openTeamsessie(ctx, vreemde, CASUS.id);
      assert.equal(await code(verwijderOefendataVanOrganisatie(ctx, sanne)), "GEEN_TOEGANG");
      assert.deepEqual((await oefenOverzicht(ctx, beheerder)).oefendata, { oefenSessies: 4, teamSessies: 2 });
      assert.equal((await oefenOverzicht(ctx, sanne)).oefendata, null, "the figures are the beheerder's");
      assert.deepEqual(await verwijderOefendataVanOrganisatie(ctx, beheerder), { oefenSessies: 4, teamSessies: 2 });
      assert.equal((await bekijkOefening(ctx, sanne, CASUS.id)).sessie, null);
      const [rest] = rijen<{ oefen: number; antwoorden: number; team: number; eigen: number }>(
        await db.db.execute(sql`
        select (select count(*)::int from oefen_sessies) as oefen, (select count(*)::int from oefen_antwoorden) as antwoorden,
               (select count(*)::int from team_sessies) as team, (select count(*)::int from team_sessies where organisatie_id = ${organisatieId}) as eigen`),
      );
      assert.deepEqual(
        rest,
        { oefen: 0, antwoorden: 0, team: 1, eigen: 0 },
        "the other organisation keeps its session",
      );
      const [regel] = rijen<{ details: string }>(
        await db.db.execute(
          sql`select details from toegangslog where organisatie_id = ${organisatieId} and actie = 'organisatie_beheren' and uitkomst = 'gelukt'`,
        ),
      );
      assert.equal(regel?.details, "oefengegevens verwijderd: 4 oefensessies, 2 teamsessies");
      await verzegelToegangslog(db.db);
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null);
    });
  });
}
