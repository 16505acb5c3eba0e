import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  BackupFout,
  hoofdversie,
  leesBackupSleutel,
  leesKop,
  maakKop,
  pakUit,
  programmaPastBij,
  verpak,
  type Manifest,
} from "./backup.ts";

const MANIFEST: Manifest = {
  formaat: 1,
  soort: "pglite",
  gemaaktOp: "2026-12-04T16:00:00.000Z",
  programma: "PGlite 0.5.16",
  serverVersie: 17,
  migratie: "0008_logketen_per_organisatie",
  dumpSha256: "a".repeat(64),
  inhoud: { organisaties: 2, dossiers: 1, gebeurtenissen: 5, logregels: 9 },
  ketens: [{ keten: "anoniem", lengte: 1, hash: "b".repeat(64), tijdstip: "2026-12-04T15:59:00.000Z" }],
  controlepunten: [{ naam: "controlepunt-2026-12-04T16-00-00-000Z-0123abcd.json", inhoud: "{}" }],
};

describe("the backup file: header and payload", () => {
  it("frames the manifest and the dump and reads them back", () => {
    const dump = new Uint8Array([1, 2, 3, 250]);
    const { manifest, dump: terug } = pakUit(verpak(MANIFEST, dump));
    assert.deepEqual(manifest, MANIFEST, "manifest");
    assert.deepEqual([...terug], [...dump], "dump");
  });

  it("writes and reads a header, plain and encrypted", () => {
    const plat = leesKop(new Uint8Array([...maakKop("geen"), 9, 9]));
    assert.equal(plat.versleuteling, "geen", "plain");
    assert.deepEqual([...plat.rest], [9, 9], "the rest");
    const iv = new Uint8Array(12).fill(7);
    const versleuteld = leesKop(new Uint8Array([...maakKop("aes-256-gcm", iv), ...new Uint8Array(20)]));
    assert.equal(versleuteld.versleuteling, "aes-256-gcm", "encrypted");
    assert.deepEqual([...(versleuteld.iv ?? [])], [...iv], "iv");
    assert.equal(versleuteld.kop.length, 22, "the header is the additional data");
  });

  const kapot: [string, Uint8Array, RegExp][] = [
    ["another file", new TextEncoder().encode("PGDMP custom dump"), /geen back-up van Meldwijzer/u],
    ["an empty file", new Uint8Array(), /geen back-up van Meldwijzer/u],
    ["a newer format", new Uint8Array([...new TextEncoder().encode("MWBACKUP"), 2, 0]), /formaatversie 2/u],
    [
      "an unknown encryption",
      new Uint8Array([...new TextEncoder().encode("MWBACKUP"), 1, 5]),
      /onbekende versleuteling/u,
    ],
    ["a cut-off encrypted file", new Uint8Array([...new TextEncoder().encode("MWBACKUP"), 1, 1, 1, 2]), /afgebroken/u],
  ];
  for (const [wat, bytes, melding] of kapot) {
    it(`refuses ${wat}`, () =>
      assert.throws(
        () => leesKop(bytes),
        (f: unknown) => f instanceof BackupFout && melding.test(f.message),
        wat,
      ));
  }

  it("refuses a payload whose manifest is cut off or not a manifest", () => {
    const heel = verpak(MANIFEST, new Uint8Array());
    assert.throws(() => pakUit(heel.subarray(0, 10)), /afgebroken/u, "cut off");
    assert.throws(
      () => pakUit(verpak({ ...MANIFEST, soort: "mysql" } as unknown as Manifest, new Uint8Array())),
      /klopt niet/u,
      "another kind",
    );
  });
});

describe("the backup key (MELDWIJZER_BACKUP_SLEUTEL)", () => {
  const hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  const gevallen: [string, string | undefined, "geen" | "sleutel" | "fout"][] = [
    ["unset", undefined, "geen"],
    ["blank", "  ", "geen"],
    ["64 hex characters", hex, "sleutel"],
    ["hex in capitals", hex.toUpperCase(), "sleutel"],
    ["base64 of 32 bytes", Buffer.from(hex, "hex").toString("base64"), "sleutel"],
    ["a passphrase", "correct horse battery staple", "fout"],
    ["62 hex characters", hex.slice(2), "fout"],
    ["base64 of 16 bytes", Buffer.alloc(16, 1).toString("base64"), "fout"],
  ];
  for (const [wat, waarde, verwacht] of gevallen) {
    it(wat, () => {
      if (verwacht === "fout") return assert.throws(() => leesBackupSleutel(waarde), /precies 32 bytes/u, wat);
      const sleutel = leesBackupSleutel(waarde);
      if (verwacht === "geen") return assert.equal(sleutel, null, wat);
      assert.deepEqual([...(sleutel ?? [])], [...Buffer.from(hex, "hex")], wat);
    });
  }
});

describe("dump tools and server versions", () => {
  it("reads the major version", () => {
    assert.equal(hoofdversie("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"), 15, "debian");
    assert.equal(hoofdversie("pg_restore (PostgreSQL) 17.2"), 17, "plain");
    assert.equal(hoofdversie("bash: pg_dump: command not found"), null, "absent");
  });
  const gevallen: [number, number, boolean][] = [
    [15, 15, true],
    [16, 15, true],
    [15, 16, false],
  ];
  for (const [programma, server, past] of gevallen) {
    it(`${programma} against server ${server}: ${past ? "fits" : "refused"}`, () =>
      assert.equal(programmaPastBij(programma, server), past, "fit"));
  }
});
