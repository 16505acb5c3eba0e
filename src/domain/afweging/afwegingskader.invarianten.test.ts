import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { VRAAG_NUMMERS, type Antwoorden, type PadStap, type VraagNummer } from "./afwegingskader.ts";
import { DISC, ev } from "./afwegingskader.teststeun.ts";

// Invariants over all 4^5 answer combinations, with and without disclosure.
const WAARDEN = [undefined, "ja", "nee", "weet_niet"] as const;
type Waarde = (typeof WAARDEN)[number];
const met = (a: Antwoorden, n: VraagNummer, w: Waarde): Antwoorden => {
  const kopie: Antwoorden = { ...a };
  if (w === undefined) delete kopie[n];
  else kopie[n] = w;
  return kopie;
};
const ALLE: { a: Antwoorden; disclosure: boolean }[] = [];
for (let i = 0; i < 4 ** 5; i++) {
  let a: Antwoorden = {};
  let rest = i;
  for (const n of VRAAG_NUMMERS) {
    a = met(a, n, WAARDEN[rest % 4]);
    rest = Math.floor(rest / 4);
  }
  ALLE.push({ a: Object.freeze(a), disclosure: false }, { a, disclosure: true });
}
const volgorde = (s: PadStap) => (s.vraag === "disclosure" ? 0 : s.vraag);
const isEindpunt = (s: PadStap) =>
  s.uitkomst === "afsluiten" ||
  s.uitkomst === "opnieuw_melden" ||
  s.uitkomst === "hulp_met_afspraken" ||
  (s.uitkomst === "melden" && s.meldnorm === 2);

describe("evalueerAfweging: invarianten over alle 2048 combinaties", () => {
  it("dekt 2048 verschillende invoeren", () => {
    assert.equal(new Set(ALLE.map((c) => JSON.stringify(c))).size, 2048);
  });

  it("weet_niet geeft hetzelfde als nee, behalve het antwoord in het pad", () => {
    let metTwijfel = 0;
    for (const { a, disclosure } of ALLE) {
      let nee: Antwoorden = a;
      for (const n of VRAAG_NUMMERS) if (a[n] === "weet_niet") nee = met(nee, n, "nee");
      const r = ev(a, disclosure);
      for (const s of r.pad) if (s.vraag !== "disclosure") assert.equal(s.antwoord, a[s.vraag]);
      if (r.pad.some((s) => s.antwoord === "weet_niet")) metTwijfel++;
      const zonder = {
        ...r,
        pad: r.pad.map((s) => (s.antwoord === "weet_niet" ? { ...s, antwoord: "nee" as const } : s)),
      };
      assert.deepEqual(zonder, ev(nee, disclosure));
    }
    assert.ok(metTwijfel > 100, "te weinig gevallen met weet_niet op het pad");
  });

  it("antwoorden buiten het pad veranderen niets", () => {
    let gewijzigd = 0;
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      const opPad = new Set<number>(r.pad.map(volgorde));
      if (r.volgendeVraag !== null) opPad.add(r.volgendeVraag);
      for (const n of VRAAG_NUMMERS) {
        if (opPad.has(n)) continue;
        for (const w of WAARDEN) {
          assert.deepEqual(ev(met(a, n, w), disclosure), r, `vraag ${n} = ${String(w)}`);
          gewijzigd++;
        }
      }
    }
    assert.ok(gewijzigd > 1000, "te weinig antwoorden buiten het pad gevarieerd");
  });

  it("afsluiten sluit melden en hulp uit; opnieuw melden impliceert melden met een meldnorm", () => {
    let afgesloten = 0;
    let opnieuw = 0;
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      if (r.afsluiten) {
        afgesloten++;
        assert.equal(r.melden || r.hulp, false);
      }
      if (r.opnieuwMelden) {
        opnieuw++;
        assert.equal(r.melden, true);
        assert.notEqual(r.meldnorm, null);
      }
    }
    assert.ok(afgesloten > 0 && opnieuw > 0, "afsluiten en opnieuw melden moeten voorkomen");
  });

  it("volgendeVraag is de open vraag na een niet-afsluitende stap; null precies na een eindpunt", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      const laatste = r.pad.at(-1);
      if (r.volgendeVraag === null) {
        assert.ok(laatste !== undefined && isEindpunt(laatste), `geen eindpunt: ${JSON.stringify(r)}`);
      } else {
        assert.equal(a[r.volgendeVraag], undefined);
        assert.ok(laatste === undefined || !isEindpunt(laatste), `eindpunt met open vraag: ${JSON.stringify(r)}`);
        assert.equal(r.volgendeVraag, laatste === undefined ? 1 : volgorde(laatste) === 0 ? 3 : volgorde(laatste) + 1);
      }
    }
  });

  it("disclosure impliceert melden, meldnorm 1 en samen met Veilig Thuis, zonder vragen 1 en 2", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      if (!disclosure) continue;
      assert.equal(r.melden && r.meldnorm === 1 && r.samenMetVeiligThuis, true);
      assert.deepEqual(r.pad[0], DISC);
      assert.ok(
        r.pad.every((s) => s.vraag !== 1 && s.vraag !== 2),
        "vraag 1 of 2 in pad na disclosure",
      );
    }
  });

  it("pad loopt strikt oplopend; meldnorm is die van de eerste meldende stap", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      r.pad.forEach((s, i) => {
        if (i > 0) assert.ok(volgorde(s) > volgorde(r.pad[i - 1] ?? s), "pad niet oplopend");
      });
      assert.equal(r.meldnorm, r.pad.find((s) => s.meldnorm !== null)?.meldnorm ?? null);
      assert.equal(
        r.melden,
        r.pad.some((s) => s.uitkomst === "melden" || s.uitkomst === "opnieuw_melden"),
      );
    }
  });
});
