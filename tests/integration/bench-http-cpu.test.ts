import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  backendTikken,
  beschrijfVerdeling,
  grootsteGroei,
  isDezelfdeBackend,
  leesMachineStat,
  leesOpstarttijd,
  leesProces,
  leesProcesStat,
  verdeelCpu,
  type CpuInvoer,
  type ProcesStat,
} from "../../bench/http/cpu.ts";
import { postgresCpuMeter } from "../../bench/http/postgres-cpu.ts";
import { verseDatabaseUrl } from "../helpers/databases.ts";

/**
 * How `npm run bench:http` reads /proc and divides the machine's CPU between the app, PostgreSQL, the load
 * generator, the rest and idle (decision 0078). Pure functions, table-driven; at the end the PostgreSQL meter
 * against a real server on this machine (when TEST_DATABASE_URL is set). No timing is asserted.
 */

/** A /proc/<pid>/stat line as the kernel writes it: name in parentheses, then fields 3 to 52. */
const statRegel = (pid: number, naam: string, utime: number, stime: number, starttijd: number) =>
  `${pid} (${naam}) S 1 ${pid} ${pid} 0 -1 4194368 1050 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 ${starttijd} 235638784 2619 18446744073709551615 1 1 0 0 0 0 4194304 24131584 536887815 1 0 0 17 0 0 0 0 0 0 1 1 1 1 1 1 1 0\n`;

describe("/proc/<pid>/stat", () => {
  const gevallen: { naam: string; regel: string; verwacht: Omit<ProcesStat, "toestand"> }[] = [
    {
      naam: "PostgreSQL's walwriter as read on this machine",
      regel:
        "29627 (postgres) S 29623 29627 29627 0 -1 4194368 1050 0 0 0 8 6 0 0 20 0 1 0 6643275 235638784 2619 18446744073709551615 94310277238784 94310282652073 140725906522208 0 0 0 4194304 24131584 536887815 1 0 0 17 0 0 0 0 0 0 94310285117616 94310285334922 94310454263808 140725906524576 140725906524702 140725906524702 140725906526164 0\n",
      verwacht: { pid: 29627, naam: "postgres", utime: 8, stime: 6, starttijd: 6643275 },
    },
    {
      naam: "a name with spaces",
      regel: statRegel(812, "Web Content", 1234, 56, 900),
      verwacht: { pid: 812, naam: "Web Content", utime: 1234, stime: 56, starttijd: 900 },
    },
    {
      naam: "a name with parentheses and a ') ' inside: the last ')' ends it",
      regel: statRegel(77, "a) S 1 (b) c", 300, 40, 5000),
      verwacht: { pid: 77, naam: "a) S 1 (b) c", utime: 300, stime: 40, starttijd: 5000 },
    },
    {
      naam: "a name in double parentheses (systemd's)",
      regel: statRegel(1900, "(sd-pam)", 0, 1, 42),
      verwacht: { pid: 1900, naam: "(sd-pam)", utime: 0, stime: 1, starttijd: 42 },
    },
  ];
  for (const g of gevallen)
    it(g.naam, () => {
      const p = leesProcesStat(g.regel);
      assert.deepEqual(
        { pid: p.pid, naam: p.naam, utime: p.utime, stime: p.stime, starttijd: p.starttijd },
        g.verwacht,
      );
      assert.equal(p.toestand, "S");
    });

  for (const [naam, regel] of [
    ["no parentheses", "12 postgres S 1 2 3"],
    ["cut off before utime", "12 (postgres) S 1 12 12 0 -1 4194368 1050 0 0"],
    ["a field that is not a number", statRegel(12, "x", 1, 2, 3).replace(" 1 2 0 0 20", " 1 twee 0 0 20")],
  ] as const)
    it(`refuses a line with ${naam}`, () => assert.throws(() => leesProcesStat(regel)));

  it("reads this process", () => {
    const zelf = leesProces(process.pid);
    assert.equal(zelf?.pid, process.pid);
    assert.equal(leesProces(2 ** 22 + 1), null, "a pid above pid_max does not exist");
  });
});

