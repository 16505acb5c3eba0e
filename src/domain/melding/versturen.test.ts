import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import { meldingHash, type MeldingInhoud } from "./melding.ts";
import { meldingAlsVerstuurd } from "./versturen.ts";
import { OPENING, toestandBouwer } from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });
const INHOUD: MeldingInhoud = {
  melder: "S. de Wit", betrokkenen: "K.", onveiligNu: "Afdruk op de wang.", feiten: "10-11-2026: afdruk.", stappen: "Consultatie.",
  gezinGeinformeerd: "ja", geraadpleegd: "Aandachtsfunctionaris.", urgentie: "regulier", verwachtingen: "Onderzoek.",
};
const CONCEPT = (inhoud: MeldingInhoud) => ({ type: "melding_concept_opgeslagen", gegevens: { inhoud } });
const VERZENDING = { wijze: "telefoon", datum: "2026-11-23", tijd: "10:00", contactpersoon: "Mw. De Boer" };
const VERSTUURD = { type: "melding_verstuurd", gegevens: { ...VERZENDING, inhoud: INHOUD, hash: meldingHash(INHOUD) } };
const weigering = (sleutel: string) => (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === sleutel;

describe("marking the report sent", () => {
  it("freezes the latest saved draft with its hash", () => {
    const gegevens = meldingAlsVerstuurd(toestandNa(OPENING, CONCEPT({ ...INHOUD, urgentie: "spoed" }), CONCEPT(INHOUD)), VERZENDING);
    assert.deepEqual(gegevens, { ...VERZENDING, inhoud: INHOUD, hash: meldingHash(INHOUD) }, "the latest draft and its hash");
  });
  it("refuses without a saved draft, and an unchanged draft sent before", () => {
    assert.throws(() => meldingAlsVerstuurd(toestandNa(OPENING), VERZENDING), weigering("fout.eerst_concept"), "no draft");
    assert.throws(() => meldingAlsVerstuurd(toestandNa(OPENING, CONCEPT(INHOUD), VERSTUURD), VERZENDING), weigering("fout.al_verstuurd"), "unchanged");
  });
  it("sends a draft changed after the last report as the next version", () => {
    const t = toestandNa(OPENING, CONCEPT(INHOUD), VERSTUURD, CONCEPT({ ...INHOUD, urgentie: "acuut" }));
    assert.equal((meldingAlsVerstuurd(t, VERZENDING)["inhoud"] as MeldingInhoud).urgentie, "acuut", "the changed draft");
  });
});
