import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { z } from "zod";
import { INVOER_SCHEMAS } from "../../domain/dossier/gebeurtenis.ts";
import { GEBEURTENIS_TYPES, type GebeurtenisType } from "../../domain/dossier/keuzes.ts";
import { controleer } from "../../domain/validatie.ts";
import { geldig, type Schema } from "../../../tests/support/schema-arbitrary.ts";
import { invoerVolgensSchema, parseerVolgensSchema } from "./formulier-schema.ts";

type Velden = Readonly<Record<string, string | readonly string[]>>;

/** A form body as a browser sends it: repeated names for a list, and the fields that are not event data. */
function formulier(velden: Velden): FormData {
  const f = new FormData();
  f.append("versie", "3");
  f.append("intent", "opslaan");
  for (const [naam, waarde] of Object.entries(velden))
    for (const w of typeof waarde === "string" ? [waarde] : waarde) f.append(naam, w);
  return f;
}

const ID = "6f1d8a3e-2b4c-4d5e-8f60-718293a4b5c6";
const ID2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const DATUM = "2026-11-20";

interface Rij {
  readonly type: GebeurtenisType;
  /** What the browser sends: strings only, optional fields left empty as a browser does. */
  readonly velden: Velden;
  /** What the API would be sent for the same answers, where it differs from the fields as typed. */
  readonly api?: Readonly<Record<string, unknown>>;
  readonly vanRoute?: Readonly<Record<string, unknown>>;
  /** A wrong answer in one field and the message the page shows beside it. */
  readonly fout: { readonly veld: string; readonly waarde: string | readonly string[]; readonly sleutel: string };
}

const MELDING_INHOUD = {
  melder: "J. de Vries, leerkracht",
  betrokkenen: "D. (8), moeder",
  onveiligNu: "D. heeft blauwe plekken op de armen.",
  feiten: "Op 12 november gezien door de leerkracht.",
  duiding: "",
  risicofactoren: "",
  beschermend: "",
  stappen: "Gesprek met moeder op 14 november.",
  gezinGeinformeerd: "ja",
  grondNietGeinformeerd: "",
  toelichtingGeinformeerd: "",
  zienswijze: "",
  geraadpleegd: "Aandachtsfunctionaris",
  urgentie: "regulier",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};