describe("/proc/stat", () => {
  const gevallen: { naam: string; tekst: string; totaal: number; vrij: number; onderbrekingen: number }[] = [
    {
      naam: "the aggregate line of this 2-core machine; cpu0/cpu1 ignored",
      tekst:
        "cpu  8944266 147722 1263931 2830686 17479 0 66209 5547 0 0\ncpu0 4469346 72751 621979 1435806 5956 0 28536 2919 0 0\ncpu1 4474919 74970 641951 1394880 11522 0 37673 2627 0 0\nbtime 1796391729\n",
      totaal: 8944266 + 147722 + 1263931 + 2830686 + 17479 + 0 + 66209 + 5547,
      vrij: 2830686 + 17479,
      onderbrekingen: 66209,
    },
    {
      naam: "guest time not counted twice (it is already in user and nice)",
      tekst: "cpu  100 0 50 800 10 5 5 0 70 0\n",
      totaal: 970,
      vrij: 810,
      onderbrekingen: 10,
    },
    {
      naam: "an old kernel's four fields",
      tekst: "cpu 10 20 30 40\n",
      totaal: 100,
      vrij: 40,
      onderbrekingen: 0,
    },
  ];
  for (const g of gevallen)
    it(g.naam, () => {
      const m = leesMachineStat(g.tekst);
      assert.deepEqual([m.totaal, m.vrij, m.onderbrekingen], [g.totaal, g.vrij, g.onderbrekingen]);
    });
  it("refuses text without the aggregate line", () => {
    assert.throws(() => leesMachineStat("cpu0 1 2 3 4\n"), /geen regel "cpu"/);
    assert.throws(() => leesMachineStat("cpu  1 2 x 4\n"), /onleesbare/);
  });
  it("reads btime", () => {
    assert.equal(leesOpstarttijd("cpu  1 2 3 4\nbtime 1796391729\nprocesses 5\n"), 1796391729);
    assert.throws(() => leesOpstarttijd("cpu  1 2 3 4\n"));
  });
});

describe("is a backend the local process with that pid", () => {
  const opstart = 1_796_391_729; // s
  const start = (tikken: number) => (opstart + tikken / 100) * 1000; // ms
  const gevallen: {
    naam: string;
    proces: { naam: string; starttijd: number };
    backendStartMs: number;
    zelfde: boolean;
  }[] = [
    {
      naam: "started together",
      proces: { naam: "postgres", starttijd: 6_643_275 },
      backendStartMs: start(6_643_275) + 4,
      zelfde: true,
    },
    {
      naam: "btime's whole second apart",
      proces: { naam: "postgres", starttijd: 6_643_275 },
      backendStartMs: start(6_643_275) + 1500,
      zelfde: true,
    },
    {
      naam: "another moment: a reused pid or another machine's",
      proces: { naam: "postgres", starttijd: 6_643_275 },
      backendStartMs: start(6_643_275) + 60_000,
      zelfde: false,
    },
    {
      naam: "the same moment but not postgres",
      proces: { naam: "node", starttijd: 6_643_275 },
      backendStartMs: start(6_643_275),
      zelfde: false,
    },
  ];
  for (const g of gevallen)
    it(g.naam, () => assert.equal(isDezelfdeBackend(g.proces, g.backendStartMs, opstart), g.zelfde));
});

describe("a backend's CPU over the measurement", () => {
  const lezing = (cpu: number, starttijd: number): ProcesStat => ({
    pid: 1,
    naam: "postgres",
    toestand: "S",
    utime: cpu - 3,
    stime: 3,
    starttijd,
  });
  const begin = 10_000; // uptime in ticks when the measurement began
  const gevallen: { naam: string; begin?: ProcesStat; eerste: ProcesStat; laatste: ProcesStat; tikken: number }[] = [
    {
      naam: "running at the start: from its first reading",
      begin: lezing(50, 100),
      eerste: lezing(50, 100),
      laatste: lezing(170, 100),
      tikken: 120,
    },
    {
      naam: "started during the measurement: from zero",
      eerste: lezing(20, 10_200),
      laatste: lezing(90, 10_200),
      tikken: 90,
    },
    {
      naam: "older but first seen later: from its first reading (the part before is lost)",
      eerste: lezing(20, 500),
      laatste: lezing(90, 500),
      tikken: 70,
    },
    { naam: "never below zero", begin: lezing(50, 100), eerste: lezing(50, 100), laatste: lezing(40, 100), tikken: 0 },
  ];
  for (const g of gevallen)
    it(g.naam, () => assert.equal(backendTikken(g.begin, g.eerste, g.laatste, begin), g.tikken));
});

describe("the busiest main thread", () => {
  const gevallen: { naam: string; voor: [number, number][]; na: [number, number][]; groei: number }[] = [
    { naam: "one process", voor: [[10, 500]], na: [[10, 9_500]], groei: 9_000 },
    {
      naam: "two processes: the larger growth, not the larger total",
      voor: [
        [10, 50_000],
        [11, 100],
      ],
      na: [
        [10, 52_000],
        [11, 7_100],
      ],
      groei: 7_000,
    },
    {
      naam: "a worker that started in between has nothing to compare",
      voor: [[10, 0]],
      na: [
        [10, 1_000],
        [12, 90_000],
      ],
      groei: 1_000,
    },
    {
      naam: "a worker that ended in between",
      voor: [
        [10, 0],
        [11, 0],
      ],
      na: [[11, 300]],
      groei: 300,
    },
  ];
  for (const g of gevallen) it(g.naam, () => assert.equal(grootsteGroei(new Map(g.voor), new Map(g.na)), g.groei));
});

