import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { leeftijd, maakMeldingConcept, nlDatum, openPlekken } from "./concept.ts";
import { controleerMeldrecht } from "./meldrecht.ts";
import { meldingInhoudSchema } from "./melding.ts";
import { bouwToestand } from "../dossier/toestand.ts";
import { toestandBouwer, EINDVERANTWOORDELIJKE_ID, MEDEWERKER, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });
const ctx = { melder: { naam: "Sanne de Wit", organisatie: "De Regenboog", sector: "onderwijs" }, vandaag: "2026-11-23", namen: new Map<string, string>() };
const OPENING_MET_DATUM = { type: "dossier_geopend", gegevens: { ...OPENING.gegevens, geboortedatum: "2018-12-01" } };
const RISICO = { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, soort: "vroeg_risico", waarneming: "Moeder vertelt over schulden.", interpretatie: "Spanning thuis." } };
const TEGEN = { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, soort: "tegenindicatie", waarneming: "Oma haalt L. elke dag op." } };
const CONSULTATIE = (met: string) => ({ type: "consultatie_gehouden", gegevens: { met, naam: "Fatima", datum: "2026-11-13", uitkomst: "Zorg gedeeld.", vervolgstap: "Gesprek.", geanonimiseerd: met === "veilig_thuis" } });
const GESPREK = { type: "gesprek_gevoerd", gegevens: { met: "ouders", datum: "2026-11-16", deelnemers: "Moeder", plaats: "School", gedeeld: "Signalen", visie: "Moeder herkent het." } };
const GEEN_GESPREK = { type: "gesprek_niet_gevoerd", gegevens: { met: "ouders", grond: "veiligheid", toelichting: "Vader dreigde." } };
const A = (vraag: number, antwoord: string) => ({ type: "afweging_beantwoord", gegevens: { vraag, antwoord, toelichting: `Antwoord ${vraag}: L. zei 'papa slaat'.` } });
const BESLUIT = { type: "besluit_genomen", gegevens: { besluit: "melden", toelichting: "Structureel onveilig." } };

describe("the draft report built from the dossier", () => {
  const t = toestandNa(OPENING_MET_DATUM, SIGNAAL, RISICO, TEGEN, CONSULTATIE("aandachtsfunctionaris"), GESPREK, A(1, "ja"), A(2, "ja"), BESLUIT);
  const concept = maakMeldingConcept(t, ctx);

  it("is valid as it stands, so the professional only edits", () => {
    assert.equal(meldingInhoudSchema.safeParse(concept).success, true, "valid");
  });
  it("keeps facts with date and source apart from interpretation", () => {
    assert.match(concept.feiten, /10-11-2026 \(eigen waarneming; Leerkracht\): Komt zonder jas bij vorst\./, "the signal as a fact");
    assert.doesNotMatch(concept.feiten, /Spanning thuis/, "interpretation not among the facts");
    assert.match(concept.duiding ?? "", /Spanning thuis/, "interpretation apart");
  });
  it("names the child with age, the risk factors to complete, what protects, the steps and who was consulted", () => {
    assert.match(concept.betrokkenen, /K\. \(groep 4\), 7 jaar \(geboren 01-12-2018\)/, "age on the day");
    assert.match(concept.risicofactoren ?? "", /schulden\. Dit leidt tot onveiligheid doordat: \[beschrijf hoe\]/, "how it leads to unsafety");
    assert.match(concept.beschermend ?? "", /Oma haalt/, "protective");
    assert.match(concept.stappen, /overleg met de aandachtsfunctionaris \(stap 2\)[\s\S]*gesprek met de ouders \(stap 3\)[\s\S]*genomen door Peter Visser/, "steps with dates");
    assert.match(concept.geraadpleegd, /de aandachtsfunctionaris \(Fatima\) op 13-11-2026/, "consulted");
    assert.match(concept.onveiligNu, /Antwoord 2/, "why unsafe now, from question 2");
    assert.equal(concept.gezinGeinformeerd, "ja", "the family was told");
  });
  it("names the decider of an event stored before decision 0020 from the context", () => {
    const oud = t.gebeurtenissen.map((g) => (g.type === "besluit_genomen" ? { ...g, actor: MEDEWERKER, gegevens: { ...g.gegevens, genomenDoor: EINDVERANTWOORDELIJKE_ID } } : g));
    const metNaam = maakMeldingConcept(bouwToestand(oud), { ...ctx, namen: new Map([[EINDVERANTWOORDELIJKE_ID, "P. Visser (oud)"]]) });
    assert.match(metNaam.stappen, /genomen door P\. Visser \(oud\)\./, "the person the old event names, not who recorded it");
  });
  it("gives the ground when the family was not told", () => {
    const zonder = maakMeldingConcept(toestandNa(OPENING, SIGNAAL, GEEN_GESPREK), ctx);
    assert.equal(zonder.gezinGeinformeerd, "nee", "not told");
    assert.equal(zonder.grondNietGeinformeerd, "veiligheid", "on the ground of safety");
  });
  it("leaves placeholders the check page lists", () => {
    assert.ok(openPlekken(concept).includes("[telefoonnummer en tijden]"), "contact to complete");
  });
});

describe("the meldrecht check", () => {
  it("lists what is missing, and never blocks", () => {
    const leeg = controleerMeldrecht(toestandNa(OPENING), null);
    assert.deepEqual(leeg.ontbreekt, ["deskundige_geraadpleegd", "feiten_verzameld", "belangen_gewogen", "gezin_geinformeerd", "concept_ingevuld"], "everything missing");
    const t = toestandNa(OPENING, SIGNAAL, CONSULTATIE("aandachtsfunctionaris"), GESPREK, A(1, "ja"), A(2, "ja"), BESLUIT);
    const ingevuld = { ...maakMeldingConcept(t, ctx), melder: "Sanne de Wit, 010-1234567", betrokkenen: "L.", verwachtingen: "Onderzoek." };
    assert.deepEqual(controleerMeldrecht(t, ingevuld).ontbreekt, [], "a careful report");
  });
  it("a colleague alone is not an expert consultation", () => {
    assert.ok(controleerMeldrecht(toestandNa(OPENING, CONSULTATIE("collega")), null).ontbreekt.includes("deskundige_geraadpleegd"), "colleague");
    assert.ok(!controleerMeldrecht(toestandNa(OPENING, CONSULTATIE("veilig_thuis")), null).ontbreekt.includes("deskundige_geraadpleegd"), "Veilig Thuis");
  });
  it("marks acute danger from the urgency or an acute call", () => {
    const t = toestandNa(OPENING);
    assert.equal(controleerMeldrecht(t, { ...maakMeldingConcept(t, ctx), urgentie: "acuut" }).acuut, true, "acute urgency");
    assert.equal(controleerMeldrecht(t, maakMeldingConcept(t, ctx)).acuut, false, "not acute");
  });
});

describe("dates and age", () => {
  it("writes Dutch dates and counts age on the day", () => {
    assert.equal(nlDatum("2026-11-05"), "05-11-2026", "date");
    assert.equal(leeftijd("2018-11-23", "2026-11-23"), 8, "birthday today");
    assert.equal(leeftijd("2018-11-24", "2026-11-23"), 7, "birthday tomorrow");
  });
});
