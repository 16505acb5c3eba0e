import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { vindGebruiker } from "../../src/adapters/db/gebruiker.repository.ts";
import { renderPdf } from "../../src/adapters/pdf/melding-pdf.ts";
import { meldingAlsPdfDocument } from "../../src/adapters/pdf/melding-naar-pdf.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { leesMeldingVoorUitvoer } from "../../src/app/melding/melding-lezen.ts";
import { wijzigBewaartermijn } from "../../src/app/organisatie/protocol.ts";
import { takenVoorPersoon } from "../../src/app/taken/mijn-taken.ts";
import { deelDossier } from "../../src/app/toegang/delen.ts";
import { persoonVan } from "../../src/app/toegang/logboek.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { meldingHash, type MeldingInhoud } from "../../src/domain/melding/melding.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { pdfTekst } from "../support/pdf-tekst.ts";

const INHOUD: MeldingInhoud = {
  melder: "Sanne de Wit, leerkracht, De Regenboog, 010-1234567",
  betrokkenen: "Kind: K. (groep 4), 7 jaar.",
  onveiligNu: "Op 10 november had K. een afdruk van vier vingers op de wang.",
  feiten: "10-11-2026 (eigen waarneming): afdruk op de wang.",
  stappen: "Consultatie 11-11-2026.",
  gezinGeinformeerd: "nee",
  grondNietGeinformeerd: "veiligheid",
  geraadpleegd: "Aandachtsfunctionaris op 11-11-2026.",
  urgentie: "spoed",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};
/** The caller gives how and when; the domain freezes the latest saved draft (decision 0030). */
const VERSTUREN = (versie: number) => ({
  type: "melding_verstuurd",
  verwachteVersie: versie,
  gegevens: { wijze: "telefoon", datum: "2026-11-22", tijd: "09:30", contactpersoon: "Mw. De Boer" },
});

async function logActies(db: GeopendeDatabase, dossierId: string): Promise<string[]> {
  const rijen = await db.db.execute<{ actie: string }>(
    sql`select actie from toegangslog where dossier_id = ${dossierId} order by volgnummer`,
  );
  return (rijen as { rows: { actie: string }[] }).rows.map((r) => r.actie);
}