describe("where the cores went", () => {
  // 10 s on 2 cores: 20,000 ms of machine time. The rest (400 ms) is other databases, the background and irq.
  const basis: CpuInvoer = {
    wandMs: 10_000,
    machineMs: 20_000,
    vrijMs: 600,
    appMs: 12_000,
    postgresMs: 5_600,
    postgresAchtergrondMs: 60,
    postgresAndereMs: 200,
    onderbrekingenMs: 100,
    lastgeneratorMs: 1_400,
    appHoofddraadMs: 9_800,
    lastgeneratorHoofddraadMs: 1_300,
  };
  const gevallen: {
    naam: string;
    invoer: CpuInvoer;
    label?: string;
    aandelen: [number, number | null, number, number, number];
    verzadigd: boolean;
    grootste: string;
    tekst: string;
  }[] = [
    {
      naam: "saturated, the app the largest and on a full core",
      invoer: basis,
      aandelen: [0.6, 0.28, 0.07, 0.02, 0.03],
      verzadigd: true,
      grootste: "app",
      tekst:
        "app 60%, PostgreSQL 28%, lastgenerator 7%, overig 2% (andere databases 1%, PG-achtergrond 0%), vrij 3%; irq/softirq 1%: verzadigd, grootste app; hoofddraad app op een volle kern (0.98)",
    },
    {
      naam: "the same load from two app processes: no single event loop full",
      invoer: { ...basis, appHoofddraadMs: 6_100 },
      aandelen: [0.6, 0.28, 0.07, 0.02, 0.03],
      verzadigd: true,
      grootste: "app",
      tekst:
        "app 60%, PostgreSQL 28%, lastgenerator 7%, overig 2% (andere databases 1%, PG-achtergrond 0%), vrij 3%; irq/softirq 1%: verzadigd, grootste app",
    },
    {
      naam: "half idle: waiting, not computing",
      invoer: {
        ...basis,
        appMs: 4_000,
        appHoofddraadMs: 3_500,
        postgresMs: 3_000,
        lastgeneratorMs: 1_000,
        vrijMs: 10_000,
      },
      aandelen: [0.2, 0.15, 0.05, 0.1, 0.5],
      verzadigd: false,
      grootste: "app",
      tekst:
        "app 20%, PostgreSQL 15%, lastgenerator 5%, overig 10% (andere databases 1%, PG-achtergrond 0%), vrij 50%; irq/softirq 1%: niet verzadigd (de kernen wachtten ook), grootste app",
    },
    {
      naam: "the others on the machine took most",
      invoer: {
        ...basis,
        appMs: 3_000,
        appHoofddraadMs: 2_800,
        postgresMs: 2_000,
        postgresAndereMs: 4_000,
        lastgeneratorMs: 600,
        vrijMs: 200,
      },
      aandelen: [0.15, 0.1, 0.03, 0.71, 0.01],
      verzadigd: true,
      grootste: "overig",
      tekst:
        "app 15%, PostgreSQL 10%, lastgenerator 3%, overig 71% (andere databases 20%, PG-achtergrond 0%), vrij 1%; irq/softirq 1%: verzadigd, grootste overig",
    },
    {
      naam: "the load generator alone on a full core while the machine idles",
      invoer: {
        ...basis,
        appMs: 5_000,
        appHoofddraadMs: 4_000,
        postgresMs: 2_000,
        lastgeneratorMs: 9_500,
        lastgeneratorHoofddraadMs: 9_300,
        vrijMs: 3_500,
      },
      aandelen: [0.25, 0.1, 0.475, 0, 0.175],
      verzadigd: false,
      grootste: "lastgenerator",
      tekst:
        "app 25%, PostgreSQL 10%, lastgenerator 48%, overig 0% (andere databases 1%, PG-achtergrond 0%), vrij 18%; irq/softirq 1%: niet verzadigd (de kernen wachtten ook), grootste lastgenerator; hoofddraad lastgenerator op een volle kern (0.93)",
    },
    {
      naam: "PGlite: PostgreSQL inside the app",
      invoer: {
        ...basis,
        postgresMs: null,
        postgresAchtergrondMs: null,
        postgresAndereMs: null,
        appMs: 17_000,
        appHoofddraadMs: 9_950,
      },
      label: "in app (PGlite)",
      aandelen: [0.85, null, 0.07, 0.05, 0.03],
      verzadigd: true,
      grootste: "app",
      tekst:
        "app 85%, PostgreSQL in app (PGlite), lastgenerator 7%, overig 5%, vrij 3%; irq/softirq 1%: verzadigd, grootste app; hoofddraad app op een volle kern (0.99)",
    },
    {
      naam: "readings a moment apart: the rest never below zero",
      invoer: { ...basis, appMs: 13_000 },
      aandelen: [0.65, 0.28, 0.07, 0, 0.03],
      verzadigd: true,
      grootste: "app",
      tekst:
        "app 65%, PostgreSQL 28%, lastgenerator 7%, overig 0% (andere databases 1%, PG-achtergrond 0%), vrij 3%; irq/softirq 1%: verzadigd, grootste app; hoofddraad app op een volle kern (0.98)",
    },
    {
      naam: "no machine time read (a zero interval): n.b., not a share",
      invoer: {
        ...basis,
        wandMs: 0,
        machineMs: 0,
        vrijMs: 0,
        appMs: 0,
        postgresMs: 0,
        postgresAchtergrondMs: 0,
        postgresAndereMs: 0,
        onderbrekingenMs: 0,
        lastgeneratorMs: 0,
      },
      aandelen: [0, 0, 0, 0, 0],
      verzadigd: false,
      grootste: "app",
      tekst: "n.b.: /proc/stat toonde geen verstreken CPU-tijd",
    },
  ];
  for (const g of gevallen)
    it(g.naam, () => {
      const v = verdeelCpu(g.invoer);
      const a = v.aandelen;
      const rond = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
      assert.deepEqual([a.app, a.postgres, a.lastgenerator, a.overig, a.vrij].map(rond), g.aandelen);
      assert.equal(v.verzadigd, g.verzadigd);
      assert.equal(v.grootste, g.grootste);
      assert.equal(beschrijfVerdeling(v, g.label), g.tekst);
    });
});

