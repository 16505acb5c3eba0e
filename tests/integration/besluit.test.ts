import { randomUUID } from "node:crypto";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen, vindDossier, voegGebeurtenisToe } from "../../src/adapters/db/dossier.repository.ts";
import { zetOrganisatieProtocol } from "../../src/adapters/db/organisatie.repository.ts";
import { action as gebeurtenissenApi } from "../../src/adapters/http/api/gebeurtenissen.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier, lijstMijnDossiers } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { mijnTaken, takenVoorPersoon } from "../../src/app/taken/mijn-taken.ts";
import { bekijkToegang } from "../../src/app/toegang/delen.ts";
import { persoonVan } from "../../src/app/toegang/logboek.ts";
import { beslisserVan } from "../../src/domain/dossier/besluit.ts";
import { bouwToestand } from "../../src/domain/dossier/toestand.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { STANDAARD_PROTOCOL } from "../../src/domain/organisatie/protocol.ts";
import { meldAanVoorApi, type ApiSessies } from "../helpers/api-sessies.ts";
import { testDatabases } from "../helpers/databases.ts";
import { runtimeDatabases, startTestRuntime } from "../helpers/app-runtime.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";

async function code(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
  } catch (fout) {
    if (fout instanceof DomeinFout)
      return `${fout.code}${fout.velden.length ? `:${fout.velden.map((v) => v.sleutel).join(",")}` : ""}`;
    throw fout;
  }
  return "GELUKT";
}

const MELDEN = {
  besluit: "melden",
  toelichting: "Structureel onveilig na het gesprek.",
  afwijkingMotivering: "Acuut: vader dreigt; eerst melden.",
};
const voorstel = (verwachteVersie: number, gegevens: object = MELDEN) => ({
  type: "besluit_voorgesteld",
  verwachteVersie,
  gegevens,
});
const besluit = (verwachteVersie: number, gegevens: object = MELDEN) => ({
  type: "besluit_genomen",
  verwachteVersie,
  gegevens,
});

/** The people of one organisation: two medewerkers, an aandachtsfunctionaris, an eindverantwoordelijke, and one person in both roles. */
async function organisatie(db: GeopendeDatabase, naam: string) {
  const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, naam, [
    ["medewerker"],
    ["medewerker"],
    ["aandachtsfunctionaris"],
    ["eindverantwoordelijke"],
    ["aandachtsfunctionaris", "eindverantwoordelijke"],
  ]);
  const [sanne, joris, fatima, peter, anouk] = mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
  return { organisatieId, sanne, joris, fatima, peter, anouk };
}

const takenIn = async (ctx: AppContext, wie: Ingelogd, dossierId: string) =>
  (await takenVoorPersoon(ctx.db, persoonVan(wie), ctx.klok()))
    .filter((t) => t.dossierId === dossierId)
    .map((t) => t.soort);