for (const testDb of await testDatabases()) {
  describe(`the melding and its follow-up on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let beheerder: Ingelogd;

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["medewerker"], ["beheerder"]]);
      [sanne, joris, beheerder] = org.mensen as [Ingelogd, Ingelogd, Ingelogd];
    });
    after(async () => db.sluit());

    async function metConcept(): Promise<{ id: string; versie: number }> {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      const { versie } = await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 2,
        gegevens: { inhoud: INHOUD },
      });
      return { id, versie };
    }

    it("sends the latest draft frozen with its hash, refuses an unchanged resend, and sends a changed draft as version 2", async () => {
      const ctx = context(db);
      const { id, versie } = await metConcept();
      const eerste = await voegGebeurtenisToeAanDossier(ctx, sanne, id, VERSTUREN(versie));
      await assert.rejects(
        voegGebeurtenisToeAanDossier(ctx, sanne, id, VERSTUREN(eerste.versie)),
        (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === "fout.al_verstuurd",
        "unchanged",
      );
      const gewijzigd = await voegGebeurtenisToeAanDossier(context(db, new Date(NU.getTime() + 60_000)), sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: eerste.versie,
        gegevens: { inhoud: { ...INHOUD, urgentie: "acuut" } },
      });
      await voegGebeurtenisToeAanDossier(
        context(db, new Date(NU.getTime() + 120_000)),
        sanne,
        id,
        VERSTUREN(gewijzigd.versie),
      );
      const { toestand } = await bekijkDossier(ctx, sanne, id);
      assert.deepEqual(
        toestand.meldingen.map((m) => m.gegevens.inhoud.urgentie),
        ["spoed", "acuut"],
        "two versions, each as it was",
      );
      assert.equal(toestand.meldingen[0]?.gegevens.hash, meldingHash(INHOUD), "the first version keeps its hash");
    });

    it("refuses content or a hash from the caller: what is sent is the saved draft", async () => {
      const { id, versie } = await metConcept();
      await assert.rejects(
        voegGebeurtenisToeAanDossier(context(db), sanne, id, {
          type: "melding_verstuurd",
          verwachteVersie: versie,
          gegevens: {
            inhoud: INHOUD,
            hash: "a".repeat(64),
            wijze: "telefoon",
            datum: "2026-11-22",
            tijd: "09:30",
            contactpersoon: "X",
          },
        }),
        (f: unknown) => f instanceof DomeinFout && f.velden.some((v) => v.sleutel === "fout.inhoud_uit_concept"),
        "content refused",
      );
    });

    it("logs printing and exporting with their own actions; someone without a basis gets a 404 and nothing", async () => {
      const { id } = await metConcept();
      const ctx = context(db);
      const afdruk = await leesMeldingVoorUitvoer(ctx, sanne, id, "afdrukken");
      await leesMeldingVoorUitvoer(ctx, sanne, id, "exporteren");
      assert.equal(afdruk.inhoud.onveiligNu, INHOUD.onveiligNu, "the saved draft");
      const acties = await logActies(db, id);
      assert.ok(
        acties.includes("dossier_afdrukken") && acties.includes("dossier_exporteren"),
        `print and export logged: ${acties.join(", ")}`,
      );
      await assert.rejects(
        leesMeldingVoorUitvoer(ctx, joris, id, "exporteren"),
        (f: unknown) => f instanceof DomeinFout && f.code === "NIET_GEVONDEN",
        "no basis: 404",
      );
    });

    it("renders a PDF with every section, the ground for not informing the family, and the sent version's hash", async () => {
      const ctx = context(db);
      const { id, versie } = await metConcept();
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, VERSTUREN(versie));
      const melding = await leesMeldingVoorUitvoer(ctx, sanne, id, "exporteren");
      const { paginas, info } = await pdfTekst(await renderPdf(meldingAlsPdfDocument(melding)));
      const tekst = paginas.join("\n");
      for (const kop of [
        "Melder en organisatie",
        "Betrokkenen",
        "Urgentie",
        "Wat maakt de situatie nu onveilig?",
        "Signalen: feiten met datum en bron",
        "Gezette stappen van de meldcode",
        "Is het gezin geïnformeerd over de melding?",
        "Wie is geraadpleegd?",
        "Verwachtingen en rollen",
        "Verstuurd",
      ]) {
        assert.ok(tekst.includes(kop), `section "${kop}"`);
      }
      assert.ok(tekst.includes("Veiligheid"), "the ground for not informing");
      assert.ok(tekst.includes(meldingHash(INHOUD).slice(0, 16)), "the hash of the sent version");
      assert.ok(tekst.includes("Vertrouwelijk"), "the confidentiality line");
      assert.equal(info["Title"], "Melding aan Veilig Thuis", "PDF title");
    });

    it("computes the retention date on closing from the organisation's setting, never from the form", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await wijzigBewaartermijn(ctx, beheerder, { bewaarjaren: "7" });
      // The organisation's setting comes with the signed-in person, as on the next request.
      const gebruiker = await vindGebruiker(db.db, sanne.gebruiker.id);
      assert.ok(gebruiker, "the person");
      await voegGebeurtenisToeAanDossier(ctx, { ...sanne, gebruiker }, id, {
        type: "dossier_afgesloten",
        verwachteVersie: 1,
        gegevens: { reden: "Zorg weggenomen.", sluitreden: "zorg_weggenomen", bewaarTot: "2099-01-01" },
      });
      const { toestand } = await bekijkDossier(ctx, sanne, id);
      assert.equal(
        toestand.sluitingen[0]?.gegevens && "bewaarTot" in toestand.sluitingen[0].gegevens
          ? toestand.sluitingen[0].gegevens.bewaarTot
          : null,
        "2033-11-22",
        "seven years from the closing date",
      );
      await assert.rejects(
        wijzigBewaartermijn(ctx, beheerder, { bewaarjaren: "0" }),
        (f: unknown) => f instanceof DomeinFout && f.code === "ONGELDIGE_INVOER",
        "at least one year",
      );
      await assert.rejects(
        wijzigBewaartermijn(ctx, sanne, { bewaarjaren: "3" }),
        (f: unknown) => f instanceof DomeinFout && f.code === "GEEN_TOEGANG",
        "only a beheerder",
      );
      await wijzigBewaartermijn(ctx, beheerder, { bewaarjaren: "" });
    });

    it("gives tasks to the people responsible for a case, not to those it is shared with", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      // Thirty days without an entry: the case lies still, a task for whoever is responsible.
      await deelDossier(ctx, sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Collega van groep 5.",
      });
      const nu = NU;
      const vanSanne = await takenVoorPersoon(db.db, persoonVan(sanne), new Date(nu.getTime() + 30 * 86_400_000));
      const vanJoris = await takenVoorPersoon(db.db, persoonVan(joris), new Date(nu.getTime() + 30 * 86_400_000));
      assert.ok(
        vanSanne.some((t) => t.dossierId === id && t.soort === "stap_blijft_liggen"),
        "the owner gets the case's task",
      );
      assert.ok(!vanJoris.some((t) => t.dossierId === id), "a colleague it is shared with does not");
    });
  });
}
