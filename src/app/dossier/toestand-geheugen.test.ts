import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { bouwToestand, pasToe, type DossierToestand } from "../../domain/dossier/toestand.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { geheugenOmvang, haalToestand, onthoudToestand, vergeetAlles, vergeetToestand } from "./toestand-geheugen.ts";

const actor = { id: "00000000-0000-4000-8000-000000000001", naam: "Sanne", rol: "medewerker" as const };

function gebeurtenissen(aantal: number): Gebeurtenis[] {
  const opening = {
    id: "e-1",
    volgnummer: 1,
    type: "dossier_geopend",
    stap: "algemeen",
    actor,
    opgetredenOp: "2026-11-01T09:00:00.000Z",
    gegevens: { werknaam: "Kind", aanleiding: "zorg_om_kind", omschrijving: "Zorgen." },
  } as Gebeurtenis;
  const signalen = Array.from(
    { length: aantal - 1 },
    (_, i) =>
      ({
        id: `e-${i + 2}`,
        volgnummer: i + 2,
        type: "signaal_vastgelegd",
        stap: "signalen",
        actor,
        opgetredenOp: "2026-11-02T09:00:00.000Z",
        gegevens: {
          soort: "signaal",
          waarneming: `Waarneming ${i}.`,
          datumWaarneming: "2026-11-01",
          waargenomenDoor: "Leerkracht",
          bron: "eigen_waarneming",
        },
      }) as Gebeurtenis,
  );
  return [opening, ...signalen];
}

function toestandVan(aantal: number): DossierToestand {
  return bouwToestand(gebeurtenissen(aantal));
}

describe("the states kept in memory (decision 0059)", () => {
  beforeEach(() => vergeetAlles());

  it("gives back what was kept, with the id it is checked against, and replaces it per dossier", () => {
    const t = toestandVan(3);
    onthoudToestand("d1", t, "e-3");
    assert.equal(haalToestand("d1")?.laatsteId, "e-3");
    assert.equal(haalToestand("d1")?.toestand, t);
    onthoudToestand("d1", toestandVan(4), "e-4");
    assert.equal(haalToestand("d1")?.toestand.versie, 4);
    assert.deepEqual(geheugenOmvang(), { dossiers: 1, gebeurtenissen: 4 });
    assert.equal(haalToestand("d2"), null);
  });

  it("keeps at most the bound in events, the least recently used dossier first out", () => {
    onthoudToestand("a", toestandVan(4), "e-4", 10);
    onthoudToestand("b", toestandVan(4), "e-4", 10);
    haalToestand("a");
    onthoudToestand("c", toestandVan(4), "e-4", 10);
    assert.ok(haalToestand("a"), "used last: kept");
    assert.equal(haalToestand("b"), null, "least recently used: out");
    assert.ok(haalToestand("c"));
    assert.deepEqual(geheugenOmvang(), { dossiers: 2, gebeurtenissen: 8 });
    onthoudToestand("groot", toestandVan(11), "e-11", 10);
    assert.equal(haalToestand("groot"), null, "a state larger than the bound is not kept");
  });

  it("forgets a destroyed dossier", () => {
    onthoudToestand("d1", toestandVan(2), "e-2");
    vergeetToestand("d1");
    assert.equal(haalToestand("d1"), null);
    assert.deepEqual(geheugenOmvang(), { dossiers: 0, gebeurtenissen: 0 });
  });

  it("freezes what it keeps, so no reader changes another's state; the reducer still folds on it", () => {
    const alle = gebeurtenissen(5);
    const t = bouwToestand(alle.slice(0, 4));
    onthoudToestand("d1", t, "e-4");
    assert.ok(
      Object.isFrozen(t.signalen) &&
        Object.isFrozen(t.signalen[0]) &&
        Object.isFrozen(t.signalen[0]?.gegevens) &&
        Object.isFrozen(t.register),
    );
    assert.throws(() => (t.signalen as unknown[]).push(null), TypeError);
    // The register is a Map (decision 0080): freezing alone would leave its entries changeable.
    const register = t.register as Map<string, unknown>;
    assert.throws(() => register.set("e-9", null), TypeError);
    assert.throws(() => register.delete("e-1"), TypeError);
    assert.throws(() => register.clear(), TypeError);
    assert.equal(register.size, 4);
    assert.ok([...register.values()].every((r) => Object.isFrozen(r)));
    const verder = pasToe(t, alle[4]!);
    assert.deepEqual(JSON.parse(JSON.stringify(verder)), JSON.parse(JSON.stringify(bouwToestand(alle))));
    onthoudToestand("d1", verder, "e-5");
    assert.ok(Object.isFrozen(verder.signalen.at(-1)), "the new record is frozen too");
  });
});
