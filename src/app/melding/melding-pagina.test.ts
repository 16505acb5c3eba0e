import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConceptContext } from "../../domain/melding/concept.ts";
import type { MeldingInhoud } from "../../domain/melding/melding.ts";
import { OPENING, SIGNAAL, toestandBouwer, type Invoer } from "../../../tests/helpers/gebeurtenissen.ts";
import { maakMeldingPagina } from "./melding-pagina.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });
const CONTEXT: ConceptContext = {
  melder: { naam: "Sanne de Wit", organisatie: "De Regenboog", sector: "onderwijs" },
  vandaag: "2026-11-23",
  namen: new Map(),
};

const INHOUD: MeldingInhoud = {
  melder: "Sanne de Wit, De Regenboog, 010-1234567",
  betrokkenen: "Kind: L. (8)",
  onveiligNu: "L. had op 12-11 een blauwe plek van 4 cm en zei: 'papa sloeg'.",
  feiten: "12-11-2026 (eigen waarneming): blauwe plek op de bovenarm.",
  stappen: "Consultatie 13-11, gesprek 16-11.",
  gezinGeinformeerd: "ja",
  geraadpleegd: "Aandachtsfunctionaris op 13-11.",
  urgentie: "regulier",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};
const BESLUIT = {
  type: "besluit_genomen",
  gegevens: { besluit: "melden_en_hulp", toelichting: "x", afwijkingMotivering: "Acuut." },
};
const CONCEPT = (inhoud: MeldingInhoud = INHOUD): Invoer => ({
  type: "melding_concept_opgeslagen",
  gegevens: { inhoud },
});
const VERSTUURD: Invoer = {
  type: "melding_verstuurd",
  gegevens: { wijze: "telefoon", datum: "2026-11-16", tijd: "10:15", contactpersoon: "Mw. Jansen", referentie: "VT-1" },
};

describe("maakMeldingPagina: what the report pages show", () => {
  const gevallen: [
    string,
    Invoer[],
    { opgeslagen: boolean; gewijzigdNaVersturen: boolean; verstuurd: number; melder: string },
  ][] = [
    [
      "no draft saved: one built from the dossier, naming the reader",
      [OPENING, SIGNAAL],
      { opgeslagen: false, gewijzigdNaVersturen: false, verstuurd: 0, melder: "Sanne de Wit" },
    ],
    [
      "a saved draft is shown as saved",
      [OPENING, SIGNAAL, BESLUIT, CONCEPT()],
      { opgeslagen: true, gewijzigdNaVersturen: false, verstuurd: 0, melder: INHOUD.melder },
    ],
    [
      "sent and not changed since: nothing new to send",
      [OPENING, SIGNAAL, BESLUIT, CONCEPT(), VERSTUURD],
      { opgeslagen: true, gewijzigdNaVersturen: false, verstuurd: 1, melder: INHOUD.melder },
    ],
    [
      "sent, then a changed draft saved: a new version to send",
      [OPENING, SIGNAAL, BESLUIT, CONCEPT(), VERSTUURD, CONCEPT({ ...INHOUD, urgentie: "spoed" })],
      { opgeslagen: true, gewijzigdNaVersturen: true, verstuurd: 1, melder: INHOUD.melder },
    ],
  ];
  for (const [naam, invoer, verwacht] of gevallen) {
    it(naam, () => {
      const pagina = maakMeldingPagina(toestandNa(...invoer), CONTEXT, "nl");
      assert.equal(pagina.opgeslagen, verwacht.opgeslagen);
      assert.equal(pagina.gewijzigdNaVersturen, verwacht.gewijzigdNaVersturen);
      assert.equal(pagina.verstuurd.length, verwacht.verstuurd);
      assert.ok(pagina.inhoud.melder.includes(verwacht.melder), pagina.inhoud.melder);
      assert.deepEqual(Object.keys(pagina.bevindingen).sort(), ["feiten", "onveiligNu", "risicofactoren"]);
    });
  }

  it("a sent report is listed with its version, how, when, to whom and its hash", () => {
    const [v] = maakMeldingPagina(toestandNa(OPENING, SIGNAAL, BESLUIT, CONCEPT(), VERSTUURD), CONTEXT, "nl").verstuurd;
    assert.ok(v);
    assert.deepEqual(
      { ...v, hash: v.hash.length },
      {
        versie: 1,
        datum: "2026-11-16",
        tijd: "10:15",
        wijze: "telefoon",
        contactpersoon: "Mw. Jansen",
        referentie: "VT-1",
        hash: 64,
      },
    );
  });
});
