import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { leesControlepunten } from "../../src/adapters/bestanden/controlepunten.ts";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { BLIJFT_NA_VERNIETIGING, VERNIETIGDE_TABELLEN } from "../../src/adapters/db/vernietiging.repository.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import {
  bekijkVernietiging,
  hefBewaarplichtOpVoor,
  keurVernietigingGoed,
  leesVernietigingen,
  stelBewaarplichtIn,
  stelVernietigingVoor,
  wijsVernietigingAf,
} from "../../src/app/organisatie/vernietiging.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { legControlepuntVast } from "../../src/app/toegang/controlepunt.ts";
import { deelDossier, vraagNoodtoegang } from "../../src/app/toegang/delen.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

const JAAR = 365 * 24 * 3_600_000;
/** Six years after the cases were closed: past the 5 years of an onderwijs organisation. */
const LATER = new Date(NU.getTime() + 6 * JAAR);
const MORGEN = new Date(NU.getTime() + 24 * 3_600_000);
const SLEUTEL = new TextEncoder().encode("test-sleutel-voor-controlepunten-32+");
const WERKNAAM = "Kim V. (groep 6)";
const VOORSTELREDEN = "Bewaartermijn van vijf jaar verstreken.";
const PLICHTREDEN = "Lopende klachtprocedure bij de geschillencommissie.";

function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

/** The outcome as a word: GELUKT, the domain code, or the code with the first field's key. */
async function uitkomst(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
    return "GELUKT";
  } catch (fout) {
    if (fout instanceof DomeinFout) return [fout.code, ...fout.velden.map((v) => v.sleutel)].join(" ");
    throw fout;
  }
}

const mappen: string[] = [];
after(() => mappen.forEach((m) => rmSync(m, { recursive: true, force: true })));

