/**
 * `npm run bench:log`: concurrent access-log writes, each in a transaction of its own (the log entry
 * and the commit, as every logged action does), by 20 writers spread over 20 organisations and by
 * 20 writers in one organisation, on PGlite (in memory) and on PostgreSQL when BENCH_DATABASE_URL
 * (or TEST_DATABASE_URL) points at a server (a fresh database is created and dropped).
 *
 *   npm run bench:log                          # this working tree
 *   npm run bench:log -- --root=/tmp/baseline  # another checkout (e.g. `git archive main`)
 *
 * Fictional organisations and people only. Prints writes per second and p50/p99 per write. In a
 * tree with the sealer (decision 0057) a sealer runs beside the writers every 250 ms, as in an app
 * process, and the line ends with what it sealed and how long the last batch after the writes took.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any */

const argumenten = process.argv.slice(2);
const ROOT = path.resolve(
  argumenten.find((a) => a.startsWith("--root="))?.slice("--root=".length) ?? path.join(import.meta.dirname, ".."),
);
const SCHRIJVERS = 20;
const PER_SCHRIJVER = Number(process.env["BENCH_LOG_PER_SCHRIJVER"] ?? 100);

async function laad(pad: string): Promise<any> {
  return import(pathToFileURL(path.join(ROOT, pad)).href);
}

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

async function meet(
  db: any,
  log: any,
  wieLijst: any[],
): Promise<{ perSeconde: number; p50: number; p99: number; zegel: string }> {
  const duren: number[] = [];
  let verzegeld = 0;
  let bezig = null as Promise<void> | null; // set and cleared by the timer's turns
  const timer = verzegel
    ? setInterval(() => {
        bezig ??= verzegel(db).then((v: { verzegeld: number }) => {
          verzegeld += v.verzegeld;
          bezig = null;
        });
      }, 250)
    : null;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: SCHRIJVERS }, async (_, s) => {
      const wie = wieLijst[s % wieLijst.length];
      for (let i = 0; i < PER_SCHRIJVER; i += 1) {
        const t0 = performance.now();
        await db.transaction(async (tx: any) => {
          await log(tx, wie, { actie: "dossier_bekijken", uitkomst: "gelukt", grondslag: "eigen" }, new Date());
        });
        duren.push(performance.now() - t0);
      }
    }),
  );
  const totaal = (performance.now() - start) / 1000;
  let zegel = "";
  if (timer && verzegel) {
    clearInterval(timer);
    await bezig;
    const t0 = performance.now();
    const rest = (await verzegel(db)).verzegeld;
    zegel = `   verzegeld tijdens het schrijven ${verzegeld}, daarna ${rest} in ${(performance.now() - t0).toFixed(0)} ms`;
  }
  return {
    perSeconde: (SCHRIJVERS * PER_SCHRIJVER) / totaal,
    p50: percentiel(duren, 50),
    p99: percentiel(duren, 99),
    zegel,
  };
}

async function verseDatabase(beheerUrl: string): Promise<{ url: string; ruimOp: () => Promise<void> }> {
  const { default: pg } = await import("pg");
  const naam = `meldwijzer_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const beheer = new pg.Client({ connectionString: beheerUrl });
  await beheer.connect();
  await beheer.query(`CREATE DATABASE ${naam}`);
  await beheer.end();
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    ruimOp: async () => {
      const c = new pg.Client({ connectionString: beheerUrl });
      await c.connect();
      // The pool's connections close a moment after it ends; wait for them instead of cutting them off.
      for (let poging = 0; ; poging += 1) {
        try {
          await c.query(`DROP DATABASE IF EXISTS ${naam}`);
          break;
        } catch (fout) {
          if (poging >= 50) throw fout;
          await new Promise((klaar) => setTimeout(klaar, 100));
        }
      }
      await c.end();
    },
  };
}

const { openDatabase } = await laad("src/adapters/db/database.ts");
const { log } = await laad("src/app/toegang/logboek.ts");
// The sealer, in trees since decision 0057; an older tree seals in the write itself.
const verzegel: ((db: any) => Promise<{ verzegeld: number }>) | null = await laad("src/app/toegang/verzegelen.ts").then(
  (m) => m.verzegelToegangslog as (db: any) => Promise<{ verzegeld: number }>,
  () => null,
);
const { maakGebruiker, vindGebruiker } = await laad("src/adapters/db/gebruiker.repository.ts");
const { maakOrganisatie } = await laad("src/adapters/db/organisatie.repository.ts");
const migraties = path.join(ROOT, "drizzle");

const databases: { naam: string; open: () => Promise<{ db: any; sluit: () => Promise<void> }> }[] = [
  {
    naam: "PGlite",
    open: async () => {
      const d = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: migraties });
      return {
        db: d.db,
        sluit: async () => {
          await d.sluit();
        },
      };
    },
  },
];
const beheerUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
if (beheerUrl) {
  databases.push({
    naam: "PostgreSQL",
    open: async () => {
      const vers = await verseDatabase(beheerUrl);
      const d = await openDatabase({ databaseUrl: vers.url, dataDir: "", migratiesMap: migraties });
      return {
        db: d.db,
        sluit: async () => {
          await d.sluit();
          await vers.ruimOp();
        },
      };
    },
  });
}

console.log(
  `Toegangslog: ${SCHRIJVERS} gelijktijdige schrijvers × ${PER_SCHRIJVER} regels, elke regel in een eigen transactie (${ROOT})`,
);
for (const database of databases) {
  const { db, sluit } = await database.open();
  try {
    const mensen: any[] = [];
    for (let o = 0; o < SCHRIJVERS; o += 1) {
      const organisatieId = await maakOrganisatie(db, `Bench-organisatie ${o}`, "onderwijs");
      const id = await maakGebruiker(db, {
        organisatieId,
        email: `bench${o}@bench.example`,
        naam: `Bench ${o}`,
        wachtwoordHash: "niet-gebruikt",
        rollen: ["medewerker"],
      });
      mensen.push({ gebruiker: await vindGebruiker(db, id), adres: "127.0.0.1" });
    }
    await meet(db, log, mensen.slice(0, 1)); // warm up
    for (const [naam, wie] of [
      ["20 organisaties", mensen],
      ["1 organisatie", mensen.slice(0, 1)],
    ] as const) {
      const r = await meet(db, log, [...wie]);
      console.log(
        `${database.naam.padEnd(10)} ${naam.padEnd(16)} ${r.perSeconde.toFixed(0).padStart(6)} regels/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms${r.zegel}`,
      );
    }
  } finally {
    await sluit();
  }
}
