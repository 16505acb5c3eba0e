import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakDossierRij } from "../../src/adapters/db/dossier.repository.ts";
import { voegToegangToe } from "../../src/adapters/db/toegang.repository.ts";
import { bekijkDossier, lijstMijnDossiers } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { bekijkToegang, deelDossier, inzageOverzicht, trekToegangIn } from "../../src/app/toegang/delen.ts";
import type { Rol } from "../../src/domain/dossier/keuzes.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/**
 * The access matrix, end to end through the use-cases and the database: every role × every
 * relation to a dossier × every dossier operation, with the exact expected outcome, exactly one
 * access-log entry per attempt, and nothing of the dossier in a refusal.
 */

const ROLLEN: Rol[] = ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke", "beheerder", "logbeheerder"];
const RELATIES = ["eigen", "toegewezen", "gedeeld", "ander_in_organisatie", "andere_organisatie"] as const;
type Relatie = (typeof RELATIES)[number];
const OPERATIES = [
  "bekijken",
  "in_lijst",
  "toevoegen",
  "delen",
  "intrekken",
  "toegang_bekijken",
  "inzage_overzicht",
] as const;
type Operatie = (typeof OPERATIES)[number];

const LEZEN: Operatie[] = ["bekijken", "in_lijst", "toevoegen", "toegang_bekijken", "inzage_overzicht"];
const ALLES: Operatie[] = [...OPERATIES];

/** Written out by hand: the intended model, not a copy of the policy code. */
function verwacht(rol: Rol, relatie: Relatie): Operatie[] {
  if (rol === "beheerder" || rol === "logbeheerder" || relatie === "andere_organisatie") return [];
  if (relatie === "eigen" || relatie === "toegewezen") return ALLES;
  if (relatie === "gedeeld") return rol === "aandachtsfunctionaris" ? ALLES : LEZEN;
  return rol === "aandachtsfunctionaris" ? ALLES : [];
}

async function uitkomst(belofte: Promise<unknown>): Promise<{ code: string; waarde: unknown }> {
  try {
    return { code: "GELUKT", waarde: await belofte };
  } catch (fout) {
    if (fout instanceof DomeinFout) return { code: fout.code, waarde: fout };
    throw fout;
  }
}

/** The rows of a raw query; PGlite and node-postgres both answer with `rows`. */
function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

