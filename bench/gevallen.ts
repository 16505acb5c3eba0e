/**
 * The benchmark cases. Each case loads the code under test through `laad(pad)`, relative to a
 * source root, so the same case runs on this working tree and on a baseline checkout in one run.
 * Fictional data only.
 */

export type Laad = (pad: string) => Promise<Record<string, unknown>>;

export interface Geval {
  readonly naam: string;
  /** What one operation is, for the report. */
  readonly eenheid: string;
  /** Prepares the case on one root; returns the operation to time and a cleanup. */
  bereid(laad: Laad, root: string): Promise<{ doe: () => Promise<void> | void; ruimOp?: () => Promise<void> }>;
}

// The bench deliberately talks to the modules untyped: a baseline may have other signatures.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any */

const ACTOR = { id: "00000000-0000-4000-8000-000000000001", naam: "Bench Medewerker", rol: "medewerker" };

function signaal(i: number) {
  const dag = String((i % 28) + 1).padStart(2, "0");
  const maand = String((Math.floor(i / 28) % 10) + 1).padStart(2, "0");
  return {
    type: "signaal_vastgelegd",
    gegevens: {
      soort: i % 7 === 0 ? "tegenindicatie" : i % 3 === 0 ? "vroeg_risico" : "signaal",
      waarneming: `Waarneming ${i}: komt zonder jas en zonder ontbijt op school.`,
      datumWaarneming: `2026-${maand}-${dag}`,
      waargenomenDoor: "Leerkracht",
      bron: ["eigen_waarneming", "collega", "andere_professional", "netwerk_gezin", "kind_zelf"][i % 5],
      ...(i % 2 === 0 ? { interpretatie: "Mogelijk verwaarlozing; nog niet met ouders besproken." } : {}),
    },
  };
}

/** A dossier of `n` stored events: an opening, signals, and every tenth a correction of an earlier signal. */
function opgeslagenDossier(n: number): any[] {
  const lijst: any[] = [];
  const maak = (g: any) => {
    const volgnummer = lijst.length + 1;
    lijst.push({
      ...g,
      id: `00000000-0000-4000-9000-${String(volgnummer).padStart(12, "0")}`,
      volgnummer,
      actor: ACTOR,
      opgetredenOp: new Date(Date.UTC(2026, 10, 1, 9, volgnummer)).toISOString(),
      stap: g.type === "dossier_geopend" ? "algemeen" : "signalen",
    });
  };
  maak({
    type: "dossier_geopend",
    gegevens: { werknaam: "Bench (groep 6)", aanleiding: "zorg_om_kind", omschrijving: "Benchmarkdossier." },
  });
  for (let i = 1; lijst.length < n; i += 1) {
    if (i % 10 === 0) {
      const doel = lijst[lijst.length - 2];
      maak({
        type: "correctie",
        gegevens: {
          corrigeert: doel.id,
          reden: "Datum verkeerd overgenomen.",
          gegevens: { ...doel.gegevens, datumWaarneming: "2026-01-02" },
        },
      });
    } else maak(signaal(i));
  }
  return lijst;
}

