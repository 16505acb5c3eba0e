import assert from "node:assert/strict";
import { statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { sql } from "drizzle-orm";
import {
  laadLogSleutel,
  leesControlepunten,
  leesLogControleInstellingen,
} from "../../src/adapters/bestanden/controlepunten.ts";
import {
  leesInstellingen,
  leesVerzegelInterval,
  leesVerzegelTerugval,
  startControlepunten,
  startVerzegelaar,
  type Instellingen,
  type Samenstelling,
} from "../../src/adapters/http/samenstelling.ts";
import pino from "pino";
import { openDatabase, type GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { ketenVan } from "../../src/domain/toegang/logketen.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { log } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { testDatabases } from "../helpers/databases.ts";

import { tijdelijkeMap } from "../helpers/tijdelijke-map.ts";

/** The server's composition for `db`, with no mail and a silent logger. */
function stilleRuntime(db: GeopendeDatabase, instellingen: Instellingen): Samenstelling {
  return {
    db: db.db,
    klok: () => new Date(),
    database: db,
    logger: pino({ level: "silent" }),
    instellingen,
    maakMailVerzender: () => null,
  };
}

describe("checkpoints from the server's wiring (decision 0028)", () => {
  it("reads the key and the directory: a missing key stops a production start, a short key any start", () => {
    const dataDir = path.resolve("/tmp/meldwijzer-data");
    assert.deepEqual(
      leesLogControleInstellingen({}, dataDir),
      { map: path.join(dataDir, "controlepunten"), sleutel: undefined, dataDir },
      "development defaults",
    );
    assert.equal(
      leesLogControleInstellingen({ MELDWIJZER_CONTROLEPUNTEN: "/srv/log-ankers" }, dataDir).map,
      "/srv/log-ankers",
    );
    assert.throws(
      () => leesInstellingen({ NODE_ENV: "production" }),
      /MELDWIJZER_LOG_SLEUTEL ontbreekt/u,
      "production without a key",
    );
    assert.throws(() => leesInstellingen({ MELDWIJZER_LOG_SLEUTEL: "kort" }), /MELDWIJZER_LOG_SLEUTEL is te kort/u);
    assert.equal(
      leesInstellingen({
        NODE_ENV: "production",
        MELDWIJZER_LOG_SLEUTEL: "x".repeat(32),
        MELDWIJZER_GEHEIM_SLEUTEL: Buffer.alloc(32, 1).toString("base64"),
      }).logcontrole.sleutel,
      "x".repeat(32),
    );
  });

  it("creates a development key once, readable by its owner only, and keeps using it", async () => {
    const dataDir = tijdelijkeMap();
    const instellingen = leesLogControleInstellingen({}, dataDir);
    const eerste = await laadLogSleutel(instellingen);
    assert.equal(eerste.length, 64, "32 random bytes, hex");
    assert.deepEqual(await laadLogSleutel(instellingen), eerste, "the same key the next time");
    assert.equal(statSync(path.join(dataDir, "toegangslog-sleutel")).mode & 0o777, 0o600);
    assert.deepEqual(
      await laadLogSleutel(leesLogControleInstellingen({ MELDWIJZER_LOG_SLEUTEL: "y".repeat(40) }, dataDir)),
      new TextEncoder().encode("y".repeat(40)),
      "a key from the environment wins",
    );
  });

  it("records a checkpoint at start and at shutdown, only when the log changed, and audit:verify's check accepts them", async () => {
    const db = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: path.resolve("drizzle") });
    try {
      const dataDir = tijdelijkeMap();
      const { mensen } = await maakOrganisatieMetMensen(db, "Lindehof", [["medewerker"]]);
      const wie = mensen[0] as Ingelogd;
      const schrijf = () =>
        db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      await schrijf();
      const instellingen = leesInstellingen({ DATA_DIR: dataDir, MELDWIJZER_DEMO: "0" });
      const runtime = stilleRuntime(db, instellingen);
      await startControlepunten(runtime).stop();
      const map = instellingen.logcontrole.map;
      assert.equal((await leesControlepunten(map)).length, 1, "one at start; nothing new at shutdown");
      await startControlepunten(runtime).stop();
      assert.equal((await leesControlepunten(map)).length, 1, "the log did not change: still one");
      await schrijf();
      await startControlepunten(runtime).stop();
      const punten = await leesControlepunten(map);
      assert.deepEqual(
        punten.map((p) => p.punt?.koppen.map((k) => k.lengte)),
        [[1], [2]],
        "a new one once the chain grew",
      );
      const sleutel = await laadLogSleutel(instellingen.logcontrole);
      assert.deepEqual(await controleerToegangslog(db.db, { controlepunten: { punten, sleutel } }), {
        gecontroleerd: 2,
        ketens: 1,
        controlepunten: 2,
        eersteBreuk: null,
      });
    } finally {
      await db.sluit();
    }
  });

  it("runs the sealer on an interval it reads from MELDWIJZER_VERZEGEL_MS, and seals what was accepted when it stops", async () => {
    assert.equal(leesVerzegelInterval(undefined), 250, "default");
    assert.equal(leesVerzegelInterval(" 500 "), 500);
    for (const fout of ["0", "9", "60001", "1e3", "250ms", "-5"])
      assert.throws(() => leesVerzegelInterval(fout), /MELDWIJZER_VERZEGEL_MS/u, fout);
    const db = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: path.resolve("drizzle") });
    try {
      const { mensen } = await maakOrganisatieMetMensen(db, "Kastanje", [["medewerker"]]);
      const wie = mensen[0] as Ingelogd;
      // An interval far longer than the test: only the stop seals.
      const instellingen = leesInstellingen({
        DATA_DIR: tijdelijkeMap(),
        MELDWIJZER_DEMO: "0",
        MELDWIJZER_VERZEGEL_MS: "60000",
      });
      const runtime = stilleRuntime(db, instellingen);
      const verzegelaar = startVerzegelaar(runtime);
      for (let i = 0; i < 3; i += 1)
        await db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      const onverzegeld = async () =>
        (
          await db.db
            .select({ id: toegangslog.id })
            .from(toegangslog)
            .where(sql`volgnummer is null`)
        ).length;
      assert.ok((await onverzegeld()) >= 3, "accepted, waiting for the sealer");
      await verzegelaar.stop();
      assert.equal(await onverzegeld(), 0, "sealed at the stop");
      const rapport = await controleerToegangslog(db.db, { nu: new Date(Date.now() + 6 * 60 * 1000) });
      assert.equal(rapport.eersteBreuk, null);
    } finally {
      await db.sluit();
    }
  });
});

