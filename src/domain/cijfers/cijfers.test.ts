import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { geenKleinGetal, isVeilig } from "../../../tests/support/onderdrukking-lezer.ts";
import type { GebeurtenisType } from "../dossier/keuzes.ts";
import {
  berekenCijfers,
  maandenVan,
  periodeFout,
  schooljaarVan,
  vatSamen,
  versteStap,
  type CijferFeit,
  type CohortDossier,
  type Figuur,
} from "./cijfers.ts";

describe("the period", () => {
  const schooljaren: [string, string, string][] = [
    ["2026-12-04", "2026-08-01", "2027-07-31"],
    ["2026-08-01", "2026-08-01", "2027-07-31"],
    ["2026-07-31", "2025-08-01", "2026-07-31"],
    ["2027-01-01", "2026-08-01", "2027-07-31"],
  ];
  for (const [dag, van, tot] of schooljaren)
    it(`the school year of ${dag}`, () => assert.deepEqual(schooljaarVan(dag), { van, tot }));
  const fouten: [string, string, string | null][] = [
    ["2026-08-01", "2027-07-31", null],
    ["2026-08-01", "2026-08-01", null],
    ["2026-08-02", "2026-08-01", "fout.periode_volgorde"],
    ["2026-08-01", "2028-07-31", null],
    ["2026-08-01", "2028-08-01", "fout.periode_te_lang"],
  ];
  for (const [van, tot, fout] of fouten)
    it(`${van} – ${tot}: ${fout ?? "goed"}`, () => assert.equal(periodeFout({ van, tot }), fout));
  it("months of a school year", () => {
    const maanden = maandenVan({ van: "2026-08-01", tot: "2027-07-31" });
    assert.equal(maanden.length, 12);
    assert.equal(maanden[0], "2026-08");
    assert.equal(maanden[5], "2027-01");
    assert.equal(maanden[11], "2027-07");
  });
  it("months of a part of one month", () =>
    assert.deepEqual(maandenVan({ van: "2026-09-10", tot: "2026-09-20" }), ["2026-09"]));
});

describe("versteStap: the furthest step with a record", () => {
  const gevallen: [GebeurtenisType[], string][] = [
    [[], "geen"],
    [["signaal_vastgelegd"], "signalen"],
    [["signaal_vastgelegd", "consultatie_gehouden"], "consultatie"],
    [["gesprek_niet_gevoerd"], "gesprek"],
    [["consultatie_gehouden", "afweging_beantwoord"], "wegen"],
    [["besluit_genomen"], "beslissen"],
    [["besluit_genomen", "melding_verstuurd"], "melden"],
    [["melding_verstuurd", "vt_reactie_vastgelegd"], "vervolg"],
    [["hulp_gestart"], "vervolg"],
    [["monitoring_gestart"], "vervolg"],
  ];
  for (const [types, stap] of gevallen)
    it(`${types.join(", ") || "nothing"} → ${stap}`, () => assert.equal(versteStap(new Set(types)), stap));
});

let teller = 0;
const feit = (
  dossierId: string,
  type: GebeurtenisType,
  opgetredenOp: string,
  gegevens: Record<string, unknown> = {},
  id = `g${++teller}`,
): CijferFeit => ({ dossierId, id, type, opgetredenOp, gegevens });
const dossier = (id: string, aangemaaktOp = "2026-09-01T08:00:00.000Z"): CohortDossier => ({ id, aangemaaktOp });

