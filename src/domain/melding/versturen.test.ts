import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import { meldingHash, type MeldingInhoud } from "./melding.ts";
import { weigeringVersturen } from "./versturen.ts";
import { OPENING, toestandBouwer, type Invoer } from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });
const INHOUD: MeldingInhoud = {
  melder: "S. de Wit",
  betrokkenen: "K.",
  onveiligNu: "Afdruk op de wang.",
  feiten: "10-11-2026: afdruk.",
  stappen: "Consultatie.",
  gezinGeinformeerd: "ja",
  geraadpleegd: "Aandachtsfunctionaris.",
  urgentie: "regulier",
  verwachtingen: "Onderzoek.",
};
const ANDERS: MeldingInhoud = { ...INHOUD, urgentie: "acuut", onveiligNu: "Vader dreigt vandaag." };
const CONCEPT = (inhoud: MeldingInhoud): Invoer => ({ type: "melding_concept_opgeslagen", gegevens: { inhoud } });
const VERZENDING = { wijze: "telefoon", datum: "2026-11-23", tijd: "10:00", contactpersoon: "Mw. De Boer" };
const VERSTUREN = (gegevens: unknown = VERZENDING): Invoer => ({ type: "melding_verstuurd", gegevens });

/** Every entry path (page and API) appends through `beoordeelGebeurtenis`, so these hold for both. */
describe("marking the report sent (decision 0030)", () => {
  const aanvaard: [string, Invoer[], MeldingInhoud[]][] = [
    [
      "freezes the latest saved draft, not an earlier one",
      [OPENING, CONCEPT(ANDERS), CONCEPT(INHOUD), VERSTUREN()],
      [INHOUD],
    ],
    [
      "sends a draft changed after the last report as the next version",
      [OPENING, CONCEPT(INHOUD), VERSTUREN(), CONCEPT(ANDERS), VERSTUREN()],
      [INHOUD, ANDERS],
    ],
    [
      "sends a draft changed and changed back as the next version",
      [OPENING, CONCEPT(INHOUD), VERSTUREN(), CONCEPT(ANDERS), VERSTUREN(), CONCEPT(INHOUD), VERSTUREN()],
      [INHOUD, ANDERS, INHOUD],
    ],
  ];
  for (const [naam, invoer, verwacht] of aanvaard) {
    it(naam, () => {
      const { meldingen } = toestandNa(...invoer);
      assert.deepEqual(
        meldingen.map((m) => m.gegevens.inhoud),
        verwacht,
        "the content of each version",
      );
      assert.deepEqual(
        meldingen.map((m) => m.gegevens.hash),
        verwacht.map(meldingHash),
        "each frozen with its hash",
      );
      assert.deepEqual(
        meldingen.map((m) => m.gegevens.contactpersoon),
        verwacht.map(() => VERZENDING.contactpersoon),
        "how it went, as given",
      );
    });
  }

  const geweigerd: [string, Invoer[], Invoer, string, string][] = [
    ["without a saved draft", [OPENING], VERSTUREN(), "type", "fout.eerst_concept"],
    [
      "an unchanged draft sent before",
      [OPENING, CONCEPT(INHOUD), VERSTUREN()],
      VERSTUREN(),
      "type",
      "fout.al_verstuurd",
    ],
    [
      "a draft saved again with the content already sent",
      [OPENING, CONCEPT(INHOUD), VERSTUREN(), CONCEPT(INHOUD)],
      VERSTUREN(),
      "type",
      "fout.al_verstuurd",
    ],
    [
      "content from the caller, never saved as a draft",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, inhoud: ANDERS, hash: meldingHash(ANDERS) }),
      "gegevens.inhoud",
      "fout.inhoud_uit_concept",
    ],
    [
      "the draft's own content and hash from the caller",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, inhoud: INHOUD, hash: meldingHash(INHOUD) }),
      "gegevens.inhoud",
      "fout.inhoud_uit_concept",
    ],
    [
      "content without a draft",
      [OPENING],
      VERSTUREN({ ...VERZENDING, inhoud: INHOUD, hash: meldingHash(INHOUD) }),
      "gegevens.inhoud",
      "fout.inhoud_uit_concept",
    ],
    [
      "a hash from the caller",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, hash: meldingHash(INHOUD) }),
      "gegevens.hash",
      "fout.inhoud_uit_concept",
    ],
    [
      "another unknown field",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, bijlage: "x" }),
      "gegevens.bijlage",
      "fout.onbekend_veld",
    ],
    [
      "an unknown way of sending",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, wijze: "duif" }),
      "gegevens.wijze",
      "fout.ongeldige_keuze",
    ],
    [
      "no contact person",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, contactpersoon: " " }),
      "gegevens.contactpersoon",
      "fout.verplicht",
    ],
    [
      "a time that is no time",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, tijd: "25:00" }),
      "gegevens.tijd",
      "fout.tijd",
    ],
    [
      "a date after today",
      [OPENING, CONCEPT(INHOUD)],
      VERSTUREN({ ...VERZENDING, datum: "2026-11-24" }),
      "gegevens.datum",
      "fout.datum_in_toekomst",
    ],
  ];
  for (const [naam, voor, poging, veld, sleutel] of geweigerd) {
    it(`refuses ${naam}`, () => {
      assert.throws(
        () => toestandNa(...voor, poging),
        (f: unknown) =>
          f instanceof DomeinFout &&
          f.code === "ONGELDIGE_INVOER" &&
          f.velden[0]?.veld === veld &&
          f.velden[0]?.sleutel === sleutel,
        `${veld}: ${sleutel}`,
      );
    });
  }

  it("tells the page the same rule: a form only while there is something to send", () => {
    assert.equal(weigeringVersturen(toestandNa(OPENING)), "fout.eerst_concept", "no draft");
    assert.equal(weigeringVersturen(toestandNa(OPENING, CONCEPT(INHOUD))), null, "a draft to send");
    assert.equal(weigeringVersturen(toestandNa(OPENING, CONCEPT(INHOUD), VERSTUREN())), "fout.al_verstuurd", "sent");
    assert.equal(
      weigeringVersturen(toestandNa(OPENING, CONCEPT(INHOUD), VERSTUREN(), CONCEPT(ANDERS))),
      null,
      "changed",
    );
  });
});
