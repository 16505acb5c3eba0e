/**
 * `npm run bench:http`: an HTTP load benchmark of the built app on a generated database (decision
 * 0035). For each case it measures the app (a child process started as `npm start` does, production
 * build, NODE_ENV=production, a 256 MB heap) and, in the same run, a bare node:http server that
 * returns the same bytes (status, headers and body recorded from the app), both with autocannon.
 *
 *   npm run bench:http                               # 1,000 cases, PostgreSQL (if reachable) and PGlite
 *   npm run bench:http -- --dossiers 100000 --database postgres
 *   npm run bench:http -- --baseline=main            # also the app of another commit, on the same data
 *   npm run bench:http -- --alleen=lezen --duur 20 --profiel=/tmp/profiel
 *   npm run bench:http -- --database postgres --processen 1,2   # the working tree with 1 and with 2 app processes
 *   npm run bench:http -- --bestaande=postgres://…/lijsten100k --dossiers 100000 --alleen="dossierlijst,Mijn taken" --latentie=1,4
 *
 * Flags: --dossiers N (1000), --database pglite|postgres|beide (beide), --duur seconds per measurement (10),
 * --verbindingen N (50), --baseline=<git ref> (none), --alleen=<parts of case names, comma-separated>, --json=<file> (write the
 * results), --profiel=<dir> (a CPU profile of the app, written when it stops), --zonder-bouw (use ./build as it is),
 * --processen N[,M…] (MELDWIJZER_PROCESSEN of the working tree's app, each count measured in turn; default 1; PostgreSQL
 * only, PGlite always runs one; a baseline is measured at the same counts), --pg-socket=<directory> (the app and the generator reach PostgreSQL
 * over its Unix socket in that directory instead of TCP, e.g. /tmp), --ook-pg-socket=<directory> (the working tree's app also
 * over that socket, in the same run as over TCP, at each process count), --bestaande=<postgres URL> (measure on a database generated
 * earlier with `npm run data:genereer`, kept as it is apart from the app's migrations and what the cases write; pass
 * --dossiers with the size it was generated with, for the sign-in addresses; with a baseline, the baseline runs on the
 * working tree's migrated schema), --latentie=N[,M…] (the dossier list and Mijn taken also at these connection counts,
 * where the server is not saturated: their p50/p95/p99 are the cost of a request, not the queue; decision 0072).
 * The RSS is that of all the app's processes together. Per case it also shows where the cores went (decision 0078):
 * PostgreSQL's CPU per request (the backends of the bench's database, "n.b." when PostgreSQL is not local, in the
 * app's column on PGlite), the load generator's (this process), and a line with each one's share of the machine,
 * the idle share, whether the machine was saturated and whether a main thread was on a full core.
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL: a fresh database is made
 * there for the run and dropped afterwards. Linux only (RSS and CPU are read from /proc).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { bestaandDoel, genereer, pgliteDoel, postgresDoel, vergeetKeuze, verzamel } from "./http/gegevens.ts";
import { gevallen } from "./http/gevallen.ts";
import { DOSSIERS, DUUR, PROCESSEN, ROOT, VERBINDINGEN, vlag, type Kandidaat } from "./http/instellingen.ts";
import { meetGeval, postgresKolom, tabel, type Meting } from "./http/meting.ts";
import { postgresCpuMeter } from "./http/postgres-cpu.ts";
import { bereidBaseline, bouw, rssMb, startApp } from "./http/processen.ts";

const metingen: Meting[] = [];
/** "werkboom, 2 processen" → 2; a candidate without the suffix runs one process. */
const processenVan = (naam: string): number => Number(/, (\d+) processen$/u.exec(naam)?.[1] ?? 1);
const kandidaten: Kandidaat[] = PROCESSEN.map((n) => ({
  naam: n === 1 ? "werkboom" : `werkboom, ${n} processen`,
  root: ROOT,
  processen: n,
}));
// --ook-pg-socket=<directory>: the working tree also over PostgreSQL's Unix socket, in the same run as over TCP.
if (vlag["ook-pg-socket"])
  for (const n of PROCESSEN)
    kandidaten.push({
      naam: n === 1 ? "werkboom, socket" : `werkboom, socket, ${n} processen`,
      root: ROOT,
      processen: n,
      pgSocket: vlag["ook-pg-socket"],
    });
