import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { beoordeelPoging, PER_PAAR } from "./afremmen.ts";

const NU = 1_800_000_000_000;
const MIN = 60_000;
const keer = (n: number, minutenGeleden: number) =>
  Array.from({ length: n }, (_, i) => NU - (minutenGeleden + i) * MIN);

describe("throttling failed sign-ins", () => {
  const tabel: [string, { paar: number[]; adres: number[] }, boolean, number?][] = [
    ["no failures", { paar: [], adres: [] }, true],
    ["four failures for this account from this address", { paar: keer(4, 1), adres: keer(4, 1) }, true],
    [
      "five failures: wait until the oldest leaves the 15-minute window",
      { paar: keer(5, 1), adres: keer(5, 1) },
      false,
      (15 - 5) * 60,
    ],
    ["five failures, all older than 15 minutes", { paar: keer(5, 16), adres: keer(5, 16) }, true],
    [
      "many failures on other accounts from this address, under the address limit",
      { paar: [], adres: keer(99, 0) },
      true,
    ],
    [
      "a hundred failures from this address within the hour",
      { paar: [], adres: Array.from({ length: 100 }, (_, i) => NU - 60_000 - i * 30_000) },
      false,
      Math.ceil((60 * 60_000 - 60_000 - 99 * 30_000) / 1000),
    ],
    [
      "failures from the future are ignored (clock skew)",
      { paar: [NU + MIN, NU + 2 * MIN, NU + 3 * MIN, NU + 4 * MIN, NU + 5 * MIN], adres: [] },
      true,
    ],
    [
      "five failures stamped a moment after nu count (parallel attempts, or another process's clock a little ahead)",
      { paar: [1, 2, 3, 4, 5].map((s) => NU + s * 1000), adres: [] },
      false,
      15 * 60 + 1,
    ],
    [
      "five failures up to 30 s after nu count; one 31 s after does not",
      { paar: [NU + 31_000, NU + 30_000, NU - MIN, NU - 2 * MIN, NU - 3 * MIN], adres: [] },
      true,
    ],
    [
      "four past failures and one 30 s ahead: the limit is reached",
      { paar: [NU + 30_000, NU - MIN, NU - 2 * MIN, NU - 3 * MIN, NU - 4 * MIN], adres: [] },
      false,
      11 * 60,
    ],
  ];
  for (const [naam, mislukt, toegestaan, wacht] of tabel) {
    it(naam, () => {
      const oordeel = beoordeelPoging(mislukt, NU);
      assert.equal(oordeel.toegestaan, toegestaan, "toegestaan");
      if (!oordeel.toegestaan) assert.equal(oordeel.wachtSeconden, wacht, "wachtSeconden");
    });
  }

  it("cannot lock out the victim: an attacker's failures count only for the attacker's address", () => {
    // The rule is applied per (account, address) pair: the victim's own pair has no failures.
    const aanvaller = beoordeelPoging({ paar: keer(20, 0), adres: keer(20, 0) }, NU);
    const slachtoffer = beoordeelPoging({ paar: [], adres: [] }, NU);
    assert.equal(aanvaller.toegestaan, false, "attacker slowed");
    assert.equal(slachtoffer.toegestaan, true, "victim unaffected");
    assert.equal(PER_PAAR.maxPogingen, 5, "limit");
  });
});