export const GEVALLEN: readonly Geval[] = [
  {
    naam: "bouwToestand, dossier van 500 gebeurtenissen",
    eenheid: "toestand",
    async bereid(laad) {
      const { bouwToestand } = (await laad("src/domain/dossier/toestand.ts")) as any;
      const gebeurtenissen = opgeslagenDossier(500);
      return { doe: () => void bouwToestand(gebeurtenissen) };
    },
  },
  {
    naam: "takenlijst en tijdlijn, dossier van 500 gebeurtenissen",
    eenheid: "overzicht",
    async bereid(laad) {
      const { bouwToestand } = (await laad("src/domain/dossier/toestand.ts")) as any;
      const { maakTakenlijst } = (await laad("src/domain/dossier/takenlijst.ts")) as any;
      const { maakTijdlijn } = (await laad("src/domain/dossier/tijdlijn.ts")) as any;
      const toestand = bouwToestand(opgeslagenDossier(500));
      return { doe: () => void [maakTakenlijst(toestand), maakTijdlijn(toestand.signalen)] };
    },
  },
  {
    naam: "afwegingskader, alle 2 048 combinaties",
    eenheid: "ronde van 2 048",
    async bereid(laad) {
      const { evalueerAfweging } = (await laad("src/domain/afweging/afwegingskader.ts")) as any;
      const waarden = [undefined, "ja", "nee", "weet_niet"];
      const combinaties: [Record<number, string>, boolean][] = [];
      for (let c = 0; c < 4 ** 5; c += 1) {
        const antwoorden: Record<number, string> = {};
        for (let v = 0; v < 5; v += 1) {
          const a = waarden[Math.floor(c / 4 ** v) % 4];
          if (a) antwoorden[v + 1] = a;
        }
        combinaties.push([antwoorden, false], [antwoorden, true]);
      }
      return {
        doe: () => {
          for (const [a, d] of combinaties) evalueerAfweging(a, { disclosure: d });
        },
      };
    },
  },
  ...[10, 300].map((grootte): Geval => ({
    naam: `signaal toevoegen op PGlite (dossier met ${grootte} gebeurtenissen)`,
    eenheid: "toevoeging",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, grootte);
      const { voegGebeurtenisToeAanDossier } = (await laad("src/app/dossier/voeg-gebeurtenis-toe.ts")) as any;
      let versie = grootte;
      return {
        doe: async () => {
          ({ versie } = await voegGebeurtenisToeAanDossier(ctx.app, ctx.wie, ctx.dossierId, {
            type: "signaal_vastgelegd",
            verwachteVersie: versie,
            gegevens: signaal(versie).gegevens,
          }));
        },
        ruimOp: ctx.sluit,
      };
    },
  })),
  {
    naam: "dossier bekijken op PGlite (300 gebeurtenissen, met auditregel)",
    eenheid: "inzage",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, 300);
      const { bekijkDossier } = (await laad("src/app/dossier/bekijk-dossier.ts")) as any;
      return { doe: async () => void (await bekijkDossier(ctx.app, ctx.wie, ctx.dossierId)), ruimOp: ctx.sluit };
    },
  },
  {
    naam: "dossierlijst op PGlite (200 dossiers in de organisatie, met logregel)",
    eenheid: "lijst",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, 2);
      const { openDossier } = (await laad("src/app/dossier/voeg-gebeurtenis-toe.ts")) as any;
      const { lijstMijnDossiers } = (await laad("src/app/dossier/bekijk-dossier.ts")) as any;
      for (let i = 1; i < 200; i += 1)
        await openDossier(ctx.app, ctx.wie, {
          werknaam: `Bench ${i}`,
          aanleiding: "zorg_om_kind",
          omschrijving: "Benchmarkdossier.",
        });
      return { doe: async () => void (await lijstMijnDossiers(ctx.app, ctx.wie)), ruimOp: ctx.sluit };
    },
  },
  {
    naam: "feitelijkheidscheck, tekst van 10 000 tekens",
    eenheid: "controle",
    async bereid(laad) {
      const { controleerFeitelijkheid } = (await laad("src/domain/melding/feitelijkheid.ts")) as any;
      const zin =
        "Op 3 maart had Daan een blauwe plek. Vader is agressief en lijkt altijd boos. Moeder heeft schulden. ";
      const tekst = zin.repeat(Math.ceil(10_000 / zin.length)).slice(0, 10_000);
      return { doe: () => void controleerFeitelijkheid(tekst) };
    },
  },
  {
    naam: "feitelijkheidscheck, gevarieerd verslag van 10 000 tekens (alle soorten uit het corpus)",
    eenheid: "controle",
    async bereid(laad) {
      const { controleerFeitelijkheid } = (await laad("src/domain/melding/feitelijkheid.ts")) as any;
      const { CORPUS } = (await laad("src/domain/melding/feitelijkheid.corpus.ts")) as any;
      // Every seventh sentence of the corpus in turn: facts and interpretations of every kind and sector mixed.
      let tekst = "";
      for (let i = 0; tekst.length < 10_000; i += 1)
        tekst += `${CORPUS[(i * 7) % CORPUS.length].tekst as string}${i % 4 === 3 ? "\n" : " "}`;
      tekst = tekst.slice(0, 10_000);
      return { doe: () => void controleerFeitelijkheid(tekst) };
    },
  },
  {
    naam: "melding als PDF (concept van drie pagina's)",
    eenheid: "pdf",
    async bereid(laad) {
      const { renderPdf } = (await laad("src/adapters/pdf/melding-pdf.ts")) as any;
      const alinea = (n: number) => ({
        soort: "alinea",
        tekst: "Op 12 november had D. een afdruk van vier vingers op de wang en zei: 'papa sloeg me'. ".repeat(n),
      });
      const document = {
        titel: "Melding aan Veilig Thuis",
        metadata: { auteur: "Bench", onderwerp: "Bench", aangemaakt: new Date("2026-11-22T09:00:00Z") },
        waarschuwing: "Vertrouwelijk",
        voettekst: "Meldwijzer",
        taal: "nl",
        secties: Array.from({ length: 12 }, (_, i) => ({ titel: `Sectie ${i + 1}`, blokken: [alinea(6)] })),
      };
      await renderPdf(document);
      return { doe: async () => void (await renderPdf(document)) };
    },
  },
  {
    // Was quadratic once (pdfmake's own breaking: about 6.8 s for 10,000 characters); moved here from
    // melding-pdf.test.ts, which checks only that the word is printed whole.
    naam: "melding als PDF, één woord van 20 000 tekens in alinea, gegevens en tabel",
    eenheid: "pdf",
    async bereid(laad) {
      const { renderPdf } = (await laad("src/adapters/pdf/melding-pdf.ts")) as any;
      const woord = "abcdefghij".repeat(2_000);
      const document = {
        titel: "Melding aan Veilig Thuis",
        metadata: { auteur: "Bench", onderwerp: "Bench", aangemaakt: new Date("2026-11-22T09:00:00Z") },
        waarschuwing: "Vertrouwelijk",
        voettekst: "x".repeat(150),
        taal: "nl",
        secties: [
          {
            titel: "Lange woorden",
            blokken: [
              { soort: "alinea", tekst: woord },
              { soort: "gegevens", rijen: [["https://example.com/?q=" + "q".repeat(300), "k".repeat(1_000)]] },
              {
                soort: "tabel",
                kop: Array.from({ length: 12 }, (_, i) => `kolom${i}`),
                rijen: [Array.from({ length: 12 }, () => "m".repeat(200))],
              },
            ],
          },
        ],
      };
      await renderPdf(document);
      return { doe: async () => void (await renderPdf(document)) };
    },
  },
  {
    // Was quadratic once (one pdfmake text node: about 16 s); moved here from melding-pdf.test.ts.
    naam: "melding als PDF, één alinea van 150 000 tekens",
    eenheid: "pdf",
    async bereid(laad) {
      const { renderPdf } = (await laad("src/adapters/pdf/melding-pdf.ts")) as any;
      const tekst = "Zoë zei dat het thuis niet goed gaat. ".repeat(4_000).slice(0, 150_000);
      const document = {
        titel: "Melding aan Veilig Thuis",
        metadata: { auteur: "Bench", onderwerp: "Bench", aangemaakt: new Date("2026-11-22T09:00:00Z") },
        waarschuwing: "Vertrouwelijk",
        voettekst: "Meldwijzer",
        taal: "nl",
        secties: [{ titel: "Verslag", blokken: [{ soort: "alinea", tekst }] }],
      };
      await renderPdf(document);
      return { doe: async () => void (await renderPdf(document)) };
    },
  },
  {
    naam: "mijn taken op PGlite (200 dossiers van 20 gebeurtenissen)",
    eenheid: "takenlijst",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, 20);
      const { openDossier, voegGebeurtenisToeAanDossier } = (await laad(
        "src/app/dossier/voeg-gebeurtenis-toe.ts",
      )) as any;
      const { mijnTaken } = (await laad("src/app/taken/mijn-taken.ts")) as any;
      for (let i = 1; i < 200; i += 1) {
        const id = await openDossier(ctx.app, ctx.wie, {
          werknaam: `Bench ${i}`,
          aanleiding: "zorg_om_kind",
          omschrijving: "Benchmarkdossier.",
        });
        for (let v = 1; v < 20; v += 1)
          await voegGebeurtenisToeAanDossier(ctx.app, ctx.wie, id, {
            type: "signaal_vastgelegd",
            verwachteVersie: v,
            gegevens: signaal(v).gegevens,
          });
      }
      return { doe: async () => void (await mijnTaken(ctx.app, ctx.wie)), ruimOp: ctx.sluit };
    },
  },
  // Decision 0032: appending and opening should cost the same at 10 and at 1,000 events, and Mijn taken
  // should not grow with the cases a person has no task on. The baseline replays every event.
  ...[10, 1000].map((grootte): Geval => ({
    naam: `projectie: signaal toevoegen op PGlite (dossier met ${grootte} gebeurtenissen)`,
    eenheid: "toevoeging",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, grootte);
      const { voegGebeurtenisToeAanDossier } = (await laad("src/app/dossier/voeg-gebeurtenis-toe.ts")) as any;
      let versie = grootte;
      return {
        doe: async () => {
          ({ versie } = await voegGebeurtenisToeAanDossier(ctx.app, ctx.wie, ctx.dossierId, {
            type: "signaal_vastgelegd",
            verwachteVersie: versie,
            gegevens: signaal(versie).gegevens,
          }));
        },
        ruimOp: ctx.sluit,
      };
    },
  })),
  ...[10, 1000].map((grootte): Geval => ({
    naam: `projectie: dossier openen op PGlite (${grootte} gebeurtenissen, met auditregel)`,
    eenheid: "inzage",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, grootte);
      const { bekijkDossier } = (await laad("src/app/dossier/bekijk-dossier.ts")) as any;
      // As the dossier page asks: the state and the newest entries of the history (the baseline reads all).
      return {
        doe: async () => void (await bekijkDossier(ctx.app, ctx.wie, ctx.dossierId, { voor: null, aantal: 3 })),
        ruimOp: ctx.sluit,
      };
    },
  })),
  ...[100, 2000].map((aantal): Geval => ({
    naam: `projectie: mijn taken op PGlite (${aantal} dossiers, elk met een taak)`,
    eenheid: "takenlijst",
    async bereid(laad, root) {
      const ctx = await dossierOpPglite(laad, root, 1);
      const { openDossier } = (await laad("src/app/dossier/voeg-gebeurtenis-toe.ts")) as any;
      const { mijnTaken } = (await laad("src/app/taken/mijn-taken.ts")) as any;
      for (let i = 1; i < aantal; i += 1)
        await openDossier(ctx.app, ctx.wie, {
          werknaam: `Bench ${i}`,
          aanleiding: "zorg_om_kind",
          omschrijving: "Benchmarkdossier.",
        });
      // A month later every case lies still: each has a task (the baseline caps its candidates at 500 cases).
      const later = { ...ctx.app, klok: () => new Date("2026-12-22T09:00:00.000Z") };
      return { doe: async () => void (await mijnTaken(later, ctx.wie)), ruimOp: ctx.sluit };
    },
  })),
];

