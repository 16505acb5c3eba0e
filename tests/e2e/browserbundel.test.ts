import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

/**
 * What the browser downloads holds no server code. A page's module that imports, even indirectly, a
 * module that talks to the database brings the driver into the client bundle; there it fails on load
 * (`Buffer is not defined`) and the page falls back to a full reload. Seen once: the access-log page
 * took its filter choices from the module that writes the log. Seen again: the inzage page took the
 * number of entries it counts from its use-case, which brought drizzle's query builder along (no driver,
 * so it did not fail, but 76 kB the browser never runs). The markers are strings that survive
 * minification: the PostgreSQL driver's session and authentication, drizzle's SQL dialect and the name
 * in its errors and entity tags, and Node's crypto and buffers.
 */
const MARKERS = [
  "NodePgSession",
  "SCRAM-SHA-256",
  "PgDialect",
  "drizzle",
  "createHash(",
  "Buffer.from(",
  "randomBytes(",
] as const;

describe("the client bundle", () => {
  it("contains no database driver, no query builder and no Node-only code", () => {
    const map = path.resolve(import.meta.dirname, "../../build/client/assets");
    const bestanden = readdirSync(map).filter((naam) => naam.endsWith(".js"));
    assert.ok(bestanden.length > 10, `a client build is present in ${map}`);
    const gevonden = bestanden.flatMap((naam) => {
      const inhoud = readFileSync(path.join(map, naam), "utf8");
      return MARKERS.filter((marker) => inhoud.includes(marker)).map((marker) => `${naam}: ${marker}`);
    });
    assert.deepEqual(gevonden, []);
  });
});