for (const testDb of await testDatabases()) {
  describe(`destruction at the end of the retention term on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let ankerId: string;
    let sanne: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    let bea: Ingelogd;
    let bob: Ingelogd;
    let ankerBeheerder: Ingelogd;
    /** The case that is destroyed, another closed one, an open one, and one of another organisation. */
    let weg: string;
    let blijft: string;
    let open: string;
    let elders: string;

    /** Row counts per table with a dossier_id, per dossier. */
    async function tellingen(dossierId: string): Promise<Record<string, number>> {
      const uit: Record<string, number> = {};
      for (const tabel of [...VERNIETIGDE_TABELLEN, ...BLIJFT_NA_VERNIETIGING]) {
        const kolom = tabel === "dossiers" ? "id" : "dossier_id";
        const [r] = rijen<{ n: string | number }>(
          await db.db.execute(sql.raw(`select count(*) as n from ${tabel} where ${kolom} = '${dossierId}'`)),
        );
        uit[tabel] = Number(r?.n ?? 0);
      }
      return uit;
    }

    async function sluit(wie: Ingelogd, id: string, versie: number) {
      await voegGebeurtenisToeAanDossier(context(db, NU), wie, id, {
        type: "dossier_afgesloten",
        verwachteVersie: versie,
        gegevens: { reden: "Zorg weggenomen." },
      });
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["beheerder"],
        ["beheerder"],
      ]);
      organisatieId = org.organisatieId;
      [sanne, fatima, peter, bea, bob] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      const anker = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"], ["beheerder"]]);
      ankerId = anker.organisatieId;
      ankerBeheerder = anker.mensen[1] as Ingelogd;
      const ctx = context(db, NU);
      // The case to destroy has something in every table keyed by a dossier.
      weg = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: WERKNAAM });
      await voegGebeurtenisToeAanDossier(ctx, sanne, weg, { ...SIGNAAL, verwachteVersie: 1 });
      await deelDossier(ctx, sanne, weg, {
        gebruikerId: fatima.gebruiker.id,
        soort: "toegewezen",
        reden: "Fatima is aandachtsfunctionaris van groep 6.",
      });
      await vraagNoodtoegang(ctx, peter, { dossier: weg, reden: "Ouder belt met een acute vraag over Kim." });
      await sluit(sanne, weg, 2);
      blijft = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Blijft (groep 3)" });
      await voegGebeurtenisToeAanDossier(ctx, sanne, blijft, { ...SIGNAAL, verwachteVersie: 1 });
      await sluit(sanne, blijft, 2);
      open = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Open (groep 1)" });
      elders = await openDossier(ctx, anker.mensen[0] as Ingelogd, { ...OPENING.gegevens, werknaam: "Elders" });
      await sluit(anker.mensen[0] as Ingelogd, elders, 1);
    });
    after(async () => db.sluit());

    it("every table with a dossier_id is either emptied by a destruction or kept on purpose", async () => {
      const tabellen = rijen<{ table_name: string }>(
        await db.db.execute(
          sql`select distinct table_name from information_schema.columns where table_schema = 'public' and column_name = 'dossier_id' order by table_name`,
        ),
      ).map((r) => r.table_name);
      const bekend = new Set<string>([...VERNIETIGDE_TABELLEN, ...BLIJFT_NA_VERNIETIGING]);
      assert.deepEqual(
        tabellen.filter((t) => !bekend.has(t)),
        [],
        "a table keyed by the dossier that destruction does not know",
      );
    });

    it("lists the closed cases past their date, oldest first, for the beheerder and the eindverantwoordelijke only", async () => {
      const lijst = await leesVernietigingen(context(db, LATER), bea);
      assert.deepEqual(
        lijst.items.map((r) => r.dossierId).sort(),
        [weg, blijft].sort(),
        "closed and past: not the open case, not another organisation's",
      );
      const rij = lijst.items.find((r) => r.dossierId === weg);
      assert.equal(rij?.kenmerk, weg.slice(0, 8));
      assert.equal(rij?.geopendOp, "2026-11-22");
      assert.equal(rij?.geslotenOp, "2026-11-22");
      assert.equal(rij?.bewaarTot, "2031-11-22");
      assert.equal(JSON.stringify(lijst).includes(WERKNAAM), false, "no working name on the page");
      assert.deepEqual((await leesVernietigingen(context(db, LATER), peter)).items.length, 2);
      assert.deepEqual(
        (await leesVernietigingen(context(db, MORGEN), bea)).items,
        [],
        "the next day nothing is past its date",
      );
      assert.deepEqual(
        (await leesVernietigingen(context(db, MORGEN), bea, { alle: "ja" })).items.map((r) => r.dossierId).sort(),
        [weg, blijft].sort(),
        "every closed case on request",
      );
      assert.deepEqual(
        (await leesVernietigingen(context(db, LATER), bea, { kenmerk: weg.slice(0, 8).toUpperCase() })).items.map(
          (r) => r.dossierId,
        ),
        [weg],
        "searched by reference",
      );
      assert.deepEqual(
        (await leesVernietigingen(context(db, LATER), ankerBeheerder)).items.map((r) => r.dossierId),
        [elders],
      );
      for (const wie of [sanne, fatima])
        assert.equal(await uitkomst(leesVernietigingen(context(db, LATER), wie)), "GEEN_TOEGANG");
      assert.equal(
        await uitkomst(leesVernietigingen(context(db, LATER), bea, { kenmerk: "xyz" })),
        "ONGELDIGE_INVOER fout.vernietiging_kenmerk",
      );
      assert.equal(
        await uitkomst(leesVernietigingen(context(db, LATER), bea, { cursor: "bm9n" })),
        "ONGELDIGE_INVOER fout.ongeldige_cursor",
      );
    });

    it("pages by retention date and id, forward and back", async () => {
      const ctx = context(db, LATER);
      const eerste = await leesVernietigingen(ctx, bea);
      assert.equal(eerste.volgende, null, "two rows: one page");
      const ids = eerste.items.map((r) => r.sleutel.join("|"));
      assert.deepEqual(ids, [...ids].sort(), "ordered by (date, id)");
    });

    it("proposing: not before the date, not twice, only by a beheerder, not under a legal hold", async () => {
      const voorstel = { dossierId: weg, reden: VOORSTELREDEN };
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, MORGEN), bea, voorstel)),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.termijn_loopt",
      );
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bea, { ...voorstel, dossierId: open })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.niet_gesloten",
      );
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), peter, voorstel)),
        "GEEN_TOEGANG",
        "the eindverantwoordelijke judges, she does not propose",
      );
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bea, { dossierId: weg, reden: "" })),
        "ONGELDIGE_INVOER fout.verplicht",
      );
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), ankerBeheerder, voorstel)),
        "NIET_GEVONDEN",
        "another organisation's case does not exist here",
      );
      assert.equal(await uitkomst(stelVernietigingVoor(context(db, LATER), bea, voorstel)), "GELUKT");
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bob, voorstel)),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.al_voorgesteld",
      );
      const detail = await bekijkVernietiging(context(db, LATER), bea, weg);
      assert.equal(detail.goedkeuren, "eigen_voorstel", "the page tells the proposer she cannot approve");
      assert.equal((await bekijkVernietiging(context(db, LATER), bob, weg)).goedkeuren, null);
    });

    it("the proposer cannot approve her own proposal: refused, and logged with the case", async () => {
      assert.equal(
        await uitkomst(keurVernietigingGoed(context(db, LATER), bea, { dossierId: weg })),
        "GEEN_TOEGANG vernietiging.weigering.eigen_voorstel",
      );
      const [regel] = rijen<{ uitkomst: string; dossier_id: string }>(
        await db.db.execute(
          sql`select uitkomst, dossier_id from toegangslog where actie = 'vernietiging_goedkeuren' and gebruiker_id = ${bea.gebruiker.id}`,
        ),
      );
      assert.deepEqual(regel, { uitkomst: "geweigerd", dossier_id: weg });
      assert.equal((await tellingen(weg)).gebeurtenissen, 3, "nothing removed");
    });

    it("a legal hold blocks approval and proposal until it is lifted; placing and lifting are recorded", async () => {
      assert.equal(
        await uitkomst(stelBewaarplichtIn(context(db, LATER), peter, { dossierId: weg, reden: PLICHTREDEN })),
        "GELUKT",
      );
      assert.equal(
        await uitkomst(stelBewaarplichtIn(context(db, LATER), bob, { dossierId: weg, reden: PLICHTREDEN })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.al_blokkade",
      );
      assert.equal(
        await uitkomst(keurVernietigingGoed(context(db, LATER), bob, { dossierId: weg })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.bewaarplicht",
      );
      assert.equal(
        await uitkomst(stelBewaarplichtIn(context(db, LATER), bob, { dossierId: blijft, reden: PLICHTREDEN })),
        "GELUKT",
      );
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bea, { dossierId: blijft, reden: VOORSTELREDEN })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.bewaarplicht",
      );
      assert.equal(
        await uitkomst(stelBewaarplichtIn(context(db, LATER), fatima, { dossierId: blijft, reden: PLICHTREDEN })),
        "GEEN_TOEGANG",
      );
      const lijst = await leesVernietigingen(context(db, LATER), bea);
      assert.equal(lijst.items.find((r) => r.dossierId === weg)?.bewaarplicht?.reden, PLICHTREDEN);
      assert.equal(await uitkomst(hefBewaarplichtOpVoor(context(db, LATER), bob, { dossierId: weg })), "GELUKT");
      assert.equal(
        await uitkomst(hefBewaarplichtOpVoor(context(db, LATER), bob, { dossierId: weg })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.geen_blokkade",
      );
      const [plicht] = (await bekijkVernietiging(context(db, LATER), bea, weg)).bewaarplichten;
      assert.equal(plicht?.ingesteldDoorNaam, peter.gebruiker.naam);
      assert.equal(plicht?.opgehevenDoorNaam, bob.gebruiker.naam);
      assert.ok(plicht?.opgehevenOp);
    });

    it("the database refuses deleting events outside an approved destruction, also when the case is named", async () => {
      for (const opdracht of [
        `delete from gebeurtenissen where dossier_id = '${weg}'`,
        `delete from noodtoegang where dossier_id = '${weg}'`,
      ]) {
        await assert.rejects(
          db.db.transaction(async (tx) => {
            await tx.execute(sql`select set_config('meldwijzer.vernietiging', ${weg}, true)`);
            await tx.execute(sql.raw(opdracht));
          }),
          (f: unknown) =>
            /alleen-toevoegen/.test(
              `${(f as Error).message} ${((f as Error).cause as Error | undefined)?.message ?? ""}`,
            ),
          opdracht,
        );
      }
      await assert.rejects(db.db.execute(sql.raw(`update gebeurtenissen set stap = 'x' where dossier_id = '${weg}'`)));
    });

    it("a second person approves: the case's content is gone, nothing else is touched, and the log still verifies", async () => {
      const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-vernietiging-"));
      mappen.push(map);
      assert.ok(
        await legControlepuntVast(db.db, { map, sleutel: SLEUTEL }, new Date()),
        "a checkpoint before the destruction",
      );
      const voor = {
        weg: await tellingen(weg),
        blijft: await tellingen(blijft),
        open: await tellingen(open),
        elders: await tellingen(elders),
      };
      assert.ok(
        voor.weg.gebeurtenissen === 3 &&
          voor.weg.dossier_toegang === 1 &&
          voor.weg.noodtoegang === 1 &&
          voor.weg.dossier_toestanden === 1 &&
          voor.weg.bewaarplichten === 1,
      );
      const logVoor = voor.weg.toegangslog ?? 0;
      assert.ok(logVoor > 5);

      const { verwijderd } = await keurVernietigingGoed(context(db, LATER), bob, { dossierId: weg });
      assert.deepEqual(Object.fromEntries(Object.entries(verwijderd).filter(([, n]) => n > 0)), {
        dossier_toestanden: 1,
        dossier_toegang: 1,
        noodtoegang: 1,
        bewaarplichten: 1,
        gebeurtenissen: 3,
        dossiers: 1,
      });
      const na = await tellingen(weg);
      for (const tabel of VERNIETIGDE_TABELLEN) assert.equal(na[tabel], 0, `${tabel}: nothing of the case is left`);
      assert.equal(na.toegangslog, logVoor + 1, "the log keeps its entries and adds the destruction");
      assert.deepEqual(await tellingen(blijft), voor.blijft, "another closed case untouched");
      assert.deepEqual(await tellingen(open), voor.open, "an open case untouched");
      assert.deepEqual(await tellingen(elders), voor.elders, "another organisation's case untouched");

      const [record] = rijen<Record<string, unknown>>(
        await db.db.execute(sql`select * from vernietigingen where dossier_id = ${weg} and status = 'vernietigd'`),
      );
      assert.ok(record);
      assert.deepEqual(
        [
          record.kenmerk,
          record.geopend_op,
          record.gesloten_op,
          record.bewaar_tot,
          record.voorgesteld_door,
          record.beoordeeld_door,
        ],
        [weg.slice(0, 8), "2026-11-22", "2026-11-22", "2031-11-22", bea.gebruiker.id, bob.gebruiker.id],
      );
      assert.equal(JSON.stringify(record).includes("Kim"), false, "no name of the child in the record");
      const redenen = rijen<{ reden: string; afwijsreden: string | null }>(
        await db.db.execute(sql`select reden, afwijsreden from vernietigingen where dossier_id = ${weg}`),
      );
      assert.deepEqual(
        redenen,
        [{ reden: "", afwijsreden: null }],
        "the typed reason is emptied: the record keeps no free text",
      );

      const [regel] = rijen<{ uitkomst: string; details: string }>(
        await db.db.execute(
          sql`select uitkomst, details from toegangslog where actie = 'vernietiging_goedkeuren' and uitkomst = 'gelukt' and dossier_id = ${weg}`,
        ),
      );
      assert.equal(
        regel?.details,
        "dossier_taken: 0, dossier_toestanden: 1, dossier_toegang: 1, noodtoegang: 1, bewaarplichten: 1, gebeurtenissen: 3, dossiers: 1",
      );
      const inhoud = rijen<{ details: string | null }>(
        await db.db.execute(sql`select details from toegangslog where organisatie_id = ${organisatieId}`),
      );
      for (const tekst of [
        "Kim",
        WERKNAAM,
        VOORSTELREDEN,
        PLICHTREDEN,
        "Zorg weggenomen",
        "Komt zonder jas",
        "acute vraag",
        "groep 6",
      ]) {
        assert.equal(inhoud.filter((r) => r.details?.includes(tekst)).length, 0, `no log entry holds "${tekst}"`);
      }

      await verzegelToegangslog(db.db);
      assert.deepEqual(
        (await controleerToegangslog(db.db)).eersteBreuk,
        null,
        "every chain verifies without the destroyed rows",
      );
      const rapport = await controleerToegangslog(db.db, {
        paginagrootte: 3,
        controlepunten: { punten: await leesControlepunten(map), sleutel: SLEUTEL },
      });
      assert.equal(rapport.eersteBreuk, null, "and against the checkpoint taken before");

      const lijst = await leesVernietigingen(context(db, LATER), bea);
      assert.deepEqual(
        lijst.items.map((r) => r.dossierId),
        [blijft],
      );
      assert.deepEqual(
        lijst.vernietigd.map((r) => [r.kenmerk, r.voorgesteldDoorNaam, r.goedgekeurdDoorNaam]),
        [[weg.slice(0, 8), bea.gebruiker.naam, bob.gebruiker.naam]],
      );
      assert.equal(
        await uitkomst(keurVernietigingGoed(context(db, LATER), peter, { dossierId: weg })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.geen_voorstel",
        "approving again finds nothing",
      );
      assert.equal(await uitkomst(bekijkVernietiging(context(db, LATER), bea, weg)), "NIET_GEVONDEN");
    });

    it("rejecting keeps the case; the proposer may withdraw her own, and a new proposal may follow", async () => {
      assert.equal(await uitkomst(hefBewaarplichtOpVoor(context(db, LATER), peter, { dossierId: blijft })), "GELUKT");
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bea, { dossierId: blijft, reden: VOORSTELREDEN })),
        "GELUKT",
      );
      assert.equal(
        await uitkomst(
          wijsVernietigingAf(context(db, LATER), bea, { dossierId: blijft, reden: "Te vroeg voorgesteld." }),
        ),
        "GELUKT",
      );
      assert.equal(
        await uitkomst(wijsVernietigingAf(context(db, LATER), bob, { dossierId: blijft, reden: "Nog eens." })),
        "VERNIETIGING_GEWEIGERD vernietiging.weigering.geen_voorstel",
      );
      assert.equal((await tellingen(blijft)).gebeurtenissen, 3);
      const geschiedenis = (await bekijkVernietiging(context(db, LATER), bob, blijft)).voorstellenGeschiedenis;
      assert.deepEqual(
        geschiedenis.map((v) => [v.status, v.afwijsreden]),
        [["afgewezen", "Te vroeg voorgesteld."]],
      );
    });

    it("two approvals at the same moment destroy once: the second waits for the row lock and finds nothing to approve", async () => {
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bea, { dossierId: blijft, reden: VOORSTELREDEN })),
        "GELUKT",
      );
      const uitkomsten = await Promise.all(
        [bob, peter].map((wie) => uitkomst(keurVernietigingGoed(context(db, LATER), wie, { dossierId: blijft }))),
      );
      assert.deepEqual(uitkomsten.sort(), ["GELUKT", "VERNIETIGING_GEWEIGERD vernietiging.weigering.geen_voorstel"]);
      const [r] = rijen<{ n: string | number }>(
        await db.db.execute(
          sql`select count(*) as n from vernietigingen where dossier_id = ${blijft} and status = 'vernietigd'`,
        ),
      );
      assert.equal(Number(r?.n), 1);
      assert.equal((await tellingen(blijft)).dossiers, 0);
      await verzegelToegangslog(db.db);
      assert.deepEqual((await controleerToegangslog(db.db)).eersteBreuk, null);
      assert.ok(ankerId);
    });

    it("a case about a beheerder as the staff member under suspicion does not exist on her destruction pages (decision 0053)", async () => {
      const ctx = context(db, NU);
      const overBob = await openDossier(ctx, fatima, {
        ...OPENING.gegevens,
        werknaam: "Melding over een collega",
        soort: "vermoeden_medewerker",
        betrokkeneGebruikerId: bob.gebruiker.id,
      });
      await sluit(fatima, overBob, 1);
      const zichtbaar = async (wie: Ingelogd) =>
        (await leesVernietigingen(context(db, LATER), wie, { alle: "ja" })).items.some((r) => r.dossierId === overBob);
      assert.equal(await zichtbaar(bea), true, "the other beheerder sees it");
      assert.equal(await zichtbaar(bob), false, "the colleague concerned does not");
      assert.equal(await uitkomst(bekijkVernietiging(context(db, LATER), bob, overBob)), "NIET_GEVONDEN");
      const onbekend = "00000000-0000-4000-8000-0000000000ff";
      assert.equal(
        await uitkomst(stelVernietigingVoor(context(db, LATER), bob, { dossierId: overBob, reden: VOORSTELREDEN })),
        await uitkomst(stelVernietigingVoor(context(db, LATER), bob, { dossierId: onbekend, reden: VOORSTELREDEN })),
        "the same answer as a case that never existed",
      );
      assert.equal(
        await uitkomst(stelBewaarplichtIn(context(db, LATER), bob, { dossierId: overBob, reden: PLICHTREDEN })),
        "NIET_GEVONDEN",
      );
      assert.equal((await bekijkVernietiging(context(db, LATER), bea, overBob)).dossierId, overBob);
    });
  });
}
