import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gebeurtenissenBouwer, OPENING, SIGNAAL, type Invoer } from "../../../tests/helpers/gebeurtenissen.ts";
import {
  bouwToestand,
  LEGE_TOESTAND,
  pasAllesToe,
  pasToe,
  registerAlsObject,
  registerUitObject,
  vindRegistratie,
  type Registratie,
} from "./toestand.ts";

// The register is a Map in memory and an object by id as JSON, as every snapshot stores it (decision 0080).

const bouw = gebeurtenissenBouwer({ vandaag: "2026-11-20" });
const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
const CORRECTIE: Invoer = {
  type: "correctie",
  gegevens: { corrigeert: id(2), reden: "Typfout", gegevens: { ...SIGNAAL.gegevens, waarneming: "Zonder jas." } },
};

/** Each case with the register's JSON as the version before decision 0080 stored it (an object spread per event). */
const GEVALLEN: [string, Invoer[], Record<string, Registratie>][] = [
  ["no events", [], {}],
  ["the opening", [OPENING], { [id(1)]: { type: "dossier_geopend", volgnummer: 1, stap: "algemeen" } }],
  [
    "two signals",
    [OPENING, SIGNAAL, SIGNAAL],
    {
      [id(1)]: { type: "dossier_geopend", volgnummer: 1, stap: "algemeen" },
      [id(2)]: { type: "signaal_vastgelegd", volgnummer: 2, stap: "signalen" },
      [id(3)]: { type: "signaal_vastgelegd", volgnummer: 3, stap: "signalen" },
    },
  ],
  [
    "a correction marks its target where it stands",
    [OPENING, SIGNAAL, SIGNAAL, CORRECTIE],
    {
      [id(1)]: { type: "dossier_geopend", volgnummer: 1, stap: "algemeen" },
      [id(2)]: { type: "signaal_vastgelegd", volgnummer: 2, stap: "signalen", gecorrigeerd: true },
      [id(3)]: { type: "signaal_vastgelegd", volgnummer: 3, stap: "signalen" },
      [id(4)]: { type: "correctie", volgnummer: 4, stap: "signalen" },
    },
  ],
];

describe("the register: a Map in memory, an object by id as JSON (decision 0080)", () => {
  for (const [naam, invoer, opgeslagen] of GEVALLEN) {
    const gebeurtenissen = bouw(...invoer);
    const gebouwd = bouwToestand(gebeurtenissen);
    const gevouwen = gebeurtenissen.reduce(pasToe, LEGE_TOESTAND);
    const ineens = pasAllesToe(LEGE_TOESTAND, gebeurtenissen);

    it(`${naam}: the JSON is the stored form, key for key and in the events' order`, () => {
      for (const t of [gebouwd, gevouwen, ineens]) {
        assert.equal(JSON.stringify(t.register), JSON.stringify(opgeslagen));
        assert.deepEqual((JSON.parse(JSON.stringify(t)) as { register: unknown }).register, opgeslagen);
        assert.deepEqual(registerAlsObject(t.register), opgeslagen);
      }
    });

    it(`${naam}: a stored register reads back as the same Map, with the same JSON`, () => {
      const gelezen = registerUitObject(JSON.parse(JSON.stringify(opgeslagen)) as Record<string, Registratie>);
      assert.deepEqual(gelezen, gebouwd.register);
      assert.deepEqual([...gelezen.keys()], Object.keys(opgeslagen));
      assert.equal(JSON.stringify(gelezen), JSON.stringify(opgeslagen));
      for (const [sleutel, r] of Object.entries(opgeslagen)) assert.deepEqual(vindRegistratie(gebouwd, sleutel), r);
      assert.equal(vindRegistratie(gebouwd, id(99)), null);
      assert.equal(vindRegistratie(gebouwd, "toJSON"), null, "a name of the Map itself is no entry");
    });
  }

  it("a new state has a register of its own: the one before keeps its entries", () => {
    const gebeurtenissen = bouw(OPENING, SIGNAAL, SIGNAAL, CORRECTIE);
    const voor = bouwToestand(gebeurtenissen.slice(0, 3));
    const na = pasToe(voor, gebeurtenissen[3]!);
    assert.notEqual(na.register, voor.register);
    assert.equal(voor.register.size, 3);
    assert.equal(voor.register.get(id(2))?.gecorrigeerd, undefined);
    assert.equal(na.register.get(id(2))?.gecorrigeerd, true);
    assert.equal(LEGE_TOESTAND.register.size, 0);
  });
});
