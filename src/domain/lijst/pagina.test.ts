import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { cursorSchema, leesCursor, maakCursor, sluitPagina, type Positie } from "./pagina.ts";

const SLEUTEL = z.tuple([z.string().regex(/^\d{4}-/), z.uuid()]);
const ID = "0b6f9f2e-8c1d-4f5a-9e3b-2a7c5d1e4f60";

describe("cursor", () => {
  it("round-trips, and is base64url as Node encodes it", () => {
    const gevallen: Positie[] = [
      { richting: "na", volgorde: "activiteit", sleutel: ["2026-12-04T10:00:00.123456Z", ID] },
      { richting: "voor", volgorde: "tijd", sleutel: ["2026-12-04T10:00:00.123000Z", "17", "org"] },
      { richting: "na", volgorde: "é", sleutel: ["ü", "a", "ab", "abc"] },
    ];
    for (const positie of gevallen) {
      const cursor = maakCursor(positie);
      assert.match(cursor, /^[A-Za-z0-9_-]+$/);
      const json = JSON.stringify([positie.richting, positie.volgorde, ...positie.sleutel]);
      assert.equal(cursor, Buffer.from(json, "utf8").toString("base64url"));
      assert.deepEqual(leesCursor(cursor), positie);
    }
  });

  it("reads nothing that it did not make", () => {
    const json = (w: unknown) => Buffer.from(JSON.stringify(w)).toString("base64url");
    const gevallen = [
      "",
      "!!!!",
      "a",
      "abc=",
      "ZZZZ",
      Buffer.from("geen json").toString("base64url"),
      Buffer.from([0xff, 0xfe, 0x22]).toString("base64url"),
      json({ richting: "na" }),
      json(["na", "activiteit"]),
      json(["zijwaarts", "activiteit", "x"]),
      json(["na", "activiteit", 5]),
      json(["na", null, "x"]),
    ];
    for (const tekst of gevallen) assert.equal(leesCursor(tekst), null, tekst);
  });

  it("validates a list's cursor: its order and the form of its key, as a field error", () => {
    const schema = cursorSchema(["activiteit", "geopend"], SLEUTEL);
    const goed = maakCursor({ richting: "na", volgorde: "geopend", sleutel: ["2026-12-04T10:00:00.000000Z", ID] });
    assert.equal(schema.safeParse(goed).success, true);
    const fout = [
      maakCursor({ richting: "na", volgorde: "anders", sleutel: ["2026-12-04T10:00:00.000000Z", ID] }),
      maakCursor({ richting: "na", volgorde: "geopend", sleutel: ["gisteren", ID] }),
      maakCursor({ richting: "na", volgorde: "geopend", sleutel: ["2026-12-04T10:00:00.000000Z", "geen-uuid"] }),
      maakCursor({ richting: "na", volgorde: "geopend", sleutel: ["2026-12-04T10:00:00.000000Z"] }),
      "%%%",
      "A".repeat(401),
    ];
    for (const tekst of fout) {
      const r = schema.safeParse(tekst);
      assert.equal(r.success, false, tekst);
      if (tekst.length <= 400) assert.equal(r.error?.issues[0]?.message, "fout.ongeldige_cursor");
    }
  });
});

describe("sluitPagina", () => {
  const sleutelVan = (n: number) => [String(n)];
  const positie = (richting: "na" | "voor", n: number): Positie => ({ richting, volgorde: "v", sleutel: [String(n)] });
  const lees = (cursor: string | null) => (cursor === null ? null : leesCursor(cursor));

  it("first page: no previous, a next only when there is more", () => {
    const p = sluitPagina([9, 8, 7], null, "v", sleutelVan, 2);
    assert.deepEqual(p.items, [9, 8]);
    assert.equal(p.vorige, null);
    assert.deepEqual(lees(p.volgende), positie("na", 8));
    const laatste = sluitPagina([9, 8], null, "v", sleutelVan, 2);
    assert.equal(laatste.volgende, null);
  });

  it("forwards from a position: previous points before the first row shown", () => {
    const p = sluitPagina([6, 5], positie("na", 7), "v", sleutelVan, 2);
    assert.deepEqual(p.items, [6, 5]);
    assert.equal(p.volgende, null);
    assert.deepEqual(lees(p.vorige), positie("voor", 6));
    const leeg = sluitPagina([], positie("na", 7), "v", sleutelVan, 2);
    assert.deepEqual(lees(leeg.vorige), positie("voor", 7));
  });

  it("backwards: rows come ascending and are turned around; next always exists", () => {
    const p = sluitPagina([7, 8, 9], positie("voor", 6), "v", sleutelVan, 2);
    assert.deepEqual(p.items, [8, 7]);
    assert.deepEqual(lees(p.volgende), positie("na", 7));
    assert.deepEqual(lees(p.vorige), positie("voor", 8));
    const boven = sluitPagina([7], positie("voor", 6), "v", sleutelVan, 2);
    assert.deepEqual(boven.items, [7]);
    assert.equal(boven.vorige, null);
    assert.deepEqual(lees(boven.volgende), positie("na", 7));
  });
});
