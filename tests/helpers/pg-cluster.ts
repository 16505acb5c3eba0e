import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vrijePoort } from "./poort.ts";

/**
 * A throwaway PostgreSQL cluster of its own (initdb into a temp directory, a free port), for fault
 * drills that stop and restart the server. Never the shared development server. As root it runs
 * the server as the `postgres` user, as .ci/run does.
 */
export interface PgCluster {
  readonly url: string;
  /** pg_ctl restart/stop/start with the given mode; resolves when done (the event loop keeps running meanwhile). */
  pgCtl(opdracht: "restart" | "stop" | "start", modus?: "immediate" | "fast"): Promise<void>;
  opruimen(): Promise<void>;
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function pgBinMap(): string | null {
  for (const map of (process.env["PATH"] ?? "").split(path.delimiter)) {
    if (map && existsSync(path.join(map, "initdb")) && existsSync(path.join(map, "pg_ctl"))) return map;
  }
  const basis = "/usr/lib/postgresql";
  const versies = existsSync(basis)
    ? readdirSync(basis).filter((v) => existsSync(path.join(basis, v, "bin", "initdb")))
    : [];
  const nieuwste = versies.sort((a, b) => Number(b) - Number(a))[0];
  return nieuwste ? path.join(basis, nieuwste, "bin") : null;
}

export async function startPgCluster(bin: string): Promise<PgCluster> {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-pgdrill-"));
  const data = path.join(map, "data");
  const poort = await vrijePoort();
  const alsRoot = process.getuid?.() === 0;
  let pgUid = 0;
  let pgGid = 0;
  if (alsRoot) {
    pgUid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    pgGid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(map, pgUid, pgGid);
  }
  const als = { ...(alsRoot ? { uid: pgUid, gid: pgGid } : {}), env: { ...process.env, LC_ALL: "C" } };
  const voerUit = async (programma: string, argumenten: string[]) => {
    await promisify(execFile)(path.join(bin, programma), argumenten, als);
  };
  const opties = `-c listen_addresses=127.0.0.1 -p ${poort} -k ${map} -c fsync=on`;
  const pgCtl = async (opdracht: "restart" | "stop" | "start", modus: "immediate" | "fast" = "fast") => {
    const argumenten = ["-D", data, "-w", "-t", "60", "-l", path.join(map, "log")];
    if (opdracht !== "stop") argumenten.push("-o", opties);
    if (opdracht !== "start") argumenten.push("-m", modus);
    await voerUit("pg_ctl", [opdracht, ...argumenten]);
  };
  await voerUit("initdb", ["-D", data, "-U", "meldwijzer", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  await pgCtl("start");
  return {
    url: `postgres://meldwijzer@127.0.0.1:${poort}/postgres`,
    pgCtl,
    async opruimen() {
      await pgCtl("stop", "immediate").catch(() => undefined);
      rmSync(map, { recursive: true, force: true });
    },
  };
}
