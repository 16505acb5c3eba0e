import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { willekeurigeBytes } from "./willekeurig.ts";

describe("willekeurigeBytes", () => {
  it("gives the length asked for, and no two values share their bytes, across refills of the pool", () => {
    const gezien = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const aantal = [10, 16, 7][i % 3] ?? 16;
      const bytes = willekeurigeBytes(aantal);
      assert.equal(bytes.length, aantal);
      gezien.add(bytes.toString("hex"));
    }
    assert.equal(gezien.size, 2000);
  });

  it("more than the pool holds comes straight from the CSPRNG", () => {
    assert.equal(willekeurigeBytes(5000).length, 5000);
  });
});