describe("vatSamen: one case", () => {
  it("a correction replaces the fields of the event it targets", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "consultatie_gehouden", "2026-09-02T08:00:00.000Z", { met: "collega" }, "c1"),
      feit("d", "gesprek_niet_gevoerd", "2026-09-03T08:00:00.000Z", { met: "ouders", grond: "veiligheid" }, "n1"),
      feit("d", "correctie", "2026-09-04T08:00:00.000Z", {
        corrigeert: "c1",
        gegevens: { met: "aandachtsfunctionaris" },
      }),
      feit("d", "correctie", "2026-09-05T08:00:00.000Z", {
        corrigeert: "n1",
        gegevens: { met: "ouders", grond: "vertrouwensrelatie" },
      }),
    ]);
    assert.deepEqual([...s.consultaties], ["aandachtsfunctionaris"]);
    assert.equal(s.ouders, "vertrouwensrelatie");
    assert.equal(s.kind, "nog_niet");
  });
  it("a conversation held counts over one not held", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "gesprek_niet_gevoerd", "2026-09-03T08:00:00.000Z", { met: "kind", grond: "leeftijd" }),
      feit("d", "gesprek_gevoerd", "2026-09-04T08:00:00.000Z", { met: "kind" }),
    ]);
    assert.equal(s.kind, "gevoerd");
  });
  it("the afwegingskader's outcome, with a disclosure", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "signaal_vastgelegd", "2026-09-02T08:00:00.000Z", { datumWaarneming: "2026-08-28", disclosure: true }),
      feit("d", "afweging_beantwoord", "2026-09-03T08:00:00.000Z", { vraag: 1, antwoord: "ja" }),
    ]);
    assert.equal(s.afweging, "melden");
  });
  it("an unfinished weighing, and the days from signal to decision", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "signaal_vastgelegd", "2026-09-02T08:00:00.000Z", { datumWaarneming: "2026-09-01" }),
      feit("d", "signaal_vastgelegd", "2026-09-03T08:00:00.000Z", { datumWaarneming: "2026-08-25" }),
      feit("d", "afweging_beantwoord", "2026-09-03T08:00:00.000Z", { vraag: 1, antwoord: "ja" }),
      feit("d", "besluit_genomen", "2026-09-14T22:30:00.000Z", { besluit: "hulp" }),
    ]);
    assert.equal(s.afweging, "onvolledig");
    assert.equal(s.besluit, "hulp");
    // 25 August to 15 September (22:30 UTC is past midnight in the Netherlands).
    assert.equal(s.signaalTotBesluit, 21);
  });
  it("participation: the newest record per point counts", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "participatie_bijgewerkt", "2026-09-02T08:00:00.000Z", { punt: "p1", status: "gedaan" }),
      feit("d", "participatie_bijgewerkt", "2026-09-03T08:00:00.000Z", { punt: "p2", status: "gedaan" }),
      feit("d", "participatie_bijgewerkt", "2026-09-04T08:00:00.000Z", { punt: "p2", status: "niet_van_toepassing" }),
    ]);
    assert.deepEqual([...s.participatie], ["p1"]);
  });
  it("the report and Veilig Thuis' answer after it", () => {
    const s = vatSamen(dossier("d"), [
      feit("d", "vt_reactie_vastgelegd", "2026-09-01T09:00:00.000Z", { datum: "2026-09-01" }),
      feit("d", "melding_verstuurd", "2026-09-02T08:00:00.000Z", { datum: "2026-09-02" }),
      feit("d", "vt_reactie_vastgelegd", "2026-09-10T08:00:00.000Z", { datum: "2026-09-10" }),
    ]);
    assert.deepEqual(s.melding, { datum: "2026-09-02", antwoord: "2026-09-10" });
  });
});

const rij = (f: Figuur | undefined, categorie: string) => f?.rijen.find((r) => r.categorie === categorie)?.cel;

describe("berekenCijfers: a cohort", () => {
  const periode = { van: "2026-08-01", tot: "2027-07-31" };
  // Twelve cases in September, two in October, one on 31 July 2026 (before the period), one at
  // 23:30 UTC on 31 July 2027 (1 August in the Netherlands: after the period).
  const dossiers = [
    ...Array.from({ length: 12 }, (_, i) =>
      dossier(`s${i}`, `2026-09-${String(i + 1).padStart(2, "0")}T08:00:00.000Z`),
    ),
    dossier("o1", "2026-10-05T08:00:00.000Z"),
    dossier("o2", "2026-10-06T08:00:00.000Z"),
    dossier("voor", "2026-07-31T08:00:00.000Z"),
    dossier("na", "2027-07-31T23:30:00.000Z"),
  ];
  const feiten: CijferFeit[] = [
    // Seven cases reported (the report 1 September, a Tuesday), six of them answered.
    ...Array.from({ length: 7 }, (_, i) =>
      feit(`s${i}`, "melding_verstuurd", "2026-09-15T08:00:00.000Z", { datum: "2026-09-15" }),
    ),
    ...Array.from({ length: 4 }, (_, i) =>
      feit(`s${i}`, "vt_reactie_vastgelegd", "2026-09-21T08:00:00.000Z", { datum: "2026-09-21" }),
    ),
    ...Array.from({ length: 2 }, (_, i) =>
      feit(`s${i + 4}`, "vt_reactie_vastgelegd", "2026-10-01T08:00:00.000Z", { datum: "2026-10-01" }),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      feit(`s${i}`, "consultatie_gehouden", "2026-09-10T08:00:00.000Z", { met: "aandachtsfunctionaris" }),
    ),
    feit("voor", "melding_verstuurd", "2026-09-15T08:00:00.000Z", { datum: "2026-09-15" }),
  ];
  const c = berekenCijfers(periode, dossiers, feiten);
  const figuur = (id: string) => c.figuren.find((f) => f.id === id);

  it("counts the cases opened in the period (Dutch days)", () =>
    assert.deepEqual(c.geopend, { soort: "getal", waarde: 14 }));
  it("per month: September shown, October under 5, and August hidden beside it so October cannot be recomputed", () => {
    const f = figuur("geopend");
    assert.deepEqual(rij(f, "2026-09"), { soort: "aanvullend" });
    assert.deepEqual(rij(f, "2026-10"), { soort: "onder5" });
    assert.deepEqual(rij(f, "2026-11"), { soort: "getal", waarde: 0 });
  });
  it("reports: 7 reported, 7 not", () => {
    assert.deepEqual(rij(figuur("melding"), "gemeld"), { soort: "getal", waarde: 7 });
    assert.deepEqual(rij(figuur("melding"), "niet_gemeld"), { soort: "getal", waarde: 7 });
  });
  it("Veilig Thuis' answers: 4 in time and 2 later are under 5, so 'not yet' (1) is too, and nothing else is left to hide: withheld", () => {
    const f = figuur("vt_antwoord");
    assert.deepEqual(f?.totaal, { soort: "getal", waarde: 7 });
    assert.ok(f?.rijen.every((r) => r.cel.soort !== "getal"));
  });
  it("consultations are a count per partner", () => {
    assert.deepEqual(rij(figuur("consultaties"), "aandachtsfunctionaris"), { soort: "getal", waarde: 6 });
    assert.deepEqual(rij(figuur("consultaties"), "collega"), { soort: "getal", waarde: 0 });
  });
  it("medians: Veilig Thuis' answer time over six answers; no decisions, so no median from signal to decision", () => {
    const vt = c.medianen.find((m) => m.id === "vt_antwoordtijd");
    assert.deepEqual(vt?.aantal, { soort: "getal", waarde: 6 });
    // 15 → 21 September is 4 working days, 15 September → 1 October 12: the median of 4,4,4,4,12,12 is 4.
    assert.equal(vt?.waarde, 4);
    const besluit = c.medianen.find((m) => m.id === "signaal_tot_besluit");
    assert.deepEqual(besluit?.aantal, { soort: "getal", waarde: 0 });
    assert.equal(besluit?.waarde, null);
  });
  it("an empty period: all zeros, nothing hidden", () => {
    const leeg = berekenCijfers({ van: "2030-08-01", tot: "2031-07-31" }, dossiers, feiten);
    assert.deepEqual(leeg.geopend, { soort: "getal", waarde: 0 });
    assert.ok(leeg.figuren.every((f) => f.rijen.every((r) => r.cel.soort === "getal" && r.cel.waarde === 0)));
  });
});

