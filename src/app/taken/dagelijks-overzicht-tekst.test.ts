import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import { overzichtTekst, takenLink } from "./dagelijks-overzicht-tekst.ts";
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
      regels: [
        "In Meldwijzer staat vandaag 1 taak voor u klaar:",
        "- 1 dossier heeft een besluit om te melden: verstuur de melding aan Veilig Thuis.",
      ],
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
      assert.deepEqual(
        lijst.slice(regels[0]?.startsWith("- ") ? 1 : 0),
        regels,
        "one line per kind, in order of urgency",
      );
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
        assert.notEqual(
          regelEen?.replace("1 ", ""),
          regelTwee?.replace("2 ", ""),
          `${taal} ${soort}: the plural is worded differently`,
        );
      }
    }
  });

  it("writes English when asked", () => {
    const mail = overzichtTekst(taken("vt_bellen", "vt_bellen", "evaluatie"), {
      naam: "Sam Jones",
      link: LINK,
      taal: "en",
    });
    assert.equal(mail.onderwerp, "Meldwijzer: 3 tasks for today", "English subject");
    assert.ok(mail.tekst.startsWith("Dear Sam Jones,\n"), "English greeting");
    assert.ok(mail.tekst.includes("3 tasks are waiting for you in Meldwijzer today:"), "English introduction");
    assert.ok(
      mail.tekst.includes("- 2 cases are waiting for the answer of Veilig Thuis: call Veilig Thuis."),
      "English plural line",
    );
    assert.ok(
      mail.tekst.includes("- In 1 case the help is due for evaluation: record the evaluation."),
      "English singular line",
    );
    assert.ok(!/dossier|Beste|taken voor/u.test(mail.tekst), "no Dutch left in the English mail");
    assert.equal(
      overzichtTekst(taken("gesprek_plannen"), { naam: "S", link: LINK, taal: "en" }).onderwerp,
      "Meldwijzer: 1 task for today",
      "English singular subject",
    );
  });

  it("still reads well without tasks", () => {
    const mail = overzichtTekst([], { naam: "Sanne", link: LINK, taal: "nl" });
    assert.equal(mail.onderwerp, "Meldwijzer: geen taken voor vandaag", "no tasks in the subject");
    assert.ok(mail.tekst.includes("In Meldwijzer staan vandaag geen taken voor u klaar."), "no tasks in the text");
    assert.ok(!mail.tekst.includes("- "), "no lines");
  });
});

describe("overzichtTekst: no case content", () => {
  const werknamen: readonly string[] = [
    "L. (8)",
    "Jantje Jansen",
    "K. (groep 4)",
    "Mohammed uit 3B",
    "Zoë",
    "dossier 42",
  ];
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
