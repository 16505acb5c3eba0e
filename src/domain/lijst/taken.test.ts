import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  grenzenPerRang,
  HOOGSTE_DAG,
  HOOGSTE_ID,
  LAAGSTE_DAG,
  LAAGSTE_ID,
  omgekeerd,
  oplopend,
  rangVan,
  TAAK_VOLGORDES,
  vergelijkTaken,
  ZONDER_DATUM,
  type TaakLeesvolgorde,
  type TaakSleutel,
} from "./taken.ts";

const ID = (n: number) => `${String(n).padStart(8, "0")}-0000-4000-8000-000000000000`;
const taak = (rang: number, sinds: string | null, n: number): TaakSleutel => ({ rang, sinds, dossierId: ID(n) });

describe("vergelijkTaken: the three orders of Mijn taken", () => {
  const a = taak(0, "2026-12-01", 1);
  const b = taak(2, "2026-11-01", 2);
  const c = taak(2, null, 3);
  const d = taak(0, "2026-12-01", 4);
  const gevallen: readonly [TaakLeesvolgorde, TaakSleutel[]][] = [
    ["urgentie", [a, d, b, c]],
    ["wachtend", [b, a, d, c]],
    ["nieuwste", [c, d, a, b]],
    ["urgentie_terug", [c, b, d, a]],
  ];
  for (const [volgorde, verwacht] of gevallen)
    it(volgorde, () =>
      assert.deepEqual(
        [c, b, d, a].sort((x, y) => vergelijkTaken(volgorde, x, y)),
        verwacht,
      ),
    );

  it("a task without a day sorts as ZONDER_DATUM, after every day", () => {
    assert.equal(vergelijkTaken("wachtend", taak(1, null, 1), taak(1, ZONDER_DATUM, 1)), 0);
    assert.ok(vergelijkTaken("wachtend", taak(1, "2999-12-31", 1), taak(1, null, 1)) < 0);
  });

  it("each order turned round (omgekeerd) sorts exactly the other way", () => {
    const alle = [a, b, c, d, taak(8, null, 9), taak(5, "2026-11-30", 7)];
    for (const volgorde of TAAK_VOLGORDES)
      assert.deepEqual(
        [...alle].sort((x, y) => vergelijkTaken(omgekeerd(volgorde), x, y)),
        [...alle].sort((x, y) => vergelijkTaken(volgorde, x, y)).reverse(),
        volgorde,
      );
  });

  it("the rank is the position in TAAK_SOORTEN", () => {
    assert.equal(rangVan("vt_bellen"), 0);
    assert.equal(rangVan("stap_blijft_liggen"), 8);
  });
});

describe("grenzenPerRang", () => {
  const tabel: readonly [
    string,
    TaakLeesvolgorde,
    TaakSleutel | null,
    readonly number[],
    ReturnType<typeof grenzenPerRang>,
  ][] = [
    [
      "first page, ascending",
      "wachtend",
      null,
      [1, 4],
      [1, 4].map((rang) => ({ rang, sinds: LAAGSTE_DAG, dossierId: LAAGSTE_ID })),
    ],
    [
      "urgentie: the kinds before the position are done",
      "urgentie",
      taak(2, "2026-12-01", 5),
      [0, 2, 3],
      [
        { rang: 2, sinds: "2026-12-01", dossierId: ID(5) },
        { rang: 3, sinds: LAAGSTE_DAG, dossierId: LAAGSTE_ID },
      ],
    ],
    [
      "wachtend: a later kind still has the day, an earlier kind not",
      "wachtend",
      taak(2, "2026-12-01", 5),
      [1, 2, 3],
      [
        { rang: 1, sinds: "2026-12-01", dossierId: HOOGSTE_ID },
        { rang: 2, sinds: "2026-12-01", dossierId: ID(5) },
        { rang: 3, sinds: "2026-12-01", dossierId: LAAGSTE_ID },
      ],
    ],
    [
      "urgentie turned round: the more urgent kinds are still to come, whole",
      "urgentie_terug",
      taak(2, "2026-12-01", 5),
      [0, 2, 3],
      [
        { rang: 0, sinds: HOOGSTE_DAG, dossierId: HOOGSTE_ID },
        { rang: 2, sinds: "2026-12-01", dossierId: ID(5) },
      ],
    ],
    [
      "nieuwste: the other way round",
      "nieuwste",
      taak(2, null, 5),
      [1, 2, 3],
      [
        { rang: 1, sinds: ZONDER_DATUM, dossierId: HOOGSTE_ID },
        { rang: 2, sinds: ZONDER_DATUM, dossierId: ID(5) },
        { rang: 3, sinds: ZONDER_DATUM, dossierId: LAAGSTE_ID },
      ],
    ],
  ];
  for (const [naam, volgorde, na, rangen, verwacht] of tabel)
    it(naam, () => assert.deepEqual(grenzenPerRang(volgorde, na, rangen), verwacht));

  it("the bounds select exactly the tasks after every position, in every order (all positions of a generated set)", () => {
    // Few days, kinds and ids, so that ties on the day and on the kind are common.
    const dagen = ["2026-11-30", "2026-12-01", "2026-12-02", null];
    const alle: TaakSleutel[] = [];
    let n = 0;
    for (const sinds of dagen)
      for (const rang of [0, 2, 5, 8]) for (let i = 0; i < 3; i++) alle.push(taak(rang, sinds, (n = (n * 7 + 3) % 97)));
    const binnen = (t: TaakSleutel, g: { sinds: string; dossierId: string }, op: boolean) => {
      const a = t.sinds ?? ZONDER_DATUM;
      const c = a < g.sinds ? -1 : a > g.sinds ? 1 : t.dossierId < g.dossierId ? -1 : t.dossierId > g.dossierId ? 1 : 0;
      return op ? c > 0 : c < 0;
    };
    for (const volgorde of [...TAAK_VOLGORDES, "urgentie_terug"] as const)
      for (const na of [null, ...alle])
        for (const rangen of [[0, 2, 5, 8], [5]]) {
          const verwacht = alle
            .filter((t) => rangen.includes(t.rang) && (na === null || vergelijkTaken(volgorde, t, na) > 0))
            .sort((x, y) => vergelijkTaken(volgorde, x, y));
          const grenzen = grenzenPerRang(volgorde, na, rangen);
          const gekozen = alle
            .filter((t) => grenzen.some((g) => g.rang === t.rang && binnen(t, g, oplopend(volgorde))))
            .sort((x, y) => vergelijkTaken(volgorde, x, y));
          assert.deepEqual(gekozen, verwacht, `${volgorde} na ${JSON.stringify(na)} ${rangen.join(",")}`);
        }
  });
});
