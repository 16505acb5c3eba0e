import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maakTijdlijn } from "./tijdlijn.ts";
import type { Vastlegging } from "./toestand.ts";
import { MEDEWERKER } from "../../../tests/helpers/gebeurtenissen.ts";

function signaal(
  id: string,
  datumWaarneming: string,
  soort: "vroeg_risico" | "signaal" | "tegenindicatie",
  bron: "eigen_waarneming" | "collega" | "kind_zelf",
): Vastlegging<"signaal_vastgelegd"> {
  const gegevens = {
    soort,
    waarneming: "x",
    datumWaarneming,
    waargenomenDoor: "y",
    bron,
    disclosure: false,
    bijzondereVormen: [],
    dreigingAcuut: false,
  };
  return {
    gebeurtenisId: id,
    gegevens,
    origineel: gegevens,
    vastgelegdOp: "2026-11-20T10:00:00.000Z",
    vastgelegdDoor: MEDEWERKER,
    correcties: [],
  };
}

describe("maakTijdlijn", () => {
  it("orders by date observed, not by date recorded", () => {
    const t = maakTijdlijn([
      signaal("b", "2026-10-05", "signaal", "collega"),
      signaal("a", "2026-08-01", "vroeg_risico", "eigen_waarneming"),
    ]);
    assert.deepEqual(
      t.signalen.map((s) => s.gebeurtenisId),
      ["a", "b"],
    );
  });

  it("has every month from first to last, also empty ones, counted per kind", () => {
    const t = maakTijdlijn([
      signaal("a", "2026-11-03", "signaal", "collega"),
      signaal("b", "2026-08-20", "vroeg_risico", "eigen_waarneming"),
      signaal("c", "2026-11-28", "tegenindicatie", "kind_zelf"),
      signaal("d", "2026-11-10", "signaal", "eigen_waarneming"),
    ]);
    assert.deepEqual(
      t.maanden.map((m) => m.maand),
      ["2026-08", "2026-09", "2026-10", "2026-11"],
    );
    assert.deepEqual(t.maanden[0]?.perSoort, { vroeg_risico: 1, signaal: 0, tegenindicatie: 0 });
    assert.deepEqual(t.maanden[1]?.perSoort, { vroeg_risico: 0, signaal: 0, tegenindicatie: 0 });
    assert.deepEqual(t.maanden[3]?.perSoort, { vroeg_risico: 0, signaal: 2, tegenindicatie: 1 });
    assert.equal(t.perBron.eigen_waarneming, 2);
    assert.equal(t.aantalBronnenVanZorg, 2, "counter-indications are not a source of concern");
  });

  it("crosses a year boundary", () => {
    const t = maakTijdlijn([
      signaal("a", "2025-12-31", "signaal", "collega"),
      signaal("b", "2026-01-01", "signaal", "collega"),
    ]);
    assert.deepEqual(
      t.maanden.map((m) => m.maand),
      ["2025-12", "2026-01"],
    );
  });

  it("is empty without signals", () => {
    const t = maakTijdlijn([]);
    assert.equal(t.maanden.length, 0);
    assert.equal(t.aantalBronnenVanZorg, 0);
  });
});