describe("property: the figures of any cohort hold no count 1–4, and no hidden cell can be recomputed", () => {
  const TYPES: GebeurtenisType[] = [
    "signaal_vastgelegd",
    "consultatie_gehouden",
    "gesprek_gevoerd",
    "gesprek_niet_gevoerd",
    "afweging_beantwoord",
    "besluit_genomen",
    "participatie_bijgewerkt",
    "melding_verstuurd",
    "vt_reactie_vastgelegd",
    "hulp_gestart",
  ];
  const feitArb = (aantal: number) =>
    fc.record({
      dossier: fc.integer({ min: 0, max: Math.max(0, aantal - 1) }),
      type: fc.constantFrom(...TYPES),
      dag: fc.integer({ min: 1, max: 28 }),
      met: fc.constantFrom("ouders", "kind", "collega", "veilig_thuis"),
      grond: fc.constantFrom("veiligheid", "contact_verbroken", "leeftijd"),
      besluit: fc.constantFrom("melden", "hulp", "afsluiten"),
      antwoord: fc.constantFrom("ja", "nee"),
      vraag: fc.integer({ min: 1, max: 5 }),
      punt: fc.constantFrom("p1", "p2", "p9"),
    });
  it("holds", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 11 })
          .chain((aantal) =>
            fc.tuple(
              fc.constant(aantal),
              fc.array(fc.integer({ min: 8, max: 10 }), { minLength: aantal, maxLength: aantal }),
              fc.array(feitArb(aantal), { maxLength: 40 }),
            ),
          ),
        ([aantal, maanden, ruw]) => {
          const ds = Array.from({ length: aantal }, (_, i) =>
            dossier(`d${i}`, `2026-${String(maanden[i] ?? 9).padStart(2, "0")}-02T08:00:00.000Z`),
          );
          const fs =
            aantal === 0
              ? []
              : ruw.map((r) =>
                  feit(`d${r.dossier}`, r.type, `2026-11-${String(r.dag).padStart(2, "0")}T08:00:00.000Z`, {
                    datumWaarneming: "2026-10-01",
                    met: r.met,
                    grond: r.grond,
                    besluit: r.besluit,
                    antwoord: r.antwoord,
                    vraag: r.vraag,
                    punt: r.punt,
                    status: "gedaan",
                    datum: `2026-11-${String(r.dag).padStart(2, "0")}`,
                  }),
                );
          const c = berekenCijfers({ van: "2026-08-01", tot: "2026-10-31" }, ds, fs);
          assert.ok(geenKleinGetal([c.geopend]));
          for (const f of c.figuren) {
            assert.ok(geenKleinGetal(f.rijen.map((r) => r.cel)), `${f.id}: ${JSON.stringify(f.rijen)}`);
            if (f.soort === "verdeling" && f.totaal)
              assert.ok(
                isVeilig(
                  f.rijen.map((r) => r.cel),
                  f.totaal,
                  aantal + 8,
                ),
                `${f.id}: ${JSON.stringify(f)}`,
              );
          }
          for (const m of c.medianen) {
            assert.ok(geenKleinGetal([m.aantal]));
            if (m.aantal.soort !== "getal") assert.equal(m.waarde, null);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
