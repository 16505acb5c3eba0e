import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { BackupFout } from "../../domain/backup/backup.ts";
import { leesBackupBytes, schrijfBackupBytes } from "./backup-versleuteling.ts";

describe("backup encryption (AES-256-GCM)", () => {
  const payload = new TextEncoder().encode("dossiergegevens van een kind");
  const sleutel = randomBytes(32);

  it("round-trips with the key, and the ciphertext does not hold the plain text", () => {
    const bestand = schrijfBackupBytes(payload, sleutel);
    assert.ok(!bestand.includes(Buffer.from("dossiergegevens")), "encrypted");
    assert.deepEqual(Buffer.from(leesBackupBytes(bestand, sleutel).payload), Buffer.from(payload), "round trip");
  });

  it("writes a fresh IV per file", () => {
    assert.notDeepEqual(schrijfBackupBytes(payload, sleutel), schrijfBackupBytes(payload, sleutel), "two files differ");
  });

  it("round-trips without a key, and then holds the plain payload", () => {
    const bestand = schrijfBackupBytes(payload, null);
    assert.deepEqual(Buffer.from(leesBackupBytes(bestand, null).payload), Buffer.from(payload), "plain");
    assert.equal(leesBackupBytes(bestand, sleutel).versleuteld, false, "a key is not needed for a plain file");
  });

  const geweigerd: [string, (b: Buffer) => [Uint8Array, Uint8Array | null], RegExp][] = [
    ["a wrong key", (b) => [b, randomBytes(32)], /sleutel past niet/u],
    ["no key", (b) => [b, null], /versleuteld/u],
    [
      "a changed byte of ciphertext",
      (b) => {
        const c = Buffer.from(b);
        c[30] = (c[30] ?? 0) ^ 1;
        return [c, sleutel];
      },
      /sleutel past niet/u,
    ],
    [
      "a changed IV",
      (b) => {
        const c = Buffer.from(b);
        c[12] = (c[12] ?? 0) ^ 1;
        return [c, sleutel];
      },
      /sleutel past niet/u,
    ],
    ["a cut-off tag", (b) => [b.subarray(0, b.length - 1), sleutel], /sleutel past niet/u],
  ];
  for (const [wat, maak, melding] of geweigerd) {
    it(`refuses ${wat}`, () => {
      const [bestand, s] = maak(schrijfBackupBytes(payload, sleutel));
      assert.throws(
        () => leesBackupBytes(bestand, s),
        (f: unknown) => f instanceof BackupFout && melding.test(f.message),
        wat,
      );
    });
  }
});
