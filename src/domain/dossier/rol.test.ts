import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { GebeurtenisType, Rol } from "./keuzes.ts";
import { rolVoorGebeurtenis } from "./rol.ts";

describe("the role in which an event is recorded", () => {
  const tabel: [string, Rol[], GebeurtenisType, Rol][] = [
    [
      "a decision by someone who is both aandachtsfunctionaris and eindverantwoordelijke counts as the eindverantwoordelijke's",
      ["aandachtsfunctionaris", "eindverantwoordelijke"],
      "besluit_genomen",
      "eindverantwoordelijke",
    ],
    [
      "a proposal by the same person counts as the aandachtsfunctionaris'",
      ["aandachtsfunctionaris", "eindverantwoordelijke"],
      "besluit_voorgesteld",
      "aandachtsfunctionaris",
    ],
    [
      "a decision by an aandachtsfunctionaris the protocol names",
      ["aandachtsfunctionaris"],
      "besluit_genomen",
      "aandachtsfunctionaris",
    ],
    ["a signal by a medewerker", ["medewerker"], "signaal_vastgelegd", "medewerker"],
    ["no case role at all", ["beheerder"], "signaal_vastgelegd", "medewerker"],
  ];
  for (const [naam, rollen, type, verwacht] of tabel)
    it(naam, () => assert.equal(rolVoorGebeurtenis(rollen, type), verwacht));
});
