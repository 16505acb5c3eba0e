import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import { vandaagInNederland, type Ingelogd } from "../../src/app/context.ts";
import { takenPagina, takenVoorPersoon, leesPositie, type TakenFilters } from "../../src/app/taken/mijn-taken.ts";
import { persoonVan } from "../../src/app/toegang/logboek.ts";
import { faseVan } from "../../src/domain/dossier/takenlijst.ts";
import { taakFeiten } from "../../src/domain/dossier/taakfeiten.ts";
import { bouwToestand } from "../../src/domain/dossier/toestand.ts";
import { rangVan, TAAK_VOLGORDES, vergelijkTaken } from "../../src/domain/lijst/taken.ts";
import { testDatabases } from "../helpers/databases.ts";
import { richtProjectieOrganisatieIn } from "../helpers/projectie-organisatie.ts";

/**
 * Mijn taken read from the task facts (decisions 0032, 0072, 0083, 0085): the pages together are the
 * whole list, each task once, in every order and under every filter as the events say; and back through
 * "vorige" the same pages in reverse. The organisation is the projection tests' (projectie-organisatie.ts).
 */
for (const testDb of await testDatabases()) {
  describe(`Mijn taken pages on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let peter: Ingelogd;
    let fatima: Ingelogd;
    let casus: string;
    let dossiers: readonly string[];

    before(async () => {
      db = await testDb.open();
      ({ sanne, peter, fatima, casus, dossiers } = await richtProjectieOrganisatieIn(db));
    });
    after(async () => db.sluit());

    it("Mijn taken pages through the facts: most urgent first, then oldest, none lost or repeated", async () => {
      const nu = new Date("2026-12-20T09:00:00.000Z");
      const alle = await takenVoorPersoon(db.db, persoonVan(sanne), nu);
      assert.ok(alle.length >= 4, `enough tasks to page (${alle.length})`);
      const gepagineerd = [];
      let vanaf: string | null = null;
      let paginas = 0;
      do {
        const pagina: Awaited<ReturnType<typeof takenPagina>> = await takenPagina(
          db.db,
          persoonVan(sanne),
          nu,
          vanaf,
          2,
        );
        assert.ok(pagina.taken.length <= 2);
        gepagineerd.push(...pagina.taken);
        vanaf = pagina.volgende;
        paginas += 1;
      } while (vanaf !== null);
      assert.deepEqual(gepagineerd, alle, "the pages together are the whole list");
      assert.equal(paginas, Math.ceil(alle.length / 2));
      assert.equal(new Set(alle.map((t) => `${t.dossierId}:${t.soort}`)).size, alle.length, "each task once");
      assert.ok(!alle.some((t) => t.dossierId === dossiers[1]), "a closed case gives no tasks");
      const vanFatima = await takenVoorPersoon(db.db, persoonVan(fatima), nu);
      assert.deepEqual(
        vanFatima.filter((t) => t.dossierId === dossiers[2]).map((t) => t.soort),
        ["gesprek_plannen", "stap_blijft_liggen"],
        "the assignee gets the case's tasks",
      );
      assert.deepEqual(
        vanFatima.filter((t) => t.dossierId === dossiers[4]),
        [],
        "seeing a case as aandachtsfunctionaris gives no responsible tasks",
      );
      assert.deepEqual(
        await takenVoorPersoon(db.db, persoonVan(peter), nu),
        [],
        "the case's decision was taken: nothing asked of the eindverantwoordelijke",
      );
    });

    it("Mijn taken in every order and under every filter: the pages together are the expectation from the events (decision 0083)", async () => {
      const nu = new Date("2026-12-20T09:00:00.000Z");
      const vandaag = vandaagInNederland(nu);
      const organisatieId = sanne.gebruiker.organisatieId;
      // The expectation, independent of the query: every case's task facts rebuilt from its events.
      const zaken = await Promise.all(
        [casus, ...dossiers].map(async (id) => {
          const toestand = bouwToestand(await laadGebeurtenissen(db.db, organisatieId, id));
          return {
            id,
            werknaam: toestand.opening?.gegevens.werknaam ?? "",
            fase: faseVan(toestand),
            feiten: taakFeiten(toestand).filter((f) => f.vanaf <= vandaag),
          };
        }),
      );
      // Sanne opened every case; Fatima, the aandachtsfunctionaris, decides on all and was assigned one.
      const vanWie = (wie: Ingelogd, zaak: (typeof zaken)[number], voor: string) =>
        wie === sanne ? voor === "verantwoordelijken" : voor === "beslissers" || zaak.id === dossiers[2];
      const filters: TakenFilters[] = [
        {},
        { soort: "stap_blijft_liggen" },
        { soort: "gesprek_plannen" },
        { fase: "signalen" },
        { fase: zaken[0]!.fase },
        { zoek: { tekst: "kind 2", kenmerk: null } },
        { zoek: { tekst: "Ki", kenmerk: null } },
        { zoek: { tekst: dossiers[3]!.slice(0, 8), kenmerk: dossiers[3]!.slice(0, 8) } },
        { zoek: { tekst: "Kind", kenmerk: null }, soort: "stap_blijft_liggen" },
      ];
      let gezien = 0;
      for (const wie of [sanne, fatima])
        for (const volgorde of TAAK_VOLGORDES)
          for (const filter of filters) {
            const tekst = filter.zoek?.tekst.toLowerCase();
            const verwacht = zaken
              .filter(
                (z) =>
                  (filter.fase === undefined || z.fase === filter.fase) &&
                  (tekst === undefined ||
                    (tekst.length < 3
                      ? z.werknaam.toLowerCase().startsWith(tekst)
                      : z.werknaam.toLowerCase().includes(tekst)) ||
                    (filter.zoek?.kenmerk !== null && z.id.startsWith(filter.zoek?.kenmerk ?? "-"))),
              )
              .flatMap((z) =>
                z.feiten
                  .filter((f) => vanWie(wie, z, f.voor) && (filter.soort === undefined || f.soort === filter.soort))
                  .map((f) => ({ dossierId: z.id, werknaam: z.werknaam, soort: f.soort, sinds: f.sinds })),
              )
              .sort((a, b) =>
                vergelijkTaken(
                  volgorde,
                  { rang: rangVan(a.soort), sinds: a.sinds, dossierId: a.dossierId },
                  { rang: rangVan(b.soort), sinds: b.sinds, dossierId: b.dossierId },
                ),
              );
            const waar = `${wie.gebruiker.naam}, ${volgorde}, ${JSON.stringify(filter)}`;
            const lees = (vanaf: string | null) =>
              takenPagina(db.db, persoonVan(wie), nu, vanaf, 2, { ...filter, volgorde });
            const paginas: Awaited<ReturnType<typeof takenPagina>>[] = [];
            let vanaf: string | null = null;
            do {
              const pagina: Awaited<ReturnType<typeof takenPagina>> = await lees(vanaf);
              assert.ok(pagina.taken.length <= 2);
              assert.equal(
                pagina.vorige === null,
                paginas.length === 0,
                `only the first page has no previous: ${waar}`,
              );
              paginas.push(pagina);
              vanaf = pagina.volgende;
            } while (vanaf !== null);
            assert.deepEqual(
              paginas.flatMap((p) => p.taken),
              verwacht,
              waar,
            );
            // Back from the last page through "vorige": the same pages, in reverse, down to the first.
            let terug = paginas.at(-1)!.vorige;
            for (let i = paginas.length - 2; i >= 0; i -= 1) {
              assert.ok(terug !== null, `a previous page before page ${i + 2}: ${waar}`);
              const pagina = await lees(terug);
              assert.deepEqual(pagina.taken, paginas[i]!.taken, `page ${i + 1} read backwards: ${waar}`);
              assert.equal(pagina.volgende === null, false, `a page read backwards has a next one: ${waar}`);
              terug = pagina.vorige;
            }
            assert.equal(terug, null, `the first page has no previous: ${waar}`);
            gezien += verwacht.length;
          }
      assert.ok(gezien > 50, `the filters find tasks (${gezien})`);
      assert.equal(leesPositie("x", "urgentie"), null);
    });
  });
}
