import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { gebeurtenissenAlsTekst, tekstOmvang, vergeetAlleTekst, vergeetTekst } from "./gebeurtenissen-tekst.ts";

/** Events 1..n of one dossier; `ander` gives event `ander` another id (as after a restore from a backup). */
function gebeurtenissen(n: number, ander?: number): Gebeurtenis[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${i + 1 === ander ? "b" : "a"}0000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
    volgnummer: i + 1,
    type: "signaal_vastgelegd",
    stap: "signalen",
    gegevens: { waarneming: `Zegt: "nooit" \\ ${i} één 😟\n` },
    actor: { id: "00000000-0000-4000-8000-000000000001", naam: "T. Test", rol: "medewerker" },
    opgetredenOp: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
  })) as unknown as Gebeurtenis[];
}

const alsArray = (tekst: Buffer | null) => (tekst === null ? null : `[${tekst.toString("utf8")}]`);

describe("the events' JSON kept per dossier", () => {
  beforeEach(() => vergeetAlleTekst());

  it("is JSON.stringify of the events, whether made at once or grown from what was kept", () => {
    const alle = gebeurtenissen(5);
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 3, alle.slice(0, 3))), JSON.stringify(alle.slice(0, 3)));
    // Later reads only read from the kept version on.
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 5, alle.slice(2))), JSON.stringify(alle));
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 5, alle.slice(4))), JSON.stringify(alle));
  });

  it("a dossier without events is an empty list", () => {
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 0, [])), "[]");
  });

  it("is not used when the event at the kept version has another id: made anew from every event, or null", () => {
    gebeurtenissenAlsTekst("d", 3, gebeurtenissen(3));
    const anders = gebeurtenissen(4, 3);
    assert.equal(gebeurtenissenAlsTekst("d", 4, anders.slice(2)), null, "only the tail read: the caller reads all");
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 4, anders)), JSON.stringify(anders), "every event read");
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 4, anders.slice(3))), JSON.stringify(anders), "and kept");
  });

  it("is not used past the dossier's version (kept from a newer read), nor with a gap in the numbers", () => {
    gebeurtenissenAlsTekst("d", 4, gebeurtenissen(4));
    assert.equal(gebeurtenissenAlsTekst("d", 3, gebeurtenissen(3).slice(2)), null);
    assert.equal(alsArray(gebeurtenissenAlsTekst("d", 3, gebeurtenissen(3))), JSON.stringify(gebeurtenissen(3)));
    const metGat = gebeurtenissen(6).filter((g) => g.volgnummer !== 5);
    assert.equal(gebeurtenissenAlsTekst("d", 6, metGat.slice(2)), null);
    assert.equal(gebeurtenissenAlsTekst("e", 6, metGat), null);
  });

  it("is forgotten on request and counted in bytes", () => {
    gebeurtenissenAlsTekst("d", 3, gebeurtenissen(3));
    assert.equal(tekstOmvang().dossiers, 1);
    vergeetTekst("d");
    assert.deepEqual(tekstOmvang(), { dossiers: 0, bytes: 0 });
    for (let i = 0; i < 5; i += 1) gebeurtenissenAlsTekst(`d${i}`, 2, gebeurtenissen(2));
    const { bytes } = tekstOmvang();
    assert.equal(bytes, 5 * Buffer.byteLength(JSON.stringify(gebeurtenissen(2)).slice(1, -1)));
  });
});
