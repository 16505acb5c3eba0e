import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ANONIEME_KETEN,
  BEGIN_HASH,
  beginVan,
  canoniek,
  controleerKeten,
  ketenHash,
  ketenVan,
  OUDE_KETEN,
  verzegel,
  type LogInhoud,
  type LogRegel,
  type OnverzegeldeRegel,
} from "./logketen.ts";

function inhoud(volgnummer: number, extra: Partial<LogInhoud> = {}): LogInhoud {
  return {
    keten: "org",
    volgnummer,
    tijdstip: `2026-11-22T09:00:0${volgnummer % 10}.000Z`,
    organisatieId: "org",
    gebruikerId: "u",
    rol: "medewerker",
    namens: null,
    actie: "dossier_bekijken",
    dossierId: "d",
    uitkomst: "gelukt",
    grondslag: "eigen",
    adres: "127.0.0.1",
    details: null,
    ...extra,
  };
}

const START = beginVan("org", BEGIN_HASH);

function keten(n: number): LogRegel[] {
  const regels: LogRegel[] = [];
  let vorige = START;
  for (let i = 1; i <= n; i += 1) {
    const regel = { ...inhoud(i), vorigeHash: vorige, hash: ketenHash(vorige, inhoud(i)) };
    regels.push(regel);
    vorige = regel.hash;
  }
  return regels;
}

