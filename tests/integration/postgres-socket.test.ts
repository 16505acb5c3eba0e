import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { verseDatabaseUrl } from "../helpers/databases.ts";

/**
 * DATABASE_URL may name PostgreSQL's Unix socket instead of a TCP address (docs/operations.md):
 * `postgres://user@/db?host=/tmp&port=54329`. The app starts on it (migrations, the start-up work)
 * and its statements go over the socket. Runs when TEST_DATABASE_URL names a server on this machine
 * whose socket is in /tmp (or PG_SOCKET_MAP); skipped otherwise.
 */

process.env["LOG_LEVEL"] = process.env["TEST_LOG"] ?? "silent";
const { startSamenstelling } = await import("../helpers/app-runtime.ts");

const beheer = process.env["TEST_DATABASE_URL"];
const map = process.env["PG_SOCKET_MAP"] ?? "/tmp";
const tcp = beheer ? new URL(beheer) : undefined;
const poort = tcp?.port || "5432";
const lokaal = tcp !== undefined && ["127.0.0.1", "localhost", "[::1]"].includes(tcp.hostname);
const socket = lokaal && existsSync(`${map}/.s.PGSQL.${poort}`);

describe("DATABASE_URL over a Unix socket", { skip: socket ? false : "geen lokale PostgreSQL met een socket" }, () => {
  it("starts the app on postgres://user@/db?host=<map>&port=<poort> and queries over the socket", async () => {
    const vers = new URL(await verseDatabaseUrl(beheer ?? ""));
    const url = `postgres://${vers.username}@${vers.pathname}?host=${encodeURIComponent(map)}&port=${poort}`;
    const samenstelling = await startSamenstelling({
      DATABASE_URL: url,
      MELDWIJZER_DEMO: undefined,
      MELDWIJZER_KLOK_VERSCHUIVING_MS: "0",
    });
    try {
      const uitkomst = await samenstelling.db.execute(
        sql`select inet_server_addr() as adres, current_database() as naam, count(*)::int as organisaties from organisaties`,
      );
      const rij = (uitkomst as { rows: { adres: string | null; naam: string; organisaties: number }[] }).rows[0];
      // inet_server_addr() is null for a connection over a Unix socket.
      assert.equal(rij?.adres, null);
      assert.equal(rij?.naam, vers.pathname.slice(1));
      // The demo organisation was made at start: the migrations and the start-up work ran over the socket.
      assert.ok((rij?.organisaties ?? 0) >= 1);
    } finally {
      await samenstelling.database.sluit();
    }
  });
});