let baseline: ReturnType<typeof bereidBaseline> | undefined;
try {
  if (!vlag["zonder-bouw"]) bouw(ROOT);
  if (vlag.baseline) {
    baseline = bereidBaseline(vlag.baseline);
    const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", vlag.baseline]).toString().trim();
    // The baseline at the same process counts as the working tree, so that each count has its comparison.
    for (const n of PROCESSEN)
      kandidaten.push({
        naam: `baseline ${vlag.baseline} (${commit})${n === 1 ? "" : `, ${n} processen`}`,
        root: baseline.root,
        processen: n,
      });
  }
  const pgUrl = process.env["BENCH_DATABASE_URL"] || process.env["TEST_DATABASE_URL"] || process.env["DATABASE_URL"];
  const soorten = vlag.bestaande ? ["postgres"] : vlag.database === "beide" ? ["postgres", "pglite"] : [vlag.database];
  console.log(
    `Meldwijzer bench:http — Node ${process.version}, ${cpus().length} kernen, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${DOSSIERS} dossiers, ${DUUR} s per meting, ${VERBINDINGEN} verbindingen (toevoegen: 20)`,
  );
  for (const soort of soorten) {
    if (soort === "postgres" && !pgUrl && !vlag.bestaande) {
      console.log("PostgreSQL overgeslagen: geen BENCH_DATABASE_URL, TEST_DATABASE_URL of DATABASE_URL.");
      continue;
    }
    const doel = vlag.bestaande
      ? bestaandDoel(vlag.bestaande)
      : soort === "postgres" && pgUrl
        ? await postgresDoel(pgUrl)
        : pgliteDoel();
    vergeetKeuze();
    let postgresCpu: Awaited<ReturnType<typeof postgresCpuMeter>> | undefined;
    try {
      const langste = vlag.bestaande ? null : genereer(doel);
      // Its own connection, excluded from what it counts; closed before the database is dropped.
      postgresCpu = await postgresCpuMeter(doel);
      // PGlite belongs to one process: more than one is measured on PostgreSQL only.
      for (const kandidaat of kandidaten.filter((k) => soort === "postgres" || k.processen === 1)) {
        let app = await startApp(kandidaat, doel);
        try {
          let gegevens = await verzamel(app.basis, langste);
          console.log(
            `${kandidaat.naam} op ${soort}: pid ${app.pid}, RSS na start ${rssMb(app.pid)} MB, ${gegevens.dossiers.length} dossiers in de lijst van af@org-1.example`,
          );
          for (const geval of gevallen(gegevens)) {
            let m: Meting;
            try {
              m = await meetGeval(geval, app, kandidaat, soort, postgresCpu);
            } catch (fout) {
              // A server that dies under load is a result, not the end of the run: say why, start it again, go on.
              await new Promise((klaar) => setTimeout(klaar, 500));
              const einde = app.gestopt?.();
              if (!einde) throw fout;
              console.log(
                `  ${geval.naam.padEnd(36)} SERVER GESTOPT (${einde}); opnieuw gestart voor de volgende gevallen`,
              );
              metingen.push({
                geval: geval.naam,
                kandidaat: kandidaat.naam,
                database: soort,
                reqPerS: 0,
                p50: 0,
                p95: 0,
                p99: 0,
                fouten: -1,
                niet2xx: 0,
                statussen: { gestopt: 1 },
                conflicten: 0,
                bytes: 0,
                rssPiek: 0,
                cpuMsPerVerzoek: 0,
                kaalReqPerS: 0,
                kaalP99: 0,
                belasting: loadavg()[0] ?? 0,
                postgresCpuMsPerVerzoek: null,
                postgresAchtergrondCpuMsPerVerzoek: null,
                postgresCpuUitleg: "n.b.: de server stopte",
                postgresBackends: null,
                postgresCpuKanttekening: null,
                lastgeneratorCpuMsPerVerzoek: 0,
                meterCpuMs: 0,
                vrijAandeel: 0,
                cpuVerdeling: null,
                begrenzing: "n.b.: de server stopte",
              });
              await app.stop();
              app = await startApp(kandidaat, doel);
              gegevens = await verzamel(app.basis, langste);
              continue;
            }
            if (app.gestopt?.()) console.log(`  (de server stopte tijdens of na deze meting: ${app.gestopt()})`);
            metingen.push(m);
            console.log(
              `  ${m.geval.padEnd(36)} ${m.reqPerS.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(0).padStart(5)} ms  p95 ${m.p95.toFixed(0).padStart(5)} ms  p99 ${m.p99.toFixed(0).padStart(5)} ms  kaal ${m.kaalReqPerS.toFixed(0).padStart(6)} req/s  verhouding ${(m.reqPerS / m.kaalReqPerS).toFixed(3)}  CPU ${m.cpuMsPerVerzoek.toFixed(2)} ms/verzoek  fouten ${m.fouten}, niet-2xx ${m.niet2xx}, conflicten ${m.conflicten}  RSS-piek ${m.rssPiek} MB  load ${m.belasting.toFixed(1)}  statussen ${JSON.stringify(m.statussen)}`,
            );
            console.log(
              `  ${"".padEnd(36)} PostgreSQL-CPU ${postgresKolom(m)}${m.postgresCpuMsPerVerzoek === null ? "" : `/verzoek (${m.postgresBackends} backends)`}  lastgenerator-CPU ${m.lastgeneratorCpuMsPerVerzoek.toFixed(2)} ms/verzoek  kernen: ${m.begrenzing}`,
            );
          }
        } finally {
          await app.stop();
        }
      }
    } finally {
      await postgresCpu?.sluit();
      await doel.opruimen();
    }
  }
  console.log(`\n${tabel(metingen)}`);
  if (baseline) {
    console.log("\nWerkboom / baseline (req/s; p50 omgekeerd, dus boven 1 is sneller):");
    for (const eigen of metingen.filter((m) => m.kandidaat.startsWith("werkboom"))) {
      const ander = metingen.find(
        (m) =>
          m.kandidaat.startsWith("baseline") &&
          processenVan(m.kandidaat) === processenVan(eigen.kandidaat) &&
          m.database === eigen.database &&
          m.geval === eigen.geval,
      );
      if (ander && ander.reqPerS > 0 && eigen.p50 > 0)
        console.log(
          `  ${eigen.database.padEnd(9)} ${eigen.kandidaat.padEnd(22)} ${eigen.geval.padEnd(44)} req/s ${(eigen.reqPerS / ander.reqPerS).toFixed(2)}×  p50 ${(ander.p50 / eigen.p50).toFixed(2)}×  CPU per verzoek ${(eigen.cpuMsPerVerzoek / ander.cpuMsPerVerzoek).toFixed(2)}×`,
        );
    }
  }
  if (vlag.json)
    writeFileSync(
      vlag.json,
      JSON.stringify(
        { dossiers: DOSSIERS, duur: DUUR, verbindingen: VERBINDINGEN, node: process.version, metingen },
        null,
        2,
      ),
    );
} finally {
  baseline?.opruimen();
}
