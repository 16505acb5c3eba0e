import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { DataMapInGebruikFout, openDatabase } from "../../src/adapters/db/database.ts";
import { telOrganisaties } from "../../src/adapters/db/organisatie.repository.ts";
import { zaaiDemo } from "../../src/app/demo-seed.ts";
import { context } from "../helpers/fabriek.ts";

const MIGRATIES = path.resolve("drizzle");

describe("the embedded database on disk", () => {
  it("refuses a data directory a live process holds, naming it, and is not fooled by a pid file", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-"));
    try {
      const eerste = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      await assert.rejects(openDatabase({ dataDir: map, migratiesMap: MIGRATIES }), DataMapInGebruikFout);
      await eerste.sluit();
      // The lock is a socket the holder listens on, not a pid: a pid file of the old kind naming a
      // live process (this one) does not block. A crashed holder: see tests/integration/storingen.test.ts.
      writeFileSync(path.join(map, "meldwijzer.lock"), String(process.pid));
      const tweede = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      await assert.rejects(
        openDatabase({ dataDir: map, migratiesMap: MIGRATIES }),
        new RegExp(`in gebruik door een ander proces \\(pid ${process.pid}\\)`),
      );
      await tweede.sluit();
      // Closed cleanly: the socket is gone and the directory opens again.
      const derde = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      assert.equal(await derde.gereed(), true);
      await derde.sluit();
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});

describe("the demo seed", () => {
  it("seeds once, is idempotent, and is refused in production", async () => {
    const db = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: MIGRATIES });
    try {
      await assert.rejects(zaaiDemo(context(db), "production"), /NODE_ENV=production/);
      assert.equal(await telOrganisaties(db.db), 0);
      assert.equal(await zaaiDemo(context(db), "development"), true);
      assert.equal(await zaaiDemo(context(db), "development"), false);
      assert.equal(await telOrganisaties(db.db), 2);
    } finally {
      await db.sluit();
    }
  });
});
