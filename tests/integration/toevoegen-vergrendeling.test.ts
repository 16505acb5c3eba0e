/**
 * The write gate reads the access facts in the lock's statement (decision 0071). That statement's snapshot
 * is taken before it waits for the lock, so a change of the facts committed during the wait must still be
 * seen: every such change writes a new version of the dossier row, and the gate reads the facts again when
 * the row it locked is newer than its snapshot. These tests hold the lock in one transaction, start an
 * append that waits for it (seen in `pg_stat_activity`), change the facts and commit. PostgreSQL only: PGlite
 * has one connection, so nothing ever waits there.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { trekIn, vergrendelDossierMetFeiten, voegToegangToe } from "../../src/adapters/db/toegang.repository.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { deelDossier } from "../../src/app/toegang/delen.ts";
import { metDossierToegang } from "../../src/app/toegang/dossier-toegang.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";

const OPENING = { werknaam: "Wachten (groep 6)", aanleiding: "zorg_om_kind", omschrijving: "Wacht op het slot." };
const SIGNAAL = {
  type: "signaal_vastgelegd",
  gegevens: {
    soort: "signaal",
    waarneming: "Is vaak moe in de ochtend.",
    datumWaarneming: "2026-11-20",
    waargenomenDoor: "Leerkracht",
    bron: "eigen_waarneming",
  },
};

async function rijen<T>(db: GeopendeDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  const resultaat: unknown = await db.db.execute(query);
  return (resultaat as { rows: T[] }).rows;
}

for (const testDb of (await testDatabases()).filter((d) => d.naam === "postgres")) {
  describe(`the write gate's facts after a wait for the lock on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let sanne: Ingelogd;
    let joris: Ingelogd;

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Wachtkamer", [["medewerker"], ["medewerker"]]);
      organisatieId = org.organisatieId;
      [sanne, joris] = org.mensen as [Ingelogd, Ingelogd];
    });
    after(async () => db.sluit());

    /** Resolves once a statement of this database waits for a lock: the append has reached the row lock. */
    async function totErEenWacht(): Promise<void> {
      for (;;) {
        const [rij] = await rijen<{ n: number }>(
          db,
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if ((rij?.n ?? 0) > 0) return;
        await new Promise((klaar) => setTimeout(klaar, 5));
      }
    }

    /** Sanne holds the dossier's lock, lets Joris' append start and wait for it, then runs `wijzig` and commits. */
    async function terwijlJorisWacht(
      dossierId: string,
      verwachteVersie: number,
      wijzig: (tx: Parameters<typeof trekIn>[0]) => Promise<unknown>,
    ): Promise<PromiseSettledResult<unknown>> {
      let append: Promise<unknown> | undefined;
      await metDossierToegang(
        context(db),
        sanne,
        dossierId,
        { actie: "bekijken", logActie: "delen_intrekken", schrijven: true },
        async ({ tx }) => {
          append = voegGebeurtenisToeAanDossier(context(db), joris, dossierId, { ...SIGNAAL, verwachteVersie });
          // Kept from failing unobserved while the lock is held; its outcome is read after the commit.
          append.catch(() => undefined);
          await totErEenWacht();
          await wijzig(tx);
        },
      );
      assert.ok(append);
      const [uitkomst] = await Promise.allSettled([append]);
      assert.ok(uitkomst);
      return uitkomst;
    }

    async function versie(dossierId: string): Promise<number> {
      const [rij] = await rijen<{ versie: number }>(db, sql`select versie from dossiers where id = ${dossierId}`);
      return rij?.versie ?? -1;
    }

    it("a share revoked while the append waited refuses the append, and nothing is stored", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING);
      const toegangId = await deelDossier(ctx, sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Duo-collega in groep 6.",
      });
      // Joris works in the case, so this process keeps its state and the lock's statement reads the tail too.
      const { versie: nu } = await voegGebeurtenisToeAanDossier(ctx, joris, id, { ...SIGNAAL, verwachteVersie: 1 });
      const uitkomst = await terwijlJorisWacht(id, nu, (tx) =>
        trekIn(tx, organisatieId, id, toegangId, sanne.gebruiker.id, NU),
      );
      assert.equal(uitkomst.status, "rejected");
      assert.ok(uitkomst.status === "rejected" && uitkomst.reason instanceof DomeinFout);
      assert.equal(uitkomst.reason.code, "NIET_GEVONDEN");
      assert.equal(await versie(id), nu);
    });

    it("a share granted while the append waited lets it through, with the tail read after the lock", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING);
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      const uitkomst = await terwijlJorisWacht(id, 2, (tx) =>
        voegToegangToe(tx, {
          organisatieId,
          dossierId: id,
          gebruikerId: joris.gebruiker.id,
          soort: "gedeeld",
          reden: "Neemt het over.",
          door: sanne.gebruiker.id,
          sinds: NU,
        }),
      );
      assert.equal(uitkomst.status, "fulfilled");
      assert.equal(await versie(id), 3);
    });

    it("reads facts and tail in the lock's statement when no one changed the row since its snapshot", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING);
      const gelezen = await db.db.transaction((tx) => vergrendelDossierMetFeiten(tx, organisatieId, id, NU, 1));
      assert.ok(gelezen?.vooraf, "read in one statement");
      assert.equal(gelezen.vooraf.vanaf, 1);
      assert.deepEqual(
        gelezen.vooraf.gebeurtenissen.map((g) => g.volgnummer),
        [1],
      );
      assert.deepEqual(gelezen.feiten.toegang, []);
    });

    it("every change of the facts writes a new version of the dossier row", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING);
      const xmin = async () =>
        (await rijen<{ x: string }>(db, sql`select xmin::text as x from dossiers where id = ${id}`))[0]?.x;
      const voor = await xmin();
      const toegangId = await deelDossier(ctx, sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Duo-collega.",
      });
      const naDelen = await xmin();
      assert.notEqual(naDelen, voor);
      await db.db.transaction((tx) => trekIn(tx, organisatieId, id, toegangId, sanne.gebruiker.id, NU));
      assert.notEqual(await xmin(), naDelen);
    });
  });
}
