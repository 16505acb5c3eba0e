/** The data of `npm run bench:http`: the database (PostgreSQL or PGlite), the generated cases, and what the cases read. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOSSIERS, ORGANISATIES, ROOT, WACHTWOORD, vlag } from "./instellingen.ts";

export interface Doel {
  readonly soort: "pglite" | "postgres";
  /** Environment for the generator and the server. */
  readonly env: Record<string, string>;
  opruimen(): Promise<void>;
}

export async function postgresDoel(beheerUrl: string): Promise<Doel> {
  const { default: pg } = await import("pg");
  const naam = `meldwijzer_bench_http_${process.pid}`;
  const client = new pg.Client({ connectionString: beheerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${naam}`);
  await client.end();
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-pg-"));
  return {
    soort: "postgres",
    env: { DATABASE_URL: vlag["pg-socket"] ? socketUrl(url, vlag["pg-socket"]) : url.toString(), DATA_DIR: dataDir },
    opruimen: async () => {
      const c = new pg.Client({ connectionString: beheerUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * --pg-socket=<directory>: the same server, user and database over its Unix socket in that directory
 * (`postgres://user@/db?host=/tmp&port=54329`, see docs/operations.md), for the generator and the app.
 */
export function socketUrl(url: URL, map: string): string {
  const gebruiker = url.username ? `${url.username}${url.password ? `:${url.password}` : ""}@` : "";
  const poort = url.port || "5432";
  return `postgres://${gebruiker}${url.pathname}?host=${encodeURIComponent(map)}&port=${poort}`;
}

/** A database generated earlier (`--bestaande`): neither made nor dropped here. */
export function bestaandDoel(url: string): Doel {
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-bestaand-"));
  return {
    soort: "postgres",
    env: { DATABASE_URL: url, DATA_DIR: dataDir },
    opruimen: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
}

export function pgliteDoel(): Doel {
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-pglite-"));
  return {
    soort: "pglite",
    env: { DATABASE_URL: "", DATA_DIR: dataDir },
    opruimen: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
}

export function genereer(doel: Doel): Dossier | null {
  console.log(`Genereren: ${ORGANISATIES} organisatie(s), ${DOSSIERS} dossiers op ${doel.soort} …`);
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/data-genereer.ts",
      "--organisaties",
      String(ORGANISATIES),
      "--dossiers",
      String(DOSSIERS),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...doel.env, NODE_ENV: "development" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const regels = `${r.stdout}${r.stderr}`
    .split("\n")
    .filter(
      (l) =>
        l.startsWith("Gemaakt") ||
        l.startsWith("Fasen") ||
        l.startsWith("Langste") ||
        l.startsWith("Steekproef") ||
        l.startsWith("Datagenerator mislukt"),
    );
  for (const l of regels) console.log(`  ${l}`);
  if (r.status !== 0) throw new Error(`Generator mislukt:\n${r.stdout}\n${r.stderr}`);
  const langste = /Langste open dossier: ([0-9a-f-]{36}) van org-1, (\d+) gebeurtenissen/.exec(r.stdout);
  return langste?.[1] && Number(langste[2]) >= 100
    ? { id: langste[1], versie: Number(langste[2]), fase: "open" }
    : null;
}

export async function meldAan(basis: string, email: string): Promise<string> {
  const r = await fetch(`${basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
  });
  if (r.status !== 201) throw new Error(`Aanmelden als ${email}: ${r.status} ${await r.text()}`);
  return (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

export interface Dossier {
  readonly id: string;
  readonly versie: number;
  readonly fase: string;
  /** Its version when the first candidate chose it: the name of its case, the same for every candidate. */
  readonly grootte?: number;
}

export interface Gegevens {
  readonly cookie: string;
  /** Dossiers the aandachtsfunctionaris sees, with their version; open ones for appends. */
  readonly dossiers: readonly Dossier[];
  /** The longest open dossier the generator made, and a short open one: an append to each, one writer. */
  readonly langste: Dossier | null;
  readonly kort: Dossier | null;
  /** Addresses to sign in with, in turn. */
  readonly emails: readonly string[];
}

/**
 * The order of the dossiers the first candidate chose on this database: later candidates read the same
 * ones (the first candidate's appends change versions, and with them which dossiers sort to the middle).
 */
let gekozen: string[] | null = null;
/** The short open dossier the first candidate appended to: later candidates append to the same one. */
let gekozenKort: { id: string; grootte: number } | null = null;

export async function verzamel(basis: string, langste: Dossier | null): Promise<Gegevens> {
  const cookie = await meldAan(basis, "af@org-1.example");
  const r = await fetch(`${basis}/api/dossiers`, { headers: { cookie } });
  const { dossiers } = (await r.json()) as { dossiers: { id: string; versie: number; fase: string }[] };
  // Read the dossiers of median length, not only the newest: the list is newest first.
  const plaats = (id: string) => gekozen?.indexOf(id) ?? -1;
  const gesorteerd = gekozen
    ? [...dossiers].sort((a, b) => plaats(a.id) - plaats(b.id))
    : [...dossiers].sort((a, b) => a.versie - b.versie);
  gekozen ??= gesorteerd.map((d) => d.id);
  const midden = gesorteerd.slice(Math.max(0, Math.floor(gesorteerd.length / 2) - 10));
  const emails: string[] = [];
  // Sign-in reserves an attempt per (account, address) before it checks the password, at most 5 at a time:
  // 50 connections from one address need many accounts. The largest organisation has at least 25 medewerkers.
  for (let o = 1; o <= ORGANISATIES && emails.length < 400; o += 1) {
    const medewerkers = o === 1 ? 25 : 2;
    for (let m = 1; m <= medewerkers; m += 1) emails.push(`medewerker-${m}@org-${o}.example`);
    for (const rol of ["af", "ev", "beheer", "log"]) emails.push(`${rol}@org-${o}.example`);
  }
  // The first candidate's appends grow its short dossier past 15 entries: later ones take the same dossier.
  const kortNu = gekozenKort
    ? gesorteerd.find((d) => d.id === gekozenKort?.id)
    : gesorteerd.find((d) => d.fase !== "gesloten" && d.versie >= 8 && d.versie <= 15);
  gekozenKort ??= kortNu ? { id: kortNu.id, grootte: kortNu.versie } : null;
  const kort = kortNu && gekozenKort ? { ...kortNu, grootte: gekozenKort.grootte } : null;
  return { cookie, dossiers: midden.concat(gesorteerd.filter((d) => !midden.includes(d))), emails, langste, kort };
}

/** A new database: its first candidate chooses the dossiers again. */
export function vergeetKeuze(): void {
  gekozen = null;
  gekozenKort = null;
}