/** Waits until `klaar` holds, checking every 20 ms; fails after 20 s (a stuck sealer), never on speed. */
async function wachtTot(wat: string, klaar: () => Promise<boolean>): Promise<void> {
  const tot = Date.now() + 20_000;
  while (!(await klaar())) {
    if (Date.now() > tot) assert.fail(`niet gebeurd: ${wat}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const testDb of await testDatabases()) {
  describe(`the sealer seals when there is something to seal, on ${testDb.naam} (decision 0073)`, () => {
    it("seals what a stopped process left at its first turn, and what this process accepts when told, with the slow turn a minute away", async () => {
      const db = await testDb.open();
      try {
        const { mensen, organisatieId } = await maakOrganisatieMetMensen(db, "Esdoorn", [["medewerker"]]);
        const wie = mensen[0] as Ingelogd;
        const onverzegeld = async () =>
          (
            await db.db
              .select({ id: toegangslog.id })
              .from(toegangslog)
              .where(sql`organisatie_id = ${organisatieId} and volgnummer is null`)
          ).length;
        // An entry accepted by a process that was stopped before its sealer ran: no one tells this one.
        await db.db.insert(toegangslog).values({
          keten: ketenVan(organisatieId),
          tijdstip: new Date(),
          organisatieId,
          gebruikerId: wie.gebruiker.id,
          rol: "medewerker",
          actie: "dossiers_lijst",
          uitkomst: "gelukt",
        });
        const runtime = stilleRuntime(db, {
          ...leesInstellingen({ DATA_DIR: tijdelijkeMap(), MELDWIJZER_DEMO: "0" }),
          verzegelIntervalMs: 20,
          verzegelTerugvalMs: 60_000,
        });
        const verzegelaar = startVerzegelaar(runtime);
        try {
          await wachtTot("het achtergelaten item verzegeld", async () => (await onverzegeld()) === 0);
          // Past the turn after that one (a turn that found work is followed by one more).
          await new Promise((r) => setTimeout(r, 200));
          // Accepted here, through the app's own path: the sealer hears of it and seals it long before the
          // slow turn (a minute), which is the only other way it could be sealed.
          for (let i = 0; i < 3; i += 1)
            await db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
          await wachtTot("de drie nieuwe items verzegeld", async () => (await onverzegeld()) === 0);
        } finally {
          await verzegelaar.stop();
        }
        const rapport = await controleerToegangslog(db.db, { nu: new Date(Date.now() + 6 * 60 * 1000) });
        assert.equal(rapport.eersteBreuk, null);
        assert.equal(rapport.gecontroleerd, 4);
      } finally {
        await db.sluit();
      }
    });

    it("reads the slow turn from MELDWIJZER_VERZEGEL_TERUGVAL_MS", () => {
      assert.equal(leesVerzegelTerugval(undefined), 10_000, "default");
      assert.equal(leesVerzegelTerugval(" 30000 "), 30_000);
      for (const fout of ["0", "999", "600001", "1e4", "10s", "-5"])
        assert.throws(() => leesVerzegelTerugval(fout), /MELDWIJZER_VERZEGEL_TERUGVAL_MS/u, fout);
    });
  });
}