for (const testDb of await testDatabases()) {
  describe(`decisions by the person who decides, on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let ctx: AppContext;
    let mensen: Awaited<ReturnType<typeof organisatie>>;

    before(async () => {
      db = await testDb.open();
      ctx = context(db);
      mensen = await organisatie(db, "Regenboog");
    });
    after(async () => db.sluit());

    it("a proposal waits: the eindverantwoordelijke gets access and a task, so does the aandachtsfunctionaris, once for someone in both roles", async () => {
      const { sanne, joris, fatima, peter, anouk } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      assert.equal(
        await code(bekijkDossier(ctx, peter, id)),
        "NIET_GEVONDEN",
        "nothing asked yet: the eindverantwoordelijke does not see the case",
      );
      assert.equal(await code(voegGebeurtenisToeAanDossier(ctx, sanne, id, voorstel(1))), "GELUKT");

      const inzage = await bekijkDossier(ctx, peter, id);
      assert.equal(inzage.grondslag, "eindverantwoordelijke", "access because a decision is asked");
      assert.ok(
        (await lijstMijnDossiers(ctx, peter)).items.some((d) => d.id === id),
        "in his list",
      );
      assert.equal(
        inzage.toestand.openVoorstel?.vastgelegdDoor.id,
        sanne.gebruiker.id,
        "the proposer's name stays with the proposal",
      );

      assert.deepEqual(await takenIn(ctx, peter, id), ["voorstel_beoordelen"], "the eindverantwoordelijke");
      assert.deepEqual(await takenIn(ctx, fatima, id), ["voorstel_beoordelen"], "the aandachtsfunctionaris");
      assert.deepEqual(await takenIn(ctx, anouk, id), ["voorstel_beoordelen"], "both roles: one task");
      assert.deepEqual(await takenIn(ctx, sanne, id), [], "the proposer waits");
      assert.deepEqual(await takenIn(ctx, joris, id), [], "a colleague without access");
      assert.ok(
        (await mijnTaken(ctx, peter)).taken.some((t) => t.dossierId === id && t.soort === "voorstel_beoordelen"),
        "in Mijn taken",
      );

      const toegang = await bekijkToegang(ctx, sanne, id);
      assert.deepEqual(
        toegang.eindverantwoordelijken.map((e) => e.id).sort(),
        [peter.gebruiker.id, anouk.gebruiker.id].sort(),
        "the access page lists the eindverantwoordelijken",
      );
    });

    it("the eindverantwoordelijke confirms: the decision is his, linked to the proposal, and the tasks move on", async () => {
      const { sanne, fatima, peter } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, voorstel(1));
      assert.equal(await code(voegGebeurtenisToeAanDossier(ctx, peter, id, besluit(2))), "GELUKT");
      const { toestand } = await bekijkDossier(ctx, peter, id);
      const genomen = toestand.besluiten[0];
      assert.ok(genomen);
      assert.deepEqual(
        beslisserVan(genomen),
        { id: peter.gebruiker.id, naam: peter.gebruiker.naam },
        "taken by who recorded it",
      );
      assert.equal(genomen.vastgelegdDoor.rol, "eindverantwoordelijke");
      assert.equal(genomen.gegevens.voorstel, toestand.voorstellen[0]?.gebeurtenisId, "settles the proposal");
      assert.equal(toestand.openVoorstel, null);
      assert.deepEqual(await takenIn(ctx, peter, id), [], "nothing asked any more");
      assert.deepEqual(await takenIn(ctx, fatima, id), []);
      assert.deepEqual(await takenIn(ctx, sanne, id), ["melding_versturen"], "the owner sends the report, as before");
    });

    it("a newer proposal replaces the older; changing it needs a reason, and a refusal stores nothing", async () => {
      const { sanne, fatima, peter } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, voorstel(1));
      await voegGebeurtenisToeAanDossier(ctx, fatima, id, voorstel(2, { ...MELDEN, besluit: "melden_en_hulp" }));
      const anders = { ...MELDEN, besluit: "hulp", afwijkingMotivering: "Ouders werken mee." };
      assert.equal(
        await code(voegGebeurtenisToeAanDossier(ctx, peter, id, besluit(3, anders))),
        "ONGELDIGE_INVOER:fout.wijziging_zonder_reden",
      );
      assert.equal((await vindDossier(db.db, mensen.organisatieId, id))?.versie, 3, "nothing stored");
      assert.equal(
        await code(
          voegGebeurtenisToeAanDossier(
            ctx,
            peter,
            id,
            besluit(3, { ...anders, wijzigingReden: "De school kan de hulp zelf bieden." }),
          ),
        ),
        "GELUKT",
      );
      const toestand = bouwToestand(await laadGebeurtenissen(db.db, mensen.organisatieId, id));
      assert.equal(
        toestand.besluiten[0]?.gegevens.voorstel,
        toestand.voorstellen[1]?.gebeurtenisId,
        "the newest proposal",
      );
      assert.equal(toestand.besluiten[0]?.gegevens.wijzigingReden, "De school kan de hulp zelf bieden.");
    });

    it("an event stored before decision 0020, recorded on someone's behalf, still reads with the decider's name", async () => {
      const { sanne, peter } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      // Written past the domain, as the old code stored it: recorded by Sanne, naming Peter.
      await db.db.transaction((tx) =>
        voegGebeurtenisToe(
          tx,
          { id, organisatieId: mensen.organisatieId, versie: 1 },
          {
            id: randomUUID(),
            type: "besluit_genomen",
            stap: "beslissen",
            gegevens: { besluit: "afsluiten", genomenDoor: peter.gebruiker.id, toelichting: "Zorg weggenomen." },
            actor: { id: sanne.gebruiker.id, naam: sanne.gebruiker.naam, rol: "medewerker" },
            opgetredenOp: new Date("2026-10-01T09:00:00Z"),
          },
          {
            werknaam: OPENING.gegevens.werknaam,
            fase: "besluit_afsluiten",
            besluitGevraagd: true,
            wachtOpVtSinds: null,
            versneldSinds: null,
            versneldKlokStart: null,
            versneldKlokActieOp: null,
          },
        ),
      );
      const { toestand, beslisserNamen } = await bekijkDossier(ctx, sanne, id);
      const oud = toestand.besluiten[0];
      assert.ok(oud);
      assert.deepEqual(beslisserVan(oud), { id: peter.gebruiker.id, naam: null });
      assert.equal(beslisserNamen[peter.gebruiker.id], peter.gebruiker.naam, "the name for the page");
      assert.equal(oud.vastgelegdDoor.id, sanne.gebruiker.id, "who recorded it");
      assert.deepEqual(await takenIn(ctx, peter, id), [], "an old decision settles the question");
    });

    it("a protocol that names the aandachtsfunctionaris lets them decide; a medewerker never", async () => {
      const klaver = await organisatie(db, "Klaver");
      await zetOrganisatieProtocol(db.db, klaver.organisatieId, {
        ...STANDAARD_PROTOCOL,
        stappen: {
          ...STANDAARD_PROTOCOL.stappen,
          beslissen: { ...STANDAARD_PROTOCOL.stappen.beslissen, documenteert: "aandachtsfunctionaris" },
        },
      });
      const id = await openDossier(ctx, klaver.sanne, OPENING.gegevens);
      assert.equal(
        await code(voegGebeurtenisToeAanDossier(ctx, klaver.fatima, id, voorstel(1))),
        "ONGELDIGE_INVOER:fout.beslisser_besluit_zelf",
      );
      assert.equal(await code(voegGebeurtenisToeAanDossier(ctx, klaver.fatima, id, besluit(1))), "GELUKT");
      await zetOrganisatieProtocol(db.db, klaver.organisatieId, {
        ...STANDAARD_PROTOCOL,
        stappen: {
          ...STANDAARD_PROTOCOL.stappen,
          beslissen: { ...STANDAARD_PROTOCOL.stappen.beslissen, documenteert: "medewerker" },
        },
      });
      assert.equal(
        await code(voegGebeurtenisToeAanDossier(ctx, klaver.sanne, id, besluit(2))),
        "GEEN_TOEGANG:fout.alleen_beslisser",
      );
    });
  });
}

/**
 * Through the JSON API itself: the resource route reads the process-wide runtime from the
 * environment, so each database gets its own runtime, started and stopped here.
 */
const apiDatabases = await runtimeDatabases("mw-besluit-");

for (const api of apiDatabases) {
  describe(`POST /api/dossiers/{id}/gebeurtenissen on ${api.naam}`, () => {
    let mensen: Awaited<ReturnType<typeof organisatie>>;
    let ctx: AppContext;
    let stopRuntimeEnOmgeving: () => Promise<void> = async () => {};
    let sessies: ApiSessies | undefined;

    before(async () => {
      const gestart = await startTestRuntime(api);
      stopRuntimeEnOmgeving = gestart.stop;
      const runtime = gestart.runtime;
      ctx = runtime;
      mensen = await organisatie(runtime.database, `Api ${api.naam}`);
      sessies = await meldAanVoorApi(runtime, [mensen.sanne, mensen.peter]);
    });
    after(async () => stopRuntimeEnOmgeving());

    async function post(
      wie: Ingelogd,
      id: string,
      body: object,
    ): Promise<{ status: number; json: { fout?: { code: string; velden: { veld: string; melding: string }[] } } }> {
      assert.ok(sessies);
      const antwoord = await gebeurtenissenApi(sessies.post(`/api/dossiers/${id}/gebeurtenissen`, wie, body, { id }));
      return {
        status: antwoord.status,
        json: (await antwoord.json()) as { fout?: { code: string; velden: { veld: string; melding: string }[] } },
      };
    }

    it("a medewerker cannot produce a decision, also not 'on behalf of' the eindverantwoordelijke; only a proposal", async () => {
      const { sanne, peter } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const namens = await post(
        sanne,
        id,
        besluit(1, { ...MELDEN, besluit: "afsluiten", genomenDoor: peter.gebruiker.id }),
      );
      assert.equal(namens.status, 403, "refused");
      assert.equal(namens.json.fout?.code, "GEEN_TOEGANG");
      assert.match(
        namens.json.fout?.velden[0]?.melding ?? "",
        /Alleen de eindverantwoordelijke neemt het besluit/u,
        "a clear Dutch message",
      );
      assert.equal((await post(sanne, id, besluit(1))).status, 403, "without the field too");
      assert.equal((await vindDossier(ctx.db, mensen.organisatieId, id))?.versie, 1, "nothing stored");

      const gedaan = await post(sanne, id, voorstel(1));
      assert.equal(gedaan.status, 201, "a proposal is stored");
      const toestand = bouwToestand(await laadGebeurtenissen(ctx.db, mensen.organisatieId, id));
      assert.equal(toestand.besluiten.length, 0, "no decision");
      assert.equal(toestand.openVoorstel?.vastgelegdDoor.id, sanne.gebruiker.id, "a proposal with the proposer's name");
    });

    it("the eindverantwoordelijke confirms or changes it, in his own name only", async () => {
      const { sanne, peter } = mensen;
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      assert.equal((await post(sanne, id, voorstel(1))).status, 201);
      const namens = await post(peter, id, besluit(2, { ...MELDEN, genomenDoor: sanne.gebruiker.id }));
      assert.equal(namens.status, 400, "no genomenDoor, not even from a decider");
      assert.equal(namens.json.fout?.velden[0]?.veld, "gegevens.genomenDoor");
      const zonderReden = await post(peter, id, besluit(2, { ...MELDEN, besluit: "melden_en_hulp" }));
      assert.equal(zonderReden.status, 400);
      assert.equal(zonderReden.json.fout?.velden[0]?.veld, "gegevens.wijzigingReden", "a change needs a reason");
      const veranderd = await post(
        peter,
        id,
        besluit(2, { ...MELDEN, besluit: "melden_en_hulp", wijzigingReden: "De school biedt ook zelf steun." }),
      );
      assert.equal(veranderd.status, 201, "the decision, changed with a reason");
      const toestand = bouwToestand(await laadGebeurtenissen(ctx.db, mensen.organisatieId, id));
      const genomen = toestand.besluiten[0];
      assert.ok(genomen);
      assert.deepEqual(beslisserVan(genomen), { id: peter.gebruiker.id, naam: peter.gebruiker.naam });
      assert.equal(genomen.gegevens.voorstel, toestand.voorstellen[0]?.gebeurtenisId);
      assert.equal(genomen.gegevens.besluit, "melden_en_hulp");
    });
  });
}
