import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import { afschriftAlsPdfDocument } from "../../src/adapters/pdf/afschrift-naar-pdf.ts";
import { renderPdf } from "../../src/adapters/pdf/melding-pdf.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { leesAfschrift, leesAfschriftVoorbereiding, markeerTekst } from "../../src/app/dossier/afschrift.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { maakAfschrift, vermeldingenVoorAfschrift } from "../../src/domain/dossier/afschrift.ts";
import { isInzageType } from "../../src/domain/dossier/keuzes.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { pdfTekst } from "../support/pdf-tekst.ts";

/** The informant, written in three entries, once in capitals and once with an accent in the first name. */
const NAAM = "Ria Jansen-Çelik";
const om = (iso: string) => new Date(iso);

/** Every text a reader can get out of a PDF: the pages, the document info and the outline (bookmarks). */
async function allesLeesbaar(pdf: Uint8Array): Promise<string> {
  const { paginas, info } = await pdfTekst(pdf);
  const taak = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const document = await taak.promise;
    const titels: string[] = [];
    const loop = (items: readonly { title: string; items: unknown[] }[] | null) => {
      for (const item of items ?? []) {
        titels.push(item.title);
        loop(item.items as { title: string; items: unknown[] }[]);
      }
    };
    loop(await document.getOutline());
    const { metadata } = await document.getMetadata();
    return [...paginas, JSON.stringify(info), ...titels, metadata ? JSON.stringify(metadata.getAll()) : ""].join("\n");
  } finally {
    await taak.destroy();
  }
}

/** The raw bytes, and every compressed stream in them inflated: the name must be in neither. */
function ruweInhoud(pdf: Uint8Array): string {
  const buffer = Buffer.from(pdf);
  const delen = [buffer.toString("latin1")];
  let vanaf = 0;
  for (;;) {
    const begin = buffer.indexOf("stream", vanaf, "latin1");
    if (begin < 0) break;
    const start = begin + (buffer[begin + 6] === 0x0d ? 8 : 7);
    const einde = buffer.indexOf("endstream", start, "latin1");
    if (einde < 0) break;
    try {
      delen.push(inflateSync(buffer.subarray(start, einde)).toString("latin1"));
    } catch {
      // Not a compressed stream (or an image): its raw bytes are in the first part already.
    }
    vanaf = einde + 9;
  }
  return delen.join("\n");
}

const bevat = (tekst: string, naam: string) => tekst.toLocaleLowerCase("nl").includes(naam.toLocaleLowerCase("nl"));