describe("the access-log hash chain", () => {
  it("canonical content has a fixed order and explicit nulls; the chain leads, except in the old chain", () => {
    assert.equal(
      canoniek(inhoud(1)),
      '["org",1,"2026-11-22T09:00:01.000Z","org","u","medewerker",null,"dossier_bekijken","d","gelukt","eigen","127.0.0.1",null]',
      "canoniek",
    );
    assert.equal(
      canoniek(inhoud(1, { keten: OUDE_KETEN })),
      '[1,"2026-11-22T09:00:01.000Z","org","u","medewerker",null,"dossier_bekijken","d","gelukt","eigen","127.0.0.1",null]',
      "the old chain keeps the format it was written in",
    );
    assert.notEqual(
      ketenHash(BEGIN_HASH, inhoud(1)),
      ketenHash(BEGIN_HASH, inhoud(1, { namens: "" })),
      "null differs from empty",
    );
  });

  it("accepts an intact chain, also in pages", () => {
    const regels = keten(6);
    assert.deepEqual(
      controleerKeten(regels, { volgnummer: 0, hash: START }),
      { gecontroleerd: 6, eersteBreuk: null, laatsteHash: regels[5]?.hash },
      "heel",
    );
    const eerste = controleerKeten(regels.slice(0, 3), { volgnummer: 0, hash: START });
    assert.equal(
      controleerKeten(regels.slice(3), { volgnummer: 3, hash: eerste.laatsteHash }).eersteBreuk,
      null,
      "tweede pagina",
    );
  });

  const manipulaties: [string, (r: LogRegel[]) => LogRegel[], unknown][] = [
    [
      "an edited field",
      (r) => r.map((x) => (x.volgnummer === 3 ? { ...x, gebruikerId: "iemand-anders" } : x)),
      { soort: "inhoud", keten: "org", volgnummer: 3 },
    ],
    [
      "an edited time",
      (r) => r.map((x) => (x.volgnummer === 2 ? { ...x, tijdstip: "2026-11-21T09:00:00.000Z" } : x)),
      { soort: "inhoud", keten: "org", volgnummer: 2 },
    ],
    [
      "an edited entry with its own hash recomputed",
      (r) =>
        r.map((x) =>
          x.volgnummer === 2 ? { ...x, actie: "x", hash: ketenHash(x.vorigeHash, { ...x, actie: "x" }) } : x,
        ),
      { soort: "schakel", keten: "org", volgnummer: 3 },
    ],
    [
      "a removed entry",
      (r) => r.filter((x) => x.volgnummer !== 4),
      { soort: "volgnummer", keten: "org", volgnummer: 5, verwacht: 4 },
    ],
    ["the last entry removed is invisible to the chain alone", (r) => r.slice(0, -1), null],
    [
      "an inserted entry, renumbered after it",
      (r) => {
        const nep = { ...inhoud(3, { actie: "nep" }), vorigeHash: r[1]?.hash ?? "", hash: "" };
        return [
          ...r.slice(0, 2),
          { ...nep, hash: ketenHash(nep.vorigeHash, nep) },
          ...r.slice(2).map((x) => ({ ...x, volgnummer: x.volgnummer + 1 })),
        ];
      },
      { soort: "schakel", keten: "org", volgnummer: 4 },
    ],
    [
      "two entries swapped",
      (r) => [r[0], r[2], r[1], ...r.slice(3)].filter((x): x is LogRegel => x !== undefined),
      { soort: "volgnummer", keten: "org", volgnummer: 3, verwacht: 2 },
    ],
  ];
  for (const [naam, doe, breuk] of manipulaties) {
    it(`names the first broken entry: ${naam}`, () =>
      assert.deepEqual(controleerKeten(doe(keten(6)), { volgnummer: 0, hash: START }).eersteBreuk, breuk, naam));
  }

  it("gives every organisation its own chain, and entries without one a chain together", () => {
    assert.equal(ketenVan("6f1c0000-0000-4000-8000-000000000001"), "6f1c0000-0000-4000-8000-000000000001");
    assert.equal(ketenVan(null), ANONIEME_KETEN);
  });

  it("starts every new chain at the last hash of the closed old chain, and the old chain at 64 zeros", () => {
    const kop = "ab".repeat(32);
    assert.equal(beginVan(OUDE_KETEN, kop), BEGIN_HASH, "the old chain");
    assert.notEqual(
      beginVan("org", kop),
      beginVan("org", BEGIN_HASH),
      "an entry appended to the old chain moves every new chain's start",
    );
    assert.notEqual(beginVan("org", kop), beginVan("andere-org", kop), "each chain its own start");
    assert.equal(
      controleerKeten(keten(3), { volgnummer: 0, hash: beginVan("org", kop) }).eersteBreuk?.soort,
      "schakel",
      "checked against another start, the first link breaks",
    );
  });

  it("an entry moved to another chain no longer matches its hash", () => {
    const [eerste] = keten(1);
    assert.ok(eerste);
    const verhuisd = { ...eerste, keten: "andere-org", vorigeHash: beginVan("andere-org", BEGIN_HASH) };
    assert.deepEqual(
      controleerKeten([verhuisd], { volgnummer: 0, hash: beginVan("andere-org", BEGIN_HASH) }).eersteBreuk,
      { soort: "inhoud", keten: "andere-org", volgnummer: 1 },
    );
  });

  /** An accepted entry: the content of `inhoud(n)` without its number, with an id. */
  function aanvaard(id: number, n: number): OnverzegeldeRegel {
    const { volgnummer: _v, ...rest } = inhoud(n);
    return { ...rest, id };
  }

  const verzegelGevallen: [string, { volgnummer: number; hash: string } | "na drie", OnverzegeldeRegel[], number[]][] =
    [
      ["a chain's first entries", { volgnummer: 0, hash: START }, [aanvaard(11, 1), aanvaard(12, 2)], [1, 2]],
      [
        "after the sealed head of an earlier batch",
        "na drie",
        [aanvaard(20, 4), aanvaard(21, 5), aanvaard(22, 6)],
        [4, 5, 6],
      ],
      [
        "in the order given, not by id: the sealer's order",
        { volgnummer: 0, hash: START },
        [aanvaard(9, 1), aanvaard(5, 2)],
        [1, 2],
      ],
      ["nothing to seal", { volgnummer: 0, hash: START }, [], []],
    ];
  for (const [naam, kop, regels, nummers] of verzegelGevallen) {
    it(`seals accepted entries into a chain that verifies: ${naam}`, () => {
      const eerder = kop === "na drie" ? keten(3) : [];
      const vanaf = kop === "na drie" ? { volgnummer: 3, hash: eerder[2]?.hash ?? "" } : kop;
      const zegels = verzegel(vanaf, regels);
      assert.deepEqual(
        zegels.map((z) => z.volgnummer),
        nummers,
      );
      assert.deepEqual(
        zegels.map((z) => z.id),
        regels.map((r) => r.id),
        "each seal names its entry",
      );
      const verzegeld: LogRegel[] = regels.map((r, i) => {
        const { id: _id, ...rest } = r;
        const z = zegels[i];
        assert.ok(z);
        return { ...rest, volgnummer: z.volgnummer, vorigeHash: z.vorigeHash, hash: z.hash };
      });
      assert.deepEqual(controleerKeten([...eerder, ...verzegeld], { volgnummer: 0, hash: START }), {
        gecontroleerd: eerder.length + regels.length,
        eersteBreuk: null,
        laatsteHash: verzegeld.at(-1)?.hash ?? eerder.at(-1)?.hash ?? START,
      });
    });
  }

  it("a sealed entry has the hash an append under the lock of decision 0028 gave it: old and new entries verify alike", () => {
    const [z] = verzegel({ volgnummer: 0, hash: START }, [aanvaard(1, 1)]);
    assert.deepEqual(z, { id: 1, volgnummer: 1, vorigeHash: START, hash: keten(1)[0]?.hash });
  });
});
