import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { pdfTekst } from "../../../tests/support/pdf-tekst.ts";
import { CASUS, CASUS_CONTEXT, dossierMet } from "../../../tests/helpers/melding-casus.ts";
import { maakMeldingConcept } from "../../domain/melding/concept.ts";
import { meldingHash } from "../../domain/melding/melding.ts";
import { renderPdf } from "./melding-pdf.ts";
import { meldingAlsPdfDocument } from "./melding-naar-pdf.ts";

const inhoud = maakMeldingConcept(dossierMet(CASUS), CASUS_CONTEXT);
const concept = {
  dossierId: "0b5e0c1e-9f43-4a5e-8d2b-3c4d5e6f7a8b",
  werknaam: "D. (groep 6)",
  inhoud,
  verstuurd: null,
  gemaaktOp: new Date("2026-12-04T11:00:00.000Z"),
};

/** The sections in the order of the check page, as Veilig Thuis reads them. */
const SECTIES = [
  "Melder en organisatie",
  "Betrokkenen",
  "Urgentie",
  "Wat maakt de situatie nu onveilig?",
  "Signalen: feiten met datum en bron",
  "Duiding, apart van de feiten",
  "Risicofactoren en hoe die tot onveiligheid leiden",
  "Wat beschermt",
  "Gezette stappen van de meldcode",
  "Is het gezin geïnformeerd over de melding?",
  "Wie is geraadpleegd?",
  "Verwachtingen en rollen",
];

describe("the report as a PDF document", () => {
  it("has the sections of the check page, in its order", () => {
    assert.deepEqual(
      meldingAlsPdfDocument(concept).secties.map((s) => s.titel),
      SECTIES,
    );
  });
  it("leaves out empty optional sections", () => {
    const zonder = meldingAlsPdfDocument({
      ...concept,
      inhoud: { ...inhoud, duiding: undefined, risicofactoren: undefined, beschermend: undefined },
    });
    assert.deepEqual(
      zonder.secties.map((s) => s.titel),
      SECTIES.filter((s) => !/^(Duiding|Risicofactoren|Wat beschermt)/.test(s)),
    );
  });
  it("answers whether the family was told under the section's question, without asking it twice", () => {
    const sectie = meldingAlsPdfDocument(concept).secties.find(
      (s) => s.titel === "Is het gezin geïnformeerd over de melding?",
    );
    const rijen = sectie?.blokken[0]?.soort === "gegevens" ? sectie.blokken[0].rijen : [];
    assert.deepEqual(rijen, [["Antwoord", "Ja"]]);
    const nee = meldingAlsPdfDocument({
      ...concept,
      inhoud: { ...inhoud, gezinGeinformeerd: "nee", grondNietGeinformeerd: "veiligheid" },
    }).secties.find((s) => s.titel === "Is het gezin geïnformeerd over de melding?");
    const neeRijen = nee?.blokken[0]?.soort === "gegevens" ? nee.blokken[0].rijen : [];
    assert.deepEqual(
      neeRijen.map(([label]) => label),
      ["Antwoord", "Zo nee: op welke grond niet?"],
    );
    assert.equal(neeRijen[0]?.[1], "Nee");
  });
  it("adds how and when a sent report went, with the Dutch date", () => {
    const verstuurd = {
      inhoud,
      hash: meldingHash(inhoud),
      wijze: "telefoon" as const,
      datum: "2026-12-04",
      tijd: "11:20",
      contactpersoon: "J. de Boer",
      referentie: undefined,
      versie: 1,
    };
    const laatste = meldingAlsPdfDocument({ ...concept, verstuurd }).secties.at(-1);
    assert.equal(laatste?.titel, "Verstuurd", "the last section");
    const rijen = laatste?.blokken[0]?.soort === "gegevens" ? laatste.blokken[0].rijen : [];
    assert.ok(
      rijen.some(([, waarde]) => waarde === "04-12-2026 11:20"),
      "date and time as sent",
    );
  });
});

describe("the report's PDF on paper", () => {
  let tekst = "";
  before(async () => {
    tekst = (await pdfTekst(await renderPdf(meldingAlsPdfDocument(concept)))).paginas.join("\n");
  });

  it("prints every step with its date, in the order of those dates", () => {
    const stappen = [
      "18-11-2026: eerste signaal waargenomen",
      "26-11-2026: overleg met de aandachtsfunctionaris",
      "30-11-2026: meest recente signaal waargenomen",
      "01-12-2026: gesprek met de ouders",
      "02-12-2026: overleg met Veilig Thuis",
      "03-12-2026: gesprek met het kind",
      "04-12-2026 (datum van vastleggen): afwegingskader doorlopen",
      "04-12-2026 (datum van vastleggen): besluit (stap 5)",
    ];
    const plaatsen = stappen.map((s) => tekst.indexOf(s));
    for (const [i, plaats] of plaatsen.entries()) assert.ok(plaats >= 0, `on paper: ${stappen[i] ?? ""}`);
    assert.deepEqual(
      [...plaatsen].sort((a, b) => a - b),
      plaatsen,
      "in date order",
    );
  });
  it("prints what makes the child unsafe, and not the decision's text", () => {
    assert.ok(tekst.includes("Disclosure op 30-11-2026"), "the disclosure");
    assert.ok(!tekst.includes("meldt vandaag telefonisch"), "not the decision");
  });
});

describe("the family's own view in the report (decision 0049)", () => {
  const zienswijze =
    "01-12-2026, Mevrouw Jansen (ouder of verzorger), schriftelijk gegeven: “Wij zorgen goed voor D.; de plek komt van het voetballen.”";
  it("is its own section after whether the family was told, and on paper", async () => {
    const document = meldingAlsPdfDocument({ ...concept, inhoud: { ...inhoud, zienswijze } });
    const titels = document.secties.map((s) => s.titel);
    assert.deepEqual(
      titels.slice(
        titels.indexOf("Is het gezin geïnformeerd over de melding?"),
        titels.indexOf("Wie is geraadpleegd?") + 1,
      ),
      ["Is het gezin geïnformeerd over de melding?", "Zienswijze van ouders/cliënt", "Wie is geraadpleegd?"],
    );
    const tekst = (await pdfTekst(await renderPdf(document))).paginas.join("\n").replace(/\s+/g, " ");
    assert.match(tekst, /Zienswijze van ouders\/cliënt/u);
    assert.match(tekst, /de plek komt van het voetballen/u);
  });
});