/** One row per event type: a valid form, and one wrong answer. */
const RIJEN: readonly Rij[] = [
  {
    type: "dossier_geopend",
    velden: {
      werknaam: "K. (groep 4)",
      geboortedatum: "",
      aanleiding: "zorg_om_kind",
      omschrijving: "Zorgen over verzorging.",
    },
    api: { geboortedatum: undefined },
    fout: { veld: "aanleiding", waarde: "iets_anders", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "signaal_vastgelegd",
    velden: {
      soort: "signaal",
      waarneming: "Komt zonder jas bij vorst.",
      datumWaarneming: DATUM,
      plaats: "",
      waargenomenDoor: "Leerkracht",
      bron: "eigen_waarneming",
      interpretatie: "",
      disclosure: "ja",
      bijzondereVormen: ["huwelijksdwang", "achterlating"],
    },
    api: {
      plaats: undefined,
      interpretatie: undefined,
      disclosure: true,
      bijzondereVormen: ["huwelijksdwang", "achterlating"],
      dreigingAcuut: false,
    },
    fout: { veld: "waarneming", waarde: "   ", sleutel: "fout.verplicht" },
  },
  {
    type: "kindcheck_uitgevoerd",
    velden: {
      aanleidingen: ["depressie"],
      kinderenAanwezig: "ja",
      kinderen: "Twee, 4 en 7 jaar.",
      veiligheid: "Oma vangt op.",
      vervolg: "",
    },
    api: { aanleidingen: ["depressie"], vervolg: undefined },
    fout: { veld: "kinderenAanwezig", waarde: "", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "stap_niet_van_toepassing",
    velden: { reden: "Cliënt heeft geen kinderen." },
    vanRoute: { stap: "kindcheck" },
    api: { stap: "kindcheck" },
    fout: { veld: "reden", waarde: "", sleutel: "fout.verplicht" },
  },
  {
    type: "consultatie_gehouden",
    velden: {
      met: "veilig_thuis",
      naam: "",
      datum: DATUM,
      uitkomst: "Zorg gedeeld.",
      vervolgstap: "Gesprek plannen.",
      geanonimiseerd: "ja",
    },
    api: { naam: undefined, geanonimiseerd: true },
    fout: { veld: "geanonimiseerd", waarde: [], sleutel: "fout.veilig_thuis_anoniem" },
  },
  {
    type: "gesprek_voorbereid",
    velden: {
      met: "ouders",
      opening: "Ik maak me zorgen om D.",
      feiten: "De blauwe plekken.",
      veilig: "ja",
      waaromNietVeilig: "",
      inPlaatsDaarvan: "",
      aanwezigen: "Moeder, mentor",
      gespreksleider: "Mentor",
    },
    api: { waaromNietVeilig: undefined, inPlaatsDaarvan: undefined },
    fout: { veld: "waaromNietVeilig", waarde: "Vader is agressief.", sleutel: "fout.alleen_als_niet_veilig" },
  },
  {
    type: "gesprek_gevoerd",
    velden: {
      met: "kind",
      datum: DATUM,
      deelnemers: "D., mentor",
      plaats: "School",
      gedeeld: "Wat ik zag.",
      visie: "D. vertelt over thuis.",
      afspraken: "",
      kindGeinformeerd: "ja",
      hoeGeinformeerd: "In eigen woorden.",
    },
    api: { afspraken: undefined, situaties: [] },
    fout: { veld: "datum", waarde: "20-11-2026", sleutel: "fout.ongeldige_datum" },
  },
  {
    type: "gesprek_niet_gevoerd",
    velden: { met: "ouders", grond: "veiligheid", toelichting: "Het gesprek brengt D. in gevaar." },
    fout: { veld: "grond", waarde: "leeftijd", sleutel: "fout.grond_alleen_kind" },
  },
  {
    type: "afweging_beantwoord",
    velden: { vraag: "3", antwoord: "ja", toelichting: "Er is acute onveiligheid." },
    api: { vraag: 3 },
    fout: { veld: "vraag", waarde: "6", sleutel: "fout.ongeldig" },
  },
  {
    type: "besluit_voorgesteld",
    velden: { besluit: "melden", toelichting: "Melden bij Veilig Thuis.", afwijkingMotivering: "" },
    api: { afwijkingMotivering: undefined },
    fout: { veld: "besluit", waarde: "", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "besluit_genomen",
    velden: { besluit: "hulp", toelichting: "Hulp in het gezin.", afwijkingMotivering: "", wijzigingReden: "" },
    api: { afwijkingMotivering: undefined, wijzigingReden: undefined },
    fout: { veld: "toelichting", waarde: "x".repeat(4001), sleutel: "fout.te_lang" },
  },
  {
    type: "dossier_afgesloten",
    velden: { reden: "Zorg weggenomen.", sluitreden: "zorg_weggenomen" },
    fout: { veld: "sluitreden", waarde: "weg", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "dossier_heropend",
    velden: { reden: "Nieuwe signalen." },
    fout: { veld: "reden", waarde: "", sleutel: "fout.verplicht" },
  },
  {
    type: "correctie",
    velden: { reden: "Verkeerde datum.", verzoek: "" },
    vanRoute: { corrigeert: ID, gegevens: { reden: "Nieuwe signalen." } },
    api: { corrigeert: ID, gegevens: { reden: "Nieuwe signalen." }, verzoek: undefined },
    fout: { veld: "verzoek", waarde: "geen-id", sleutel: "fout.ongeldig_formaat" },
  },
  {
    type: "acuut_contact",
    velden: {
      met: "politie",
      datum: DATUM,
      tijd: "14.30",
      situatie: "Vader dreigde.",
      afspraken: "Politie komt langs.",
    },
    fout: { veld: "tijd", waarde: "25:00", sleutel: "fout.tijd" },
  },
  {
    type: "participatie_bijgewerkt",
    velden: { punt: "p3", status: "gedaan", door: "Mentor", datum: DATUM, toelichting: "Met D. besproken." },
    fout: { veld: "punt", waarde: "p10", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "melding_concept_opgeslagen",
    velden: Object.fromEntries(Object.entries(MELDING_INHOUD).map(([k, w]) => [`inhoud.${k}`, w])),
    api: { inhoud: Object.fromEntries(Object.entries(MELDING_INHOUD).filter(([, w]) => w !== "")) },
    fout: { veld: "inhoud.grondNietGeinformeerd", waarde: "weet_niet", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "melding_verstuurd",
    velden: { wijze: "telefoon", datum: DATUM, tijd: "9:05", contactpersoon: "Mw. A. de Boer", referentie: "" },
    api: { referentie: undefined },
    fout: { veld: "contactpersoon", waarde: "", sleutel: "fout.verplicht" },
  },
  {
    type: "vt_reactie_vastgelegd",
    velden: {
      datum: DATUM,
      contactpersoon: "Mw. A. de Boer",
      beoordeling: "onveilig",
      vervolg: "onderzoek",
      toelichting: "VT onderzoekt.",
    },
    fout: { veld: "beoordeling", waarde: "", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "hulp_gestart",
    velden: { omschrijving: "Wijkteam.", doelen: "Rust thuis.", veiligheidsafspraken: "", evaluatieOp: "2026-12-20" },
    api: { veiligheidsafspraken: undefined },
    fout: { veld: "evaluatieOp", waarde: "", sleutel: "fout.ongeldige_datum" },
  },
  {
    type: "hulp_afspraak_vastgelegd",
    velden: { wat: "Aanmelden wijkteam.", wie: "Moeder", uiterlijk: "2026-12-01" },
    fout: { veld: "wie", waarde: "", sleutel: "fout.verplicht" },
  },
  {
    type: "evaluatie_vastgelegd",
    velden: {
      datum: DATUM,
      resultaat: "bereikt",
      toelichting: "Het gaat goed.",
      vervolg: "hulp_voortzetten",
      volgendeEvaluatieOp: "2027-01-15",
    },
    fout: { veld: "volgendeEvaluatieOp", waarde: "", sleutel: "fout.verplicht" },
  },
  {
    type: "monitoring_gestart",
    velden: { ritmeWeken: "6", reden: "Lange steun." },
    api: { ritmeWeken: 6 },
    fout: { veld: "ritmeWeken", waarde: "60", sleutel: "fout.te_groot" },
  },
  {
    type: "veiligheidscheck_vastgelegd",
    velden: { datum: DATUM, uitkomst: "veilig", bevinding: "Rustig." },
    fout: { veld: "uitkomst", waarde: "", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "monitoring_beeindigd",
    velden: { reden: "Niet meer nodig." },
    fout: { veld: "reden", waarde: " ", sleutel: "fout.verplicht" },
  },
  {
    type: "correctieverzoek_vastgelegd",
    velden: {
      soort: "correctie",
      verzoeker: "Moeder",
      relatie: "ouder",
      datum: DATUM,
      vastleggingen: [ID, ID2],
      onderdelen: "",
      gevraagd: "De datum klopt niet.",
    },
    api: { vastleggingen: [ID, ID2], onderdelen: undefined },
    fout: { veld: "vastleggingen", waarde: [], sleutel: "fout.kies_vastlegging" },
  },
  {
    type: "correctieverzoek_beslist",
    velden: { beslissing: "toegewezen", reden: "Klopt." },
    vanRoute: { verzoek: ID },
    api: { verzoek: ID },
    fout: { veld: "beslissing", waarde: "ja", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "zienswijze_toegevoegd",
    velden: {
      gegevenDoor: "Vader",
      relatie: "ouder",
      datum: DATUM,
      wijze: "mondeling",
      opgeschrevenDoor: "Mentor",
      zienswijze: "Het was een ongeluk.",
      betreft: ID,
    },
    api: { betreft: [ID] },
    fout: { veld: "opgeschrevenDoor", waarde: "", sleutel: "fout.verplicht_als_mondeling" },
  },
  {
    type: "routestap_vastgelegd",
    velden: { stap: "gedrag_ingeschaald", datum: DATUM, toelichting: "Ingeschaald.", kind: "", vlag: "geel" },
    api: { kind: undefined },
    fout: { veld: "vlag", waarde: "", sleutel: "fout.vlag_bij_inschalen" },
  },
  {
    type: "inzageverzoek_ontvangen",
    velden: { verzoeker: "ouder", naam: "Moeder", datum: DATUM, gevraagd: "Het hele dossier." },
    fout: { veld: "verzoeker", waarde: "buurman", sleutel: "fout.ongeldige_keuze" },
  },
  {
    type: "inzage_voorbereid",
    velden: {
      verzoek: ID,
      "weglatingen[0].gebeurtenisId": ID2,
      "weglatingen[0].grond": "privacy_derden",
      "weglatingen[1].gebeurtenisId": ID2,
      "weglatingen[1].veld": "waarneming",
      "weglatingen[1].van": "3",
      "weglatingen[1].tot": "9",
      "weglatingen[1].grond": "belang_kind",
    },
    api: {
      weglatingen: [
        { gebeurtenisId: ID2, grond: "privacy_derden" },
        { gebeurtenisId: ID2, veld: "waarneming", van: 3, tot: 9, grond: "belang_kind" },
      ],
    },
    fout: { veld: "weglatingen.1.tot", waarde: "2", sleutel: "fout.weglating_van_tot" },
  },
  {
    type: "inzage_verstrekt",
    velden: { verzoek: ID, datum: DATUM, aan: "Moeder", wijze: "post" },
    fout: { veld: "wijze", waarde: "duif", sleutel: "fout.ongeldige_keuze" },
  },
];

const zonderOngedefinieerd = (w: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined));

describe("forms from the schema: a browser's form for every event type", () => {
  it("has a row for every event type", () =>
    assert.deepEqual(new Set(RIJEN.map((r) => r.type)), new Set(GEBEURTENIS_TYPES)));

  for (const rij of RIJEN) {
    const schema = INVOER_SCHEMAS[rij.type];
    it(`${rij.type}: a valid form parses to what the API accepts for the same answers`, () => {
      const uitkomst = parseerVolgensSchema(schema, formulier(rij.velden), rij.vanRoute);
      assert.ok(uitkomst.geldig, `refused: ${JSON.stringify(uitkomst.geldig ? null : uitkomst.fouten)}`);
      const api = zonderOngedefinieerd({
        ...Object.fromEntries(
          Object.entries(rij.velden).filter(([naam]) => !naam.includes(".") && !naam.includes("[")),
        ),
        ...rij.api,
      });
      const verwacht = controleer(schema, api);
      assert.ok(
        verwacht.geldig,
        `the API body of the row is refused: ${JSON.stringify(verwacht.geldig ? null : verwacht.fouten)}`,
      );
      assert.deepEqual(uitkomst.gegevens, verwacht.gegevens);
      // Only the schema's fields are read: the version and the intent stay out.
      const invoer = invoerVolgensSchema(schema, formulier(rij.velden), rij.vanRoute);
      assert.ok(!("versie" in invoer) && !("intent" in invoer));
    });
    it(`${rij.type}: a wrong ${rij.fout.veld} gets the field's message`, () => {
      // An error's path names a list's row by its number (weglatingen.1.tot); the form by its index (weglatingen[1].tot).
      const naam = rij.fout.veld.replace(/^(\w+)\.(\d+)\./u, "$1[$2].");
      const uitkomst = parseerVolgensSchema(
        schema,
        formulier({ ...rij.velden, [naam]: rij.fout.waarde }),
        rij.vanRoute,
      );
      assert.equal(uitkomst.geldig, false);
      assert.deepEqual(
        (uitkomst.geldig ? [] : uitkomst.fouten).map((f) => [f.veld, f.sleutel]),
        [[rij.fout.veld, rij.fout.sleutel]],
      );
    });
  }
});

describe("forms from the schema: how each kind of value is read", () => {
  const schema = z.strictObject({
    tekst: z.string().min(1),
    optioneel: z.string().optional(),
    leegIsNull: z.string().nullable(),
    getal: z.number().int(),
    zelfOmgezet: z.coerce.number(),
    vinkje: z.boolean(),
    lijst: z.array(z.string()),
    genest: z.strictObject({ a: z.string(), b: z.number().optional() }),
    optioneelGenest: z.strictObject({ c: z.string() }).optional(),
    met: z.string().default("standaard"),
  });
  const lees = (velden: Velden) => invoerVolgensSchema(schema, formulier(velden));

  const GEVALLEN: readonly [string, Velden, Readonly<Record<string, unknown>>][] = [
    [
      "nothing sent: required text and numbers as a browser leaves them, a box unchecked, a list empty",
      {},
      { tekst: "", leegIsNull: null, zelfOmgezet: "", vinkje: false, lijst: [], genest: { a: "" } },
    ],
    [
      "everything filled in",
      {
        tekst: "t",
        optioneel: "o",
        leegIsNull: "n",
        getal: "12",
        zelfOmgezet: "7",
        vinkje: "ja",
        lijst: ["x", "", "y"],
        "genest.a": "a",
        "genest.b": "2.5",
        "optioneelGenest.c": "c",
        met: "m",
      },
      {
        tekst: "t",
        optioneel: "o",
        leegIsNull: "n",
        getal: 12,
        zelfOmgezet: "7",
        vinkje: true,
        lijst: ["x", "y"],
        genest: { a: "a", b: 2.5 },
        optioneelGenest: { c: "c" },
        met: "m",
      },
    ],
    [
      "empty optional fields are absent; an empty default takes the default",
      { optioneel: "", getal: " ", met: "" },
      { tekst: "", leegIsNull: null, zelfOmgezet: "", vinkje: false, lijst: [], genest: { a: "" } },
    ],
    [
      "a list by index, in the order of the index",
      { "lijst[2]": "c", "lijst[0]": "a", "lijst[10]": "d" },
      { lijst: ["a", "c", "d"] },
    ],
    ["a box with another value is kept, so the check refuses it", { vinkje: "misschien" }, { vinkje: "misschien" }],
    ["a number that is no number is kept, so the check refuses it", { getal: "twaalf" }, { getal: "twaalf" }],
  ];
  for (const [naam, velden, verwacht] of GEVALLEN) {
    it(naam, () => {
      const uit = lees(velden);
      for (const [sleutel, waarde] of Object.entries(verwacht)) assert.deepEqual(uit[sleutel], waarde, sleutel);
      if (naam.startsWith("nothing") || naam.startsWith("empty")) assert.deepEqual(uit, verwacht);
    });
  }

  it("values of the route win over the form, and undefined removes a field", () => {
    const uit = invoerVolgensSchema(schema, formulier({ tekst: "uit het formulier", optioneel: "o" }), {
      tekst: "van de route",
      optioneel: undefined,
    });
    assert.equal(uit["tekst"], "van de route");
    assert.ok(!("optioneel" in uit));
  });

  it("a file is not event data", () => {
    const f = new FormData();
    f.append("tekst", new Blob(["x"]), "bestand.txt");
    assert.equal(invoerVolgensSchema(schema, f)["tekst"], "");
  });
});

/** The tiny serialiser of the property test: a value as a form would carry it. */
function alsFormulier(waarde: unknown, naam = "", f = new FormData()): FormData {
  if (waarde === undefined || waarde === null || waarde === false) return f;
  if (waarde === true) f.append(naam, "ja");
  else if (Array.isArray(waarde)) {
    waarde.forEach((element, i) => {
      if (element !== null && typeof element === "object") alsFormulier(element, `${naam}[${i}]`, f);
      else alsFormulier(element, naam, f);
    });
  } else if (typeof waarde === "object") {
    for (const [sleutel, w] of Object.entries(waarde)) alsFormulier(w, naam === "" ? sleutel : `${naam}.${sleutel}`, f);
  } else f.append(naam, typeof waarde === "string" ? waarde : JSON.stringify(waarde));
  return f;
}

/** A form cannot tell an empty list from no list: both are no entries. */
function zonderLegeLijsten(w: unknown): unknown {
  if (Array.isArray(w)) return w.map(zonderLegeLijsten);
  if (w === null || typeof w !== "object") return w;
  return Object.fromEntries(
    Object.entries(w)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, zonderLegeLijsten(v)]),
  );
}

describe("forms from the schema: every value the schema accepts survives a form", () => {
  // The correction's new content is a record of anything: its form is the corrected type's own (dossier-correctie.tsx).
  const TYPES = GEBEURTENIS_TYPES.filter((t) => t !== "correctie");
  for (const type of TYPES) {
    it(type, () => {
      const schema = INVOER_SCHEMAS[type];
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Schema;
      fc.assert(
        fc.property(geldig(json), (waarde) => {
          const origineel = schema.safeParse(waarde);
          fc.pre(origineel.success);
          const terug = parseerVolgensSchema(schema, alsFormulier(waarde));
          assert.ok(terug.geldig, `${JSON.stringify(waarde)} → ${JSON.stringify(terug.geldig ? null : terug.fouten)}`);
          assert.deepEqual(zonderLegeLijsten(terug.gegevens), zonderLegeLijsten(origineel.data));
        }),
        { numRuns: 60, seed: 60 },
      );
    });
  }
});