const beheer = process.env["TEST_DATABASE_URL"];
describe("PostgreSQL's CPU of one database", { skip: beheer ? false : "geen TEST_DATABASE_URL" }, () => {
  it("counts the bench database's backends, not the meter's own connection nor another database's", async () => {
    const url = await verseDatabaseUrl(beheer ?? "");
    const anderUrl = await verseDatabaseUrl(beheer ?? "");
    const meter = await postgresCpuMeter({
      soort: "postgres",
      env: { DATABASE_URL: url },
      opruimen: () => Promise.resolve(),
    });
    const { default: pg } = await import("pg");
    const werker = new pg.Client({ connectionString: url });
    const ander = new pg.Client({ connectionString: anderUrl });
    await werker.connect();
    await ander.connect();
    // Enough work for many ticks of CPU in the backend that runs it.
    const werk = "select count(*) from generate_series(1, 3000000) g where g % 7 = 3";
    try {
      await meter.begin();
      await ander.query(werk);
      await meter.monster();
      const alleenAnder = await meter.einde();
      assert.equal(alleenAnder.backends, 1, "the worker's backend; the meter's own is not counted");
      assert.ok((alleenAnder.andereMs ?? 0) > 0, `andere databases: ${alleenAnder.andereMs} ms`);
      assert.ok((alleenAnder.ms ?? Infinity) <= 20, `an idle backend of the bench's database: ${alleenAnder.ms} ms`);

      await meter.begin();
      await werker.query(werk);
      await meter.monster();
      const eigen = await meter.einde();
      assert.equal(eigen.backends, 1);
      assert.ok(eigen.ms !== null && eigen.ms > 0, `gemeten: ${eigen.ms} ms`);
      assert.notEqual(eigen.achtergrondMs, null);
      assert.equal(eigen.kanttekening, null);
      assert.ok(eigen.meterMs > 0, "the meter's own reading of /proc is measured, to be taken off the load generator");
      assert.match(eigen.uitleg, new RegExp(`alle backends van database ${new URL(url).pathname.slice(1)} `));
    } finally {
      await werker.end();
      await ander.end();
      await meter.sluit();
    }
  });
});

describe("PostgreSQL's CPU on PGlite", () => {
  it("measures nothing and says its CPU is in the app's column", async () => {
    const pglite = await postgresCpuMeter({ soort: "pglite", env: {}, opruimen: () => Promise.resolve() });
    await pglite.begin();
    const uitkomst = await pglite.einde();
    assert.deepEqual([uitkomst.ms, uitkomst.achtergrondMs, uitkomst.label], [null, null, "in app (PGlite)"]);
    assert.match(uitkomst.uitleg, /PGlite draait in het app-proces/);
  });
});