async function aantalLogregels(db: GeopendeDatabase): Promise<number> {
  return Number(rijen<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from toegangslog`))[0]?.n);
}

for (const testDb of await testDatabases()) {
  describe(`access matrix on ${testDb.naam}: ${ROLLEN.length} roles × ${RELATIES.length} relations × ${OPERATIES.length} operations`, () => {
    let db: GeopendeDatabase;
    let mensen: Record<Rol, Ingelogd>;
    let maker: Ingelogd;
    let ontvanger: Ingelogd;
    let vreemdeMaker: Ingelogd;
    let derde: Ingelogd;

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [
        ...ROLLEN.map((r) => [r]),
        ["medewerker"],
        ["medewerker"],
        ["medewerker"],
      ]);
      mensen = Object.fromEntries(ROLLEN.map((r, i) => [r, org.mensen[i] as Ingelogd])) as Record<Rol, Ingelogd>;
      maker = org.mensen[ROLLEN.length] as Ingelogd;
      ontvanger = org.mensen[ROLLEN.length + 1] as Ingelogd;
      derde = org.mensen[ROLLEN.length + 2] as Ingelogd;
      vreemdeMaker = (await maakOrganisatieMetMensen(db, "Anker", [["medewerker"]])).mensen[0] as Ingelogd;
    });
    after(async () => db.sluit());

    /** A fresh dossier in the given relation to `wie`, with one share by its maker to a colleague (for revoking). */
    async function dossierVoor(wie: Ingelogd, relatie: Relatie): Promise<{ id: string; deelId: string }> {
      const ctx = context(db);
      const eigenaar = relatie === "andere_organisatie" ? vreemdeMaker : maker;
      let id: string;
      if (relatie === "eigen" && !["beheerder", "logbeheerder"].some((r) => wie.gebruiker.rollen.includes(r as Rol))) {
        id = await openDossier(ctx, wie, OPENING.gegevens);
      } else {
        id = await openDossier(ctx, eigenaar, OPENING.gegevens);
        if (relatie === "eigen") {
          // A beheerder cannot open a dossier; give them one "of their own" directly in the table to prove even that shows nothing.
          id = await maakDossierRij(db.db, {
            organisatieId: wie.gebruiker.organisatieId,
            aangemaaktDoor: wie.gebruiker.id,
            werknaam: "Eigen van beheer",
            fase: "signalen",
            nu: new Date(),
          });
        }
      }
      if (relatie === "toegewezen" || relatie === "gedeeld") {
        // Directly in the table: also roles that could never receive a share must see nothing.
        await voegToegangToe(db.db, {
          organisatieId: wie.gebruiker.organisatieId,
          dossierId: id,
          gebruikerId: wie.gebruiker.id,
          soort: relatie,
          reden: "Matrixtest",
          door: maker.gebruiker.id,
          sinds: new Date(),
        });
      }
      const deelEigenaar =
        relatie === "andere_organisatie"
          ? vreemdeMaker
          : relatie === "eigen" &&
              wie.gebruiker.rollen.some(
                (r) => r === "medewerker" || r === "aandachtsfunctionaris" || r === "eindverantwoordelijke",
              )
            ? wie
            : maker;
      const colleague = relatie === "andere_organisatie" ? null : ontvanger;
      const deelId =
        colleague && deelEigenaar.gebruiker.organisatieId === colleague.gebruiker.organisatieId && id
          ? await deelDossier(ctx, deelEigenaar, id, {
              gebruikerId: colleague.gebruiker.id,
              soort: "gedeeld",
              reden: "Voor het intrekken.",
            }).catch(() => "00000000-0000-4000-8000-00000000dead")
          : "00000000-0000-4000-8000-00000000dead";
      return { id, deelId };
    }

    async function doe(
      operatie: Operatie,
      wie: Ingelogd,
      id: string,
      deelId: string,
    ): Promise<{ code: string; waarde: unknown }> {
      const ctx = context(db);
      switch (operatie) {
        case "bekijken":
          return uitkomst(bekijkDossier(ctx, wie, id));
        case "in_lijst": {
          // Searched by its reference: the list is paged, and every dossier of this test shares one moment.
          const r = await uitkomst(lijstMijnDossiers(ctx, wie, { zoek: id.slice(0, 8) }));
          if (r.code !== "GELUKT") return { code: "NIET_GEVONDEN", waarde: r.waarde };
          return (r.waarde as { items: { id: string }[] }).items.some((d) => d.id === id)
            ? r
            : { code: "NIET_GEVONDEN", waarde: null };
        }
        case "toevoegen": {
          const versie = Number(
            rijen<{ versie: number }>(await db.db.execute(sql`select versie from dossiers where id = ${id}`))[0]
              ?.versie,
          );
          return uitkomst(voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: versie }));
        }
        case "delen":
          return uitkomst(
            deelDossier(ctx, wie, id, {
              gebruikerId: derde.gebruiker.id,
              soort: "gedeeld",
              reden: "Matrixtest delen.",
            }),
          );
        case "intrekken":
          return uitkomst(trekToegangIn(ctx, wie, id, deelId));
        case "toegang_bekijken":
          return uitkomst(bekijkToegang(ctx, wie, id));
        case "inzage_overzicht":
          return uitkomst(inzageOverzicht(ctx, wie, id));
      }
    }

    let gedekt = 0;
    for (const rol of ROLLEN) {
      for (const relatie of RELATIES) {
        it(`${rol} × ${relatie}`, async () => {
          const wie = mensen[rol];
          const toegestaan = verwacht(rol, relatie);
          for (const operatie of OPERATIES) {
            const { id, deelId } = await dossierVoor(wie, relatie);
            const voor = await aantalLogregels(db);
            const r = await doe(operatie, wie, id, deelId);
            const na = await aantalLogregels(db);
            if (toegestaan.includes(operatie)) {
              assert.equal(r.code, "GELUKT", `${operatie}: toegestaan`);
            } else {
              // Someone who may see the dossier but not do this gets 403; anyone else the same answer as
              // for a dossier that does not exist. Neither carries anything of the dossier.
              const ziet = toegestaan.includes("bekijken");
              assert.equal(r.code, ziet ? "GEEN_TOEGANG" : "NIET_GEVONDEN", `${operatie}: geweigerd (kreeg ${r.code})`);
              assert.ok(
                !JSON.stringify(r.waarde ?? null).includes("K. (groep 4)"),
                `${operatie}: geen dossierinhoud in de weigering`,
              );
            }
            assert.equal(na - voor, 1, `${operatie}: precies één logregel (kreeg ${na - voor})`);
            gedekt += 1;
          }
        });
      }
    }
    it("covered every combination", () =>
      assert.equal(gedekt, ROLLEN.length * RELATIES.length * OPERATIES.length, "aantal combinaties"));

    // Decision 0053: a suspicion against a colleague. Whatever the colleague's role and relation to the
    // case (even a share, an assignment or emergency access given directly in the tables), every
    // operation is NIET_GEVONDEN, logged once, and carries nothing of the case.
    for (const rol of ROLLEN) {
      for (const relatie of ["toegewezen", "gedeeld", "noodtoegang"] as const) {
        it(`the colleague concerned, ${rol} × ${relatie}: every operation as for a dossier that does not exist`, async () => {
          const wie = mensen[rol];
          const ctx = context(db);
          for (const operatie of OPERATIES) {
            const id = await openDossier(ctx, maker, {
              ...OPENING.gegevens,
              soort: "vermoeden_medewerker",
              betrokkeneGebruikerId: wie.gebruiker.id,
            });
            if (relatie === "noodtoegang") {
              await db.db.execute(
                sql`insert into noodtoegang (organisatie_id, dossier_id, gebruiker_id, reden, begin, tot) values (${wie.gebruiker.organisatieId}, ${id}, ${wie.gebruiker.id}, 'Matrixtest', now(), now() + interval '1 hour')`,
              );
            } else {
              await voegToegangToe(db.db, {
                organisatieId: wie.gebruiker.organisatieId,
                dossierId: id,
                gebruikerId: wie.gebruiker.id,
                soort: relatie,
                reden: "Matrixtest",
                door: maker.gebruiker.id,
                sinds: new Date(),
              });
            }
            const deelId = await deelDossier(
              ctx,
              mensen.aandachtsfunctionaris === wie ? mensen.eindverantwoordelijke : mensen.aandachtsfunctionaris,
              id,
              { gebruikerId: ontvanger.gebruiker.id, soort: "gedeeld", reden: "Voor het intrekken." },
            );
            const voor = await aantalLogregels(db);
            const r = await doe(operatie, wie, id, deelId);
            assert.equal(r.code, "NIET_GEVONDEN", `${operatie} (kreeg ${r.code})`);
            assert.ok(
              !JSON.stringify(r.waarde ?? null).includes("K. (groep 4)"),
              `${operatie}: geen dossierinhoud in de weigering`,
            );
            assert.equal((await aantalLogregels(db)) - voor, 1, `${operatie}: precies één logregel`);
          }
        });
      }
    }

    it("the colleague concerned cannot be given a share of the case", async () => {
      const id = await openDossier(context(db), maker, {
        ...OPENING.gegevens,
        soort: "vermoeden_medewerker",
        betrokkeneGebruikerId: derde.gebruiker.id,
      });
      const r = await uitkomst(
        deelDossier(context(db), mensen.aandachtsfunctionaris, id, {
          gebruikerId: derde.gebruiker.id,
          soort: "gedeeld",
          reden: "Mag niet.",
        }),
      );
      assert.equal(r.code, "ONGELDIGE_INVOER");
    });
  });
}