for (const testDb of await testDatabases()) {
  describe(`the inspection copy on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let aandacht: Ingelogd;
    let dossierId: string;
    let verzoekId: string;

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["aandachtsfunctionaris"]]);
      [sanne, aandacht] = org.mensen as [Ingelogd, Ingelogd];
      const ctx = context(db, om("2026-11-20T09:00:00.000Z"));
      dossierId = await openDossier(ctx, sanne, {
        ...OPENING.gegevens,
        omschrijving: `Buurvrouw ${NAAM} belde over K.`,
      });
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, {
        type: "signaal_vastgelegd",
        verwachteVersie: 1,
        gegevens: {
          ...SIGNAAL.gegevens,
          waarneming: `Volgens ${NAAM.toUpperCase()} huilt K. vaak 's nachts.`,
          waargenomenDoor: NAAM,
          bron: "netwerk_gezin",
        },
      });
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, {
        type: "consultatie_gehouden",
        verwachteVersie: 2,
        gegevens: {
          met: "collega",
          datum: "2026-11-20",
          uitkomst: `Zorg gedeeld; ${NAAM} wil anoniem blijven.`,
          vervolgstap: "Gesprek met moeder.",
        },
      });
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, {
        type: "dossier_afgesloten",
        verwachteVersie: 3,
        gegevens: { reden: "Zorg weggenomen." },
      });
    });
    after(async () => db.sluit());

    it("only the responsible roles prepare a copy: the medewerker who owns the case is refused, and nothing is stored", async () => {
      const ctx = context(db, om("2026-11-21T09:00:00.000Z"));
      await assert.rejects(
        leesAfschriftVoorbereiding(ctx, sanne, dossierId, null),
        (f: unknown) => f instanceof DomeinFout && f.code === "GEEN_TOEGANG",
      );
      await assert.rejects(
        voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, {
          type: "inzageverzoek_ontvangen",
          verwachteVersie: 4,
          gegevens: { verzoeker: "ouder", naam: "Moeder", datum: "2026-11-21", gevraagd: "Alles." },
        }),
        (f: unknown) => f instanceof DomeinFout && f.code === "GEEN_TOEGANG",
      );
      assert.equal((await laadGebeurtenissen(db.db, aandacht.gebruiker.organisatieId, dossierId)).length, 4);
    });

    it("a request on a closed case, the name withheld everywhere, and a PDF in which it appears nowhere", async () => {
      const ctx = context(db, om("2026-11-21T10:00:00.000Z"));
      const voor = await laadGebeurtenissen(db.db, aandacht.gebruiker.organisatieId, dossierId);
      verzoekId = (
        await voegGebeurtenisToeAanDossier(ctx, aandacht, dossierId, {
          type: "inzageverzoek_ontvangen",
          verwachteVersie: 4,
          gegevens: { verzoeker: "ouder", naam: "Moeder van K.", datum: "2026-11-21", gevraagd: "Het hele dossier." },
        })
      ).gebeurtenisId;

      // A copy is refused before anything is marked.
      await assert.rejects(
        leesAfschrift(ctx, aandacht, dossierId, verzoekId, "pdf"),
        (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === "fout.afschrift_niet_voorbereid",
      );

      const { gevonden } = await markeerTekst(ctx, aandacht, dossierId, {
        verzoek: verzoekId,
        tekst: "ria jansen-çelik",
        grond: "identiteit_informant",
        versie: 5,
      });
      assert.equal(gevonden, 4, "the opening, the signal (twice) and the consultation");

      const afschrift = await leesAfschrift(ctx, aandacht, dossierId, verzoekId, "pdf");
      const pdf = await renderPdf(afschriftAlsPdfDocument(afschrift, "nl"));
      const leesbaar = await allesLeesbaar(pdf);
      assert.ok(bevat(leesbaar, "huilt K. vaak"), "the kept text is there (the test can see text)");
      assert.ok(bevat(leesbaar, "[weggelaten: identiteit van een informant]"), "the marker is there");
      for (const deel of [NAAM, "Jansen", "Çelik", "JANSEN"]) {
        assert.ok(!bevat(leesbaar, deel), `${deel} in the text, info or outline`);
        assert.ok(!bevat(ruweInhoud(pdf), deel), `${deel} in the bytes`);
      }

      // The same copy without marks does show the name: the check above can fail.
      const zonder = await renderPdf(
        afschriftAlsPdfDocument(
          { ...afschrift, vermeldingen: maakAfschrift(vermeldingenVoorAfschrift(voor, 4), []) },
          "nl",
        ),
      );
      assert.ok(bevat(await allesLeesbaar(zonder), NAAM), "unmarked, the name is printed");

      // The original entries are unchanged.
      const na = await laadGebeurtenissen(db.db, aandacht.gebruiker.organisatieId, dossierId);
      assert.deepEqual(
        na.filter((g) => !isInzageType(g.type)),
        voor,
      );
    });

    it("handing over records the marks of the saved preparation and logs grounds and entries, never the name", async () => {
      const ctx = context(db, om("2026-11-22T10:00:00.000Z"));
      await assert.rejects(
        voegGebeurtenisToeAanDossier(ctx, aandacht, dossierId, {
          type: "inzage_verstrekt",
          verwachteVersie: 6,
          gegevens: {
            verzoek: verzoekId,
            datum: "2026-11-22",
            aan: "Moeder van K.",
            wijze: "persoonlijk",
            weglatingen: [],
          },
        }),
        (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === "fout.weglatingen_uit_voorbereiding",
      );
      await voegGebeurtenisToeAanDossier(ctx, aandacht, dossierId, {
        type: "inzage_verstrekt",
        verwachteVersie: 6,
        gegevens: { verzoek: verzoekId, datum: "2026-11-22", aan: "Moeder van K.", wijze: "persoonlijk" },
      });
      const gebeurtenissen = await laadGebeurtenissen(db.db, aandacht.gebruiker.organisatieId, dossierId);
      const verstrekt = gebeurtenissen.at(-1);
      assert.equal(verstrekt?.type, "inzage_verstrekt");
      if (verstrekt?.type !== "inzage_verstrekt") return;
      assert.equal(verstrekt.gegevens.weglatingen.length, 4);
      assert.ok(!bevat(JSON.stringify(verstrekt.gegevens), "Jansen"), "the event holds positions, not the name");

      const log = await db.db.execute(
        sql`select actie, uitkomst, details from toegangslog where dossier_id = ${dossierId} and actie like 'afschrift_%' order by tijdstip, id`,
      );
      const rijen = (log as { rows: { actie: string; uitkomst: string; details: string | null }[] }).rows;
      assert.deepEqual([...new Set(rijen.map((r) => r.actie))].toSorted(), [
        "afschrift_exporteren",
        "afschrift_verstrekken",
        "afschrift_voorbereiden",
      ]);
      const verstrekken = rijen.filter((r) => r.actie === "afschrift_verstrekken" && r.uitkomst === "gelukt");
      assert.equal(verstrekken.length, 1);
      assert.equal(
        verstrekken[0]?.details,
        `verzoek ${verzoekId.slice(0, 8)}; aan ouder; persoonlijk; 4 weglatingen (identiteit_informant: 4) in vermeldingen 1, 2, 3`,
      );
      assert.ok(
        rijen.some((r) => r.actie === "afschrift_exporteren" && r.details?.includes("identiteit_informant: 4")),
      );
      for (const r of rijen)
        assert.ok(
          !bevat(r.details ?? "", "Jansen") && !bevat(r.details ?? "", "Moeder"),
          `${r.actie}: no name in the log`,
        );
      await verzegelToegangslog(db.db);
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null);

      // Handed over once; the copy can still be read (from the marks recorded with the handing over).
      await assert.rejects(
        voegGebeurtenisToeAanDossier(ctx, aandacht, dossierId, {
          type: "inzage_verstrekt",
          verwachteVersie: 7,
          gegevens: { verzoek: verzoekId, datum: "2026-11-22", aan: "Moeder", wijze: "post" },
        }),
        (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === "fout.verzoek_al_verstrekt",
      );
      const opnieuw = await leesAfschrift(ctx, aandacht, dossierId, verzoekId, "voorbeeld");
      assert.ok(!bevat(JSON.stringify(opnieuw.vermeldingen), "Jansen"));
    });
  });
}
