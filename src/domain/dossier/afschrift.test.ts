import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import {
  alsTekst,
  controleerWeglatingen,
  knipTekst,
  maakAfschrift,
  vermeldingenVoorAfschrift,
  vindTekst,
  voegWeglatingenSamen,
  weglatingenSamenvatting,
  type Deel,
  type Vermelding,
} from "./afschrift.ts";
import type { Weglating } from "./gebeurtenis.ts";
import type { Weigergrond } from "./keuzes.ts";
import { bouwToestand } from "./toestand.ts";
import { gebeurtenissenBouwer, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";

const marker = (gronden: readonly Weigergrond[]) => `[weggelaten: ${gronden.join(", ")}]`;
const tekstVan = (delen: readonly Deel[]) => alsTekst(delen, marker);
const I = "identiteit_informant" as const;
const D = "privacy_derden" as const;

describe("knipTekst: spans withheld from one field", () => {
  const gevallen: [string, string, { van: number; tot: number; grond: Weigergrond }[], string][] = [
    ["no spans: the text as it is", "Buurvrouw Jansen belde.", [], "Buurvrouw Jansen belde."],
    [
      "a span in the middle",
      "Buurvrouw Jansen belde.",
      [{ van: 10, tot: 16, grond: I }],
      "Buurvrouw [weggelaten: identiteit_informant] belde.",
    ],
    [
      "a span at the start",
      "Jansen belde.",
      [{ van: 0, tot: 6, grond: I }],
      "[weggelaten: identiteit_informant] belde.",
    ],
    [
      "a span at the end",
      "Gemeld door Jansen",
      [{ van: 12, tot: 18, grond: I }],
      "Gemeld door [weggelaten: identiteit_informant]",
    ],
    ["the whole text", "Jansen", [{ van: 0, tot: 6, grond: I }], "[weggelaten: identiteit_informant]"],
    [
      "overlapping spans merge, both grounds named",
      "Ria Jansen belde",
      [
        { van: 0, tot: 6, grond: D },
        { van: 4, tot: 10, grond: I },
      ],
      "[weggelaten: identiteit_informant, privacy_derden] belde",
    ],
    [
      "a span inside another merges into it",
      "Ria Jansen belde",
      [
        { van: 0, tot: 10, grond: I },
        { van: 4, tot: 7, grond: I },
      ],
      "[weggelaten: identiteit_informant] belde",
    ],
    [
      "touching spans merge into one marker",
      "RiaJansen belde",
      [
        { van: 0, tot: 3, grond: I },
        { van: 3, tot: 9, grond: I },
      ],
      "[weggelaten: identiteit_informant] belde",
    ],
    [
      "separate spans stay separate",
      "Ria en Jan",
      [
        { van: 0, tot: 3, grond: I },
        { van: 7, tot: 10, grond: D },
      ],
      "[weggelaten: identiteit_informant] en [weggelaten: privacy_derden]",
    ],
    [
      "spans in any order",
      "Ria en Jan",
      [
        { van: 7, tot: 10, grond: D },
        { van: 0, tot: 3, grond: I },
      ],
      "[weggelaten: identiteit_informant] en [weggelaten: privacy_derden]",
    ],
    [
      "unicode: accents and an emoji around a name",
      "Zoë 👩‍👧 Çelik",
      [{ van: 10, tot: 15, grond: I }],
      "Zoë 👩‍👧 [weggelaten: identiteit_informant]",
    ],
    [
      "a span past the end is cut at the end",
      "Jansen",
      [{ van: 3, tot: 60, grond: I }],
      "Jan[weggelaten: identiteit_informant]",
    ],
  ];
  for (const [naam, tekst, spans, verwacht] of gevallen) {
    it(naam, () => {
      const delen = knipTekst(tekst, spans);
      assert.equal(tekstVan(delen), verwacht);
      // Whatever is withheld is not in the parts at all, not only hidden by the rendering.
      for (const s of spans) {
        const weg = tekst.slice(s.van, s.tot);
        if (weg.length > 0)
          assert.ok(!delen.some((d) => d.soort === "tekst" && d.tekst.includes(weg) && !verwacht.includes(weg)), weg);
      }
    });
  }
});

/** A dossier in which the informant's name, "Ria Jansen", is written in three entries. */
const bouw = gebeurtenissenBouwer({ vandaag: "2026-11-22" });
const gebeurtenissen = bouw(
  { ...OPENING, gegevens: { ...OPENING.gegevens, omschrijving: "Ria Jansen (buurvrouw) maakt zich zorgen." } },
  {
    ...SIGNAAL,
    gegevens: {
      ...SIGNAAL.gegevens,
      waarneming: "Volgens ria jansen huilt K. vaak 's nachts.",
      waargenomenDoor: "Ria Jansen",
      bron: "netwerk_gezin",
    },
  },
  {
    type: "consultatie_gehouden",
    gegevens: {
      met: "collega",
      naam: "Ans",
      datum: "2026-11-20",
      uitkomst: "Zorg gedeeld; RIA JANSEN belt opnieuw.",
      vervolgstap: "Gesprek met moeder.",
    },
  },
  {
    type: "inzageverzoek_ontvangen",
    gegevens: { verzoeker: "ouder", naam: "Moeder van K.", datum: "2026-11-21", gevraagd: "Het hele dossier." },
  },
);
const vermeldingen = vermeldingenVoorAfschrift(gebeurtenissen, 4);
const NAAM = "Ria Jansen";

describe("vermeldingenVoorAfschrift", () => {
  it("covers every entry up to the version, except the inspection entries, with who recorded it as a field", () => {
    assert.deepEqual(
      vermeldingen.map((v) => v.volgnummer),
      [1, 2, 3],
    );
    assert.deepEqual(
      vermeldingen[0]?.velden.map((v) => v.pad),
      ["vastgelegdDoor", "werknaam", "aanleiding", "omschrijving"],
    );
    assert.ok(vermeldingen[1]?.velden.some((v) => v.pad === "disclosure" && v.waarde === "false"));
    assert.deepEqual(
      vermeldingenVoorAfschrift(gebeurtenissen, 2).map((v) => v.volgnummer),
      [1, 2],
    );
  });
});

describe("vindTekst and maakAfschrift: a name in several entries", () => {
  it("finds the name in every entry, whatever its case, and the copy holds it nowhere", () => {
    const spans = vindTekst(vermeldingen, NAAM, I);
    assert.deepEqual(
      spans.map((s) => [s.veld, s.van, s.tot]),
      [
        ["omschrijving", 0, 10],
        ["waarneming", 8, 18],
        ["waargenomenDoor", 0, 10],
        ["uitkomst", 14, 24],
      ],
    );
    const afschrift = maakAfschrift(vermeldingen, spans);
    const alles = JSON.stringify(afschrift).toLowerCase();
    assert.ok(!alles.includes("ria jansen"), alles);
    assert.ok(!alles.includes("jansen"), alles);
    assert.equal(
      tekstVan(afschrift[1]!.velden.find((v) => v.pad === "waarneming")!.delen),
      "Volgens [weggelaten: identiteit_informant] huilt K. vaak 's nachts.",
    );
  });
  it("a search text of one character finds nothing; special characters are taken literally", () => {
    assert.deepEqual(vindTekst(vermeldingen, "a", I), []);
    assert.deepEqual(vindTekst(vermeldingen, "K.)", I), []);
    assert.deepEqual(
      vindTekst(vermeldingen, "(buurvrouw)", D).map((s) => [s.van, s.tot]),
      [[11, 22]],
    );
  });
  it("finds a name with accents and a character outside the BMP on whole characters", () => {
    const v: Vermelding[] = [{ ...vermeldingen[0]!, velden: [{ pad: "omschrijving", waarde: "𝒵oë ÇELIK en çelik" }] }];
    const spans = vindTekst(v, "çelik", I);
    assert.deepEqual(
      spans.map((s) => [s.van, s.tot]),
      [
        [5, 10],
        [14, 19],
      ],
    );
    assert.equal(
      tekstVan(maakAfschrift(v, spans)[0]!.velden[0]!.delen),
      "𝒵oë [weggelaten: identiteit_informant] en [weggelaten: identiteit_informant]",
    );
  });
  it("the same search twice adds no marks", () => {
    const spans = vindTekst(vermeldingen, NAAM, I);
    assert.equal(voegWeglatingenSamen(spans, vindTekst(vermeldingen, NAAM, I)).length, spans.length);
    assert.equal(voegWeglatingenSamen(spans, vindTekst(vermeldingen, NAAM, D)).length, spans.length * 2);
  });
});

describe("maakAfschrift: entry, field and span", () => {
  const signaal = vermeldingen[1]!;
  const gevallen: [
    string,
    Omit<Weglating, "gebeurtenisId">[],
    (a: ReturnType<typeof maakAfschrift>[number]) => unknown,
    unknown,
  ][] = [
    [
      "a whole entry: no field is left, the grounds are named",
      [{ grond: D }, { grond: I }],
      (a) => [a.weggelaten, a.velden.length],
      [[I, D], 0],
    ],
    [
      "a whole entry outranks its fields and spans",
      [{ grond: D }, { veld: "waarneming", grond: I }, { veld: "plaats", van: 0, tot: 2, grond: I }],
      (a) => [a.weggelaten, a.velden.length],
      [[D], 0],
    ],
    [
      "one field",
      [{ veld: "waargenomenDoor", grond: I }],
      (a) => a.velden.map((v) => tekstVan(v.delen)).join(" | "),
      "Test Medewerker | signaal | Volgens ria jansen huilt K. vaak 's nachts. | 2026-11-10 | [weggelaten: identiteit_informant] | netwerk_gezin | false | false",
    ],
    [
      "a field outranks its spans",
      [
        { veld: "waarneming", van: 0, tot: 7, grond: D },
        { veld: "waarneming", grond: I },
      ],
      (a) => tekstVan(a.velden.find((v) => v.pad === "waarneming")!.delen),
      "[weggelaten: identiteit_informant]",
    ],
    [
      "who recorded the entry can be withheld",
      [{ veld: "vastgelegdDoor", grond: I }],
      (a) => tekstVan(a.velden[0]!.delen),
      "[weggelaten: identiteit_informant]",
    ],
    [
      "marks on another entry change nothing here",
      [],
      (a) => [a.weggelaten, a.velden.every((v) => v.delen.every((d) => d.soort === "tekst"))],
      [null, true],
    ],
  ];
  for (const [naam, marks, toon, verwacht] of gevallen) {
    it(naam, () => {
      const andere: Weglating = { gebeurtenisId: vermeldingen[0]!.gebeurtenisId, grond: I };
      const afschrift = maakAfschrift(vermeldingen, [
        andere,
        ...marks.map((m) => ({ ...m, gebeurtenisId: signaal.gebeurtenisId })),
      ]);
      assert.deepEqual(toon(afschrift[1]!), verwacht);
      assert.deepEqual(afschrift[1]!.volgnummer, 2, "the entry keeps its number");
    });
  }
});

describe("controleerWeglatingen", () => {
  const id = vermeldingen[1]!.gebeurtenisId;
  const gevallen: [string, Weglating, string | null][] = [
    ["a span inside the text", { gebeurtenisId: id, veld: "waargenomenDoor", van: 0, tot: 10, grond: I }, null],
    ["a whole entry", { gebeurtenisId: id, grond: I }, null],
    ["an entry that is not in the copy", { gebeurtenisId: gebeurtenissen[3]!.id, grond: I }, "fout.weglating_onbekend"],
    ["a field the entry does not have", { gebeurtenisId: id, veld: "naam", grond: I }, "fout.weglating_veld_onbekend"],
    [
      "a span past the end of the text",
      { gebeurtenisId: id, veld: "waargenomenDoor", van: 0, tot: 11, grond: I },
      "fout.weglating_buiten_tekst",
    ],
  ];
  for (const [naam, w, sleutel] of gevallen) {
    it(naam, () =>
      assert.deepEqual(
        controleerWeglatingen(vermeldingen, [w]).map((f) => f.sleutel),
        sleutel ? [sleutel] : [],
      ),
    );
  }
  it("a span that cuts a character in two", () => {
    const v: Vermelding[] = [{ ...vermeldingen[0]!, velden: [{ pad: "omschrijving", waarde: "a𝒵b" }] }];
    assert.deepEqual(
      controleerWeglatingen(v, [
        { gebeurtenisId: v[0]!.gebeurtenisId, veld: "omschrijving", van: 2, tot: 4, grond: I },
      ]).map((f) => f.sleutel),
      ["fout.weglating_buiten_tekst"],
    );
    assert.deepEqual(
      controleerWeglatingen(v, [
        { gebeurtenisId: v[0]!.gebeurtenisId, veld: "omschrijving", van: 1, tot: 3, grond: I },
      ]),
      [],
    );
  });
});

describe("the inspection entries in the dossier", () => {
  const verzoekId = gebeurtenissen[3]!.id;
  const spans = vindTekst(vermeldingen, NAAM, I);
  const voorbereid = { type: "inzage_voorbereid", gegevens: { verzoek: verzoekId, weglatingen: spans } };
  const verstrekt = {
    type: "inzage_verstrekt",
    gegevens: { verzoek: verzoekId, datum: "2026-11-22", aan: "Moeder van K.", wijze: "persoonlijk" },
  };
  const basis = [
    { type: "dossier_geopend", gegevens: gebeurtenissen[0]!.gegevens },
    { type: "signaal_vastgelegd", gegevens: gebeurtenissen[1]!.gegevens },
    { type: "consultatie_gehouden", gegevens: gebeurtenissen[2]!.gegevens },
    { type: "inzageverzoek_ontvangen", gegevens: gebeurtenissen[3]!.gegevens },
  ];
  const fout = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof DomeinFout) return e.velden.map((v) => v.sleutel);
      throw e;
    }
    return assert.fail("verwacht een DomeinFout");
  };

  it("the marks are stored with the version they cover, and the handing over takes them from there", () => {
    const toestand = bouwToestand(bouw(...basis, voorbereid, verstrekt));
    const verzoek = toestand.inzage[0]!;
    assert.equal(verzoek.voorbereiding?.gegevens.totVolgnummer, 4);
    assert.deepEqual(verzoek.verstrekt?.gegevens.weglatingen, spans);
    assert.equal(verzoek.verstrekt?.gegevens.totVolgnummer, 4);
  });
  it("a closed dossier takes a request, the marks and the handing over", () => {
    const toestand = bouwToestand(
      bouw(
        basis[0]!,
        { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen." } },
        { ...basis[3]!, gegevens: { ...basis[3]!.gegevens } },
      ),
    );
    assert.equal(toestand.status, "gesloten");
    assert.equal(toestand.inzage.length, 1);
  });
  const weigeringen: [string, { type: string; gegevens: unknown }[], string[]][] = [
    ["handing over without saved marks", [...basis, verstrekt], ["fout.afschrift_niet_voorbereid"]],
    [
      "handing over with marks of the caller's own",
      [...basis, voorbereid, { ...verstrekt, gegevens: { ...verstrekt.gegevens, weglatingen: [] } }],
      ["fout.weglatingen_uit_voorbereiding"],
    ],
    ["handing over twice", [...basis, voorbereid, verstrekt, verstrekt], ["fout.verzoek_al_verstrekt"]],
    [
      "handing over when an entry came after the marks",
      [...basis, voorbereid, { type: "signaal_vastgelegd", gegevens: SIGNAAL.gegevens }, verstrekt],
      ["fout.afschrift_verouderd"],
    ],
    [
      "marks for a request that does not exist",
      [...basis, { ...voorbereid, gegevens: { ...voorbereid.gegevens, verzoek: gebeurtenissen[1]!.id } }],
      ["fout.verzoek_onbekend"],
    ],
    [
      "a mark outside the text",
      [...basis, { ...voorbereid, gegevens: { verzoek: verzoekId, weglatingen: [{ ...spans[0]!, tot: 400 }] } }],
      ["fout.weglating_buiten_tekst"],
    ],
    [
      "a mark with a start and no end",
      [
        ...basis,
        {
          ...voorbereid,
          gegevens: { verzoek: verzoekId, weglatingen: [{ gebeurtenisId: verzoekId, veld: "wat", van: 1, grond: I }] },
        },
      ],
      ["fout.weglating_van_tot"],
    ],
    [
      "a ground outside the list",
      [
        ...basis,
        {
          ...voorbereid,
          gegevens: {
            verzoek: verzoekId,
            weglatingen: [{ gebeurtenisId: gebeurtenissen[1]!.id, grond: "omdat het moet" }],
          },
        },
      ],
      ["fout.ongeldige_keuze"],
    ],
  ];
  for (const [naam, stappen, sleutels] of weigeringen) {
    it(`refused: ${naam}`, () => {
      const sleutelsGezien = fout(() => bouw(...stappen));
      assert.deepEqual(sleutelsGezien, sleutels);
    });
  }
  it("the log's summary names grounds, counts and entries, never the text", () => {
    const samenvatting = weglatingenSamenvatting(vermeldingen, [
      ...spans,
      { gebeurtenisId: vermeldingen[2]!.gebeurtenisId, veld: "naam", grond: D },
    ]);
    assert.equal(samenvatting, "5 weglatingen (identiteit_informant: 4, privacy_derden: 1) in vermeldingen 1, 2, 3");
    assert.ok(!samenvatting.includes("Jansen"));
  });
});
