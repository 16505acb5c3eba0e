import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it, mock } from "node:test";
import { TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import { CONTROLE_INTERVAL_MS, MAX_POGINGEN_PER_DAG, planDagelijksOverzicht, uurInNederland } from "./dagelijks-overzicht-planning.ts";
import { overzichtTekst, takenLink } from "./dagelijks-overzicht-tekst.ts";
import type { OverzichtLogger } from "./dagelijks-overzicht.ts";
import type { DossierTaak } from "./mijn-taken.ts";

const LINK = "https://meldwijzer.example.nl/taken";
let volgnummer = 0;

/** A task on a case with a werknaam and id that must never reach the mail. */
function taak(soort: TaakSoort, werknaam = `Kind ${++volgnummer} (groep 4)`): DossierTaak {
  const id = `7f3c2a10-0000-4000-8000-${String(++volgnummer).padStart(12, "0")}`;
  return { dossierId: id, werknaam, soort, sinds: "2026-11-20" };
}

const taken = (...soorten: TaakSoort[]) => soorten.map((s) => taak(s));

describe("overzichtTekst: counts per kind of task", () => {
  const tabel: readonly { naam: string; invoer: DossierTaak[]; onderwerp: string; regels: string[] }[] = [
    {
      naam: "one task: singular everywhere",
      invoer: taken("melding_versturen"),
      onderwerp: "Meldwijzer: 1 taak voor vandaag",
      regels: ["In Meldwijzer staat vandaag 1 taak voor u klaar:", "- 1 dossier heeft een besluit om te melden: verstuur de melding aan Veilig Thuis."],
    },
    {
      naam: "three late answers and one report: plural, counted per kind",
      invoer: taken("vt_bellen", "melding_versturen", "vt_bellen", "vt_bellen"),
      onderwerp: "Meldwijzer: 4 taken voor vandaag",
      regels: [
        "In Meldwijzer staan vandaag 4 taken voor u klaar:",
        "- 3 dossiers wachten op het antwoord van Veilig Thuis: bel Veilig Thuis.",
        "- 1 dossier heeft een besluit om te melden: verstuur de melding aan Veilig Thuis.",
      ],
    },
    {
      naam: "every kind twice: one plural line each, most urgent first",
      invoer: taken(...[...TAAK_SOORTEN].reverse(), ...TAAK_SOORTEN),
      onderwerp: "Meldwijzer: 18 taken voor vandaag",
      regels: [
        "- 2 dossiers wachten op het antwoord van Veilig Thuis: bel Veilig Thuis.",
        "- 2 dossiers hebben een besluit om te melden: verstuur de meldingen aan Veilig Thuis.",
        "- Bij 2 dossiers wacht een voorstel voor het besluit: bevestig het of besluit anders.",
        "- Bij 2 dossiers is de afweging klaar en wordt u om een besluit gevraagd.",
        "- 2 dossiers hebben nieuwe zorgen terwijl hulp of monitoring loopt: weeg opnieuw of u moet melden.",
        "- Bij 2 dossiers is de hulp toe aan een evaluatie: leg de evaluaties vast.",
        "- Bij 2 dossiers is een veiligheidscheck nodig: doe de checks en leg die vast.",
        "- Bij 2 dossiers is het gesprek met de ouders nog niet gevoerd: plan de gesprekken.",
        "- 2 dossiers liggen al meer dan 10 werkdagen stil: pak de volgende stap op.",
      ],
    },
  ];
  for (const { naam, invoer, onderwerp, regels } of tabel) {
    it(naam, () => {
      const mail = overzichtTekst(invoer, { naam: "Sanne de Wit", link: LINK, taal: "nl" });
      assert.equal(mail.onderwerp, onderwerp, "subject with the total");
      const lijst = mail.tekst.split("\n").filter((r) => r.startsWith("- ") || r.startsWith("In Meldwijzer"));
      assert.deepEqual(lijst.slice(regels[0]?.startsWith("- ") ? 1 : 0), regels, "one line per kind, in order of urgency");
      assert.ok(mail.tekst.startsWith("Beste Sanne de Wit,\n"), "addressed to the recipient");
      assert.ok(mail.tekst.includes(`\n${LINK}\n`), "the link to /taken on a line of its own");
    });
  }

  it("has a singular and a plural line for every kind, in both languages", () => {
    for (const taal of ["nl", "en"] as const) {
      for (const soort of TAAK_SOORTEN) {
        const een = overzichtTekst(taken(soort), { naam: "X", link: LINK, taal }).tekst;
        const twee = overzichtTekst(taken(soort, soort), { naam: "X", link: LINK, taal }).tekst;
        const regelEen = een.split("\n").find((r) => r.startsWith("- "));
        const regelTwee = twee.split("\n").find((r) => r.startsWith("- "));
        assert.ok(regelEen?.includes("1 "), `${taal} ${soort}: singular line counts 1`);
        assert.ok(regelTwee?.includes("2 "), `${taal} ${soort}: plural line counts 2`);
        assert.notEqual(regelEen?.replace("1 ", ""), regelTwee?.replace("2 ", ""), `${taal} ${soort}: the plural is worded differently`);
      }
    }
  });

  it("writes English when asked", () => {
    const mail = overzichtTekst(taken("vt_bellen", "vt_bellen", "evaluatie"), { naam: "Sam Jones", link: LINK, taal: "en" });
    assert.equal(mail.onderwerp, "Meldwijzer: 3 tasks for today", "English subject");
    assert.ok(mail.tekst.startsWith("Dear Sam Jones,\n"), "English greeting");
    assert.ok(mail.tekst.includes("3 tasks are waiting for you in Meldwijzer today:"), "English introduction");
    assert.ok(mail.tekst.includes("- 2 cases are waiting for the answer of Veilig Thuis: call Veilig Thuis."), "English plural line");
    assert.ok(mail.tekst.includes("- In 1 case the help is due for evaluation: record the evaluation."), "English singular line");
    assert.ok(!/dossier|Beste|taken voor/u.test(mail.tekst), "no Dutch left in the English mail");
    assert.equal(overzichtTekst(taken("gesprek_plannen"), { naam: "S", link: LINK, taal: "en" }).onderwerp, "Meldwijzer: 1 task for today", "English singular subject");
  });

  it("still reads well without tasks", () => {
    const mail = overzichtTekst([], { naam: "Sanne", link: LINK, taal: "nl" });
    assert.equal(mail.onderwerp, "Meldwijzer: geen taken voor vandaag", "no tasks in the subject");
    assert.ok(mail.tekst.includes("In Meldwijzer staan vandaag geen taken voor u klaar."), "no tasks in the text");
    assert.ok(!mail.tekst.includes("- "), "no lines");
  });
});

describe("overzichtTekst: no case content", () => {
  const werknamen: readonly string[] = ["L. (8)", "Jantje Jansen", "K. (groep 4)", "Mohammed uit 3B", "Zoë", "dossier 42"];
  for (const werknaam of werknamen) {
    for (const taal of ["nl", "en"] as const) {
      it(`leaves out the werknaam "${werknaam}" and the dossier id (${taal})`, () => {
        const invoer = TAAK_SOORTEN.map((soort) => taak(soort, werknaam));
        const mail = overzichtTekst(invoer, { naam: "Sanne de Wit", link: LINK, taal });
        const alles = `${mail.onderwerp}\n${mail.tekst}`;
        assert.ok(!alles.includes(werknaam), "no werknaam");
        for (const t of invoer) {
          assert.ok(!alles.includes(t.dossierId), "no dossier id");
          assert.ok(!alles.includes(t.dossierId.slice(0, 8)), "not even the start of a dossier id");
        }
        assert.ok(!alles.includes("2026-11-20"), "no dates from the case");
      });
    }
  }
});

describe("takenLink", () => {
  const tabel: readonly [string, string][] = [
    ["https://meldwijzer.example.nl", "https://meldwijzer.example.nl/taken"],
    ["https://meldwijzer.example.nl/", "https://meldwijzer.example.nl/taken"],
    ["https://example.nl/meldwijzer//", "https://example.nl/meldwijzer/taken"],
    ["http://localhost:3000", "http://localhost:3000/taken"],
  ];
  for (const [basis, verwacht] of tabel) {
    it(basis, () => assert.equal(takenLink(basis), verwacht, "the /taken page under the public address"));
  }
});

describe("uurInNederland", () => {
  const tabel: readonly [string, number][] = [
    ["2026-01-15T06:00:00Z", 7],
    ["2026-07-15T05:00:00Z", 7],
    ["2026-03-29T00:59:59Z", 1],
    ["2026-03-29T01:00:00Z", 3],
    ["2026-10-25T00:30:00Z", 2],
    ["2026-10-25T01:30:00Z", 2],
    ["2026-12-31T23:30:00Z", 0],
  ];
  for (const [iso, uur] of tabel) {
    it(iso, () => assert.equal(uurInNederland(new Date(iso)), uur, "the hour in Amsterdam, summer time included"));
  }
});

describe("planDagelijksOverzicht", () => {
  let nu: Date;
  let runs: number;
  let gedrag: () => Promise<unknown>;
  let fouten: object[];
  const logger: OverzichtLogger = { info: () => undefined, warn: () => undefined, error: (gegevens) => void fouten.push(gegevens) };
  const rust = () => new Promise<void>((klaar) => setImmediate(klaar));
  /** Moves the fake clock and the fake timers on, then lets a started run finish. */
  async function wacht(ms: number): Promise<void> {
    nu = new Date(nu.getTime() + ms);
    mock.timers.tick(ms);
    await rust();
    await rust();
  }
  function plan(uur = 7) {
    return planDagelijksOverzicht({
      klok: () => nu,
      uur,
      logger,
      voerUit: () => {
        runs += 1;
        return gedrag();
      },
    });
  }

  beforeEach(() => {
    mock.timers.enable({ apis: ["setInterval"] });
    runs = 0;
    fouten = [];
    gedrag = () => Promise.resolve();
  });
  afterEach(() => mock.timers.reset());

  it("waits for the hour, runs once that day, and again the next day", async () => {
    nu = new Date("2026-11-23T05:30:00Z"); // 06:30 in Amsterdam
    const planning = plan();
    await rust();
    assert.equal(runs, 0, "not before seven");
    await wacht(30 * 60_000); // 07:00
    assert.equal(runs, 1, "at the first check from seven");
    await wacht(10 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "once a day");
    await wacht(24 * 60 * 60_000 - 10 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 2, "again the next day");
    await planning.stop();
  });

  it("runs at once when started after the hour", async () => {
    nu = new Date("2026-11-23T11:00:00Z");
    const planning = plan();
    await rust();
    assert.equal(runs, 1, "a server started at noon still sends");
    await planning.stop();
  });

  it("follows Dutch time, not the server's", async () => {
    nu = new Date("2026-07-15T04:55:00Z"); // 06:55 in Amsterdam (summer), 04:55 UTC
    const planning = plan();
    await rust();
    assert.equal(runs, 0, "06:55 Dutch time");
    await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "07:00 Dutch time, while UTC says five");
    await planning.stop();
  });

  it(`retries a failed run at the next checks, at most ${MAX_POGINGEN_PER_DAG} times a day, and never throws`, async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    gedrag = () => Promise.reject(new Error("relay weg"));
    const planning = plan();
    await rust();
    for (let i = 0; i < 10; i += 1) await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, MAX_POGINGEN_PER_DAG, "bounded retries");
    assert.equal(fouten.length, MAX_POGINGEN_PER_DAG, "each failure logged");
    assert.deepEqual(fouten.at(-1), { fout: "Error", datum: "2026-11-23", poging: MAX_POGINGEN_PER_DAG, opnieuw: false }, "name only, no message");
    gedrag = () => Promise.resolve();
    await wacht(24 * 60 * 60_000);
    assert.equal(runs, MAX_POGINGEN_PER_DAG + 1, "a new day, a new chance");
    await planning.stop();
  });

  it("stops after a retry that succeeds", async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    let eerste = true;
    gedrag = () => (eerste ? ((eerste = false), Promise.reject(new Error("even niet"))) : Promise.resolve());
    const planning = plan();
    await rust();
    for (let i = 0; i < 5; i += 1) await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, 2, "one failure, one success, then done for the day");
    await planning.stop();
  });

  it("never overlaps runs, and stop() waits for the one in progress", async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    let klaar: () => void = () => undefined;
    let afgerond = false;
    gedrag = () =>
      new Promise<void>((r) => {
        klaar = () => {
          afgerond = true;
          r();
        };
      });
    const planning = plan();
    await rust();
    await wacht(3 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "no second run while the first is busy");
    const gestopt = planning.stop();
    klaar();
    await gestopt;
    assert.ok(afgerond, "stop() resolved after the run");
    await wacht(24 * 60 * 60_000);
    assert.equal(runs, 1, "no run after stop");
  });
});