/** An in-memory PGlite with the root's own migrations, one organisation, one person, one dossier of `grootte` events. */
async function dossierOpPglite(laad: Laad, root: string, grootte: number) {
  const { openDatabase } = (await laad("src/adapters/db/database.ts")) as any;
  const repo = (await laad("src/adapters/db/gebruiker.repository.ts")) as any;
  const { openDossier, voegGebeurtenisToeAanDossier } = (await laad("src/app/dossier/voeg-gebeurtenis-toe.ts")) as any;
  const db = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: `${root}/drizzle` });
  // Organisations moved to their own repository; an older tree (a baseline) still has them beside the users.
  const organisaties = (await laad("src/adapters/db/organisatie.repository.ts").catch(
    (): Record<string, unknown> => ({}),
  )) as any;
  const organisatieId = await (organisaties.maakOrganisatie ?? repo.maakOrganisatie)(
    db.db,
    "Bench School",
    "onderwijs",
  );
  const id = await repo.maakGebruiker(db.db, {
    organisatieId,
    email: "bench@bench.example",
    naam: "Bench Medewerker",
    wachtwoordHash: "niet-gebruikt",
    rollen: ["medewerker"],
  });
  const wie = { gebruiker: await repo.vindGebruiker(db.db, id), adres: "127.0.0.1" };
  const app = { db: db.db, klok: () => new Date("2026-11-22T09:00:00.000Z") };
  const dossierId = await openDossier(app, wie, {
    werknaam: "Bench (groep 6)",
    aanleiding: "zorg_om_kind",
    omschrijving: "Benchmarkdossier.",
  });
  for (let v = 1; v < grootte; v += 1) {
    await voegGebeurtenisToeAanDossier(app, wie, dossierId, {
      type: "signaal_vastgelegd",
      verwachteVersie: v,
      gegevens: signaal(v).gegevens,
    });
  }
  return { app, wie, dossierId, sluit: () => db.sluit() as Promise<void> };
}
