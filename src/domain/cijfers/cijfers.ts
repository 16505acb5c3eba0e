import { evalueerAfweging, type Antwoord, type Antwoorden, type VraagNummer } from "../afweging/afwegingskader.ts";
import { BESLUITEN, CONSULTATIE_PARTNERS, GRONDEN_GEEN_GESPREK, type GebeurtenisType } from "../dossier/keuzes.ts";
import { PARTICIPATIE_IDS } from "../kennis/keuzes.ts";
import { datumInNederland } from "../tijd/nederlandse-tijd.ts";
import { naarDagnummer } from "../tijd/tijdstip.ts";
import { jarenNa, werkdagenTussen } from "../tijd/werkdagen.ts";
import { VT_ANTWOORD_WERKDAGEN } from "../dossier/vervolg.ts";
import { celVan, mediaanVan, onderdrukVerdeling, type Cel } from "./onderdrukking.ts";

/**
 * The reflection figures (reflectiecijfers, decision 0047): what an organisation can learn from its own
 * Meldcode practice over a period. Every figure is about the cases opened in the period (the cohort),
 * counting what was recorded in them up to today, and is computed here from a few facts per event that
 * the repository reads in one query. Pure: the day is always given.
 */

/** A period of Dutch calendar days, both inclusive. */
export interface Periode {
  readonly van: string;
  readonly tot: string;
}

/** The longest period that may be asked for: two school years. */
export const MAX_PERIODE_JAREN = 2;

/** The school year (1 August to 31 July) that holds `datum`. */
export function schooljaarVan(datum: string): Periode {
  const jaar = Number(datum.slice(0, 4));
  const begin = datum.slice(5) >= "08-01" ? jaar : jaar - 1;
  return { van: `${begin}-08-01`, tot: `${begin + 1}-07-31` };
}

/** Why a period cannot be used, as a translation key; null when it can. */
export function periodeFout(periode: Periode): string | null {
  if (periode.tot < periode.van) return "fout.periode_volgorde";
  if (periode.tot >= jarenNa(periode.van, MAX_PERIODE_JAREN)) return "fout.periode_te_lang";
  return null;
}

/** The months of a period as "YYYY-MM", oldest first. */
export function maandenVan(periode: Periode): string[] {
  const maanden: string[] = [];
  let jaar = Number(periode.van.slice(0, 4));
  let maand = Number(periode.van.slice(5, 7));
  const eind = periode.tot.slice(0, 7);
  for (;;) {
    const sleutel = `${jaar}-${String(maand).padStart(2, "0")}`;
    maanden.push(sleutel);
    if (sleutel >= eind) return maanden;
    maand += 1;
    if (maand > 12) {
      maand = 1;
      jaar += 1;
    }
  }
}

/** A dossier of the organisation: its id and when it was opened (ISO, UTC). */
export interface CohortDossier {
  readonly id: string;
  readonly aangemaaktOp: string;
}

/**
 * One event as the figures read it: its kind, when it was recorded, and only the fields the figures
 * need (the repository picks them; a correction carries the same fields of its new content).
 */
export interface CijferFeit {
  readonly dossierId: string;
  readonly id: string;
  readonly type: GebeurtenisType;
  readonly opgetredenOp: string;
  readonly gegevens: Readonly<Record<string, unknown>>;
}

/** The event types the figures read; everything else is left in the database. */
export const CIJFER_TYPES = [
  "signaal_vastgelegd",
  "consultatie_gehouden",
  "gesprek_gevoerd",
  "gesprek_niet_gevoerd",
  "afweging_beantwoord",
  "besluit_genomen",
  "participatie_bijgewerkt",
  "melding_verstuurd",
  "vt_reactie_vastgelegd",
  "hulp_gestart",
  "monitoring_gestart",
  "correctie",
] as const satisfies readonly GebeurtenisType[];

/** The fields of an event's content the figures read (and of a correction's new content). */
export const CIJFER_VELDEN = [
  "datumWaarneming",
  "disclosure",
  "met",
  "grond",
  "vraag",
  "antwoord",
  "besluit",
  "punt",
  "status",
  "datum",
] as const;

/** The steps in the order of the Meldcode; a case is counted at the furthest one it has a record of. */
export const VERSTE_STAPPEN = [
  "geen",
  "signalen",
  "consultatie",
  "gesprek",
  "wegen",
  "beslissen",
  "melden",
  "vervolg",
] as const;
export const AFWEGING_UITKOMSTEN = ["melden", "hulp", "afsluiten", "onvolledig", "niet_gewogen"] as const;
export const BESLUIT_UITKOMSTEN = [...BESLUITEN, "geen"] as const;
export const GESPREK_OUDERS = ["gevoerd", ...GRONDEN_GEEN_GESPREK.filter((g) => g !== "leeftijd"), "nog_niet"] as const;
export const GESPREK_KIND = ["gevoerd", ...GRONDEN_GEEN_GESPREK, "nog_niet"] as const;
export const MELDING_STANDEN = ["gemeld", "niet_gemeld"] as const;
export const VT_ANTWOORDEN = ["binnen_termijn", "later", "nog_niet"] as const;

/** The figures, in the order of the page. */
export const FIGUREN = [
  "geopend",
  "verste_stap",
  "afweging",
  "besluit",
  "gesprek_ouders",
  "gesprek_kind",
  "consultaties",
  "participatie",
  "melding",
  "vt_antwoord",
] as const;
export type FiguurId = (typeof FIGUREN)[number];

export interface Figuur {
  readonly id: FiguurId;
  /**
   * `verdeling`: every case of the total is in exactly one row, so the rows add up to `totaal`
   * (secondary suppression applies); `telling`: a case can be in several rows, or none.
   */
  readonly soort: "verdeling" | "telling";
  readonly totaal: Cel | null;
  readonly rijen: readonly { readonly categorie: string; readonly cel: Cel }[];
}

export interface Mediaan {
  readonly id: "signaal_tot_besluit" | "vt_antwoordtijd";
  /** How many cases the median is over (a count, suppressed like any other). */
  readonly aantal: Cel;
  /** Null when fewer than five cases. */
  readonly waarde: number | null;
}

export interface Reflectiecijfers {
  readonly periode: Periode;
  readonly geopend: Cel;
  readonly figuren: readonly Figuur[];
  readonly medianen: readonly Mediaan[];
}

/** What the figures need of one case, with corrections applied. */
interface Samenvatting {
  readonly maand: string;
  readonly verste: (typeof VERSTE_STAPPEN)[number];
  readonly afweging: (typeof AFWEGING_UITKOMSTEN)[number];
  readonly besluit: (typeof BESLUIT_UITKOMSTEN)[number];
  readonly ouders: (typeof GESPREK_OUDERS)[number];
  readonly kind: (typeof GESPREK_KIND)[number];
  readonly consultaties: ReadonlySet<string>;
  readonly participatie: ReadonlySet<string>;
  readonly melding: { readonly datum: string; readonly antwoord: string | null } | null;
  /** Calendar days from the first observed signal to the first decision. */
  readonly signaalTotBesluit: number | null;
}

const tekstVan = (w: unknown): string | null => (typeof w === "string" ? w : null);

function dagnummer(datum: string): number {
  return naarDagnummer(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)), Number(datum.slice(8, 10)));
}

/** The furthest step a case has a record of, from the kinds of its events. */
export function versteStap(types: ReadonlySet<GebeurtenisType>): (typeof VERSTE_STAPPEN)[number] {
  if (types.has("hulp_gestart") || types.has("monitoring_gestart") || types.has("vt_reactie_vastgelegd"))
    return "vervolg";
  if (types.has("melding_verstuurd")) return "melden";
  if (types.has("besluit_genomen")) return "beslissen";
  if (types.has("afweging_beantwoord")) return "wegen";
  if (types.has("gesprek_gevoerd") || types.has("gesprek_niet_gevoerd")) return "gesprek";
  if (types.has("consultatie_gehouden")) return "consultatie";
  if (types.has("signaal_vastgelegd")) return "signalen";
  return "geen";
}

/**
 * The conversation with one partner: held (at least once), or else the ground of the newest record
 * that it was not held, or not (yet) either.
 */
function gesprekStand<T extends string>(
  gevoerd: readonly CijferFeit[],
  nietGevoerd: readonly CijferFeit[],
  met: "ouders" | "kind",
  standen: readonly T[],
): T {
  const stand = (w: string): T => ((standen as readonly string[]).includes(w) ? (w as T) : ("nog_niet" as T));
  if (gevoerd.some((f) => f.gegevens["met"] === met)) return stand("gevoerd");
  // A ground the schema does not allow for this partner (age, for the parents) cannot be stored; were it there, it would count as not held.
  const niet = nietGevoerd.filter((f) => f.gegevens["met"] === met).at(-1);
  return stand(tekstVan(niet?.gegevens["grond"]) ?? "nog_niet");
}

/**
 * One case's summary from its facts, oldest first. A correction replaces the fields of the event it
 * targets (the newest correction counts), as in `bouwToestand`.
 */
export function vatSamen(dossier: CohortDossier, ruweFeiten: readonly CijferFeit[]): Samenvatting {
  const correcties = new Map<string, Readonly<Record<string, unknown>>>();
  for (const f of ruweFeiten) {
    const doel = tekstVan(f.gegevens["corrigeert"]);
    const nieuw = f.gegevens["gegevens"];
    if (f.type === "correctie" && doel && typeof nieuw === "object" && nieuw !== null)
      correcties.set(doel, nieuw as Record<string, unknown>);
  }
  const feiten = ruweFeiten
    .filter((f) => f.type !== "correctie")
    .map((f) => (correcties.has(f.id) ? { ...f, gegevens: correcties.get(f.id) ?? f.gegevens } : f));
  const perType = new Map<GebeurtenisType, CijferFeit[]>();
  for (const f of feiten) {
    const lijst = perType.get(f.type);
    if (lijst) lijst.push(f);
    else perType.set(f.type, [f]);
  }
  const van = (type: GebeurtenisType): readonly CijferFeit[] => perType.get(type) ?? [];

  const antwoorden: Antwoorden = {};
  for (const f of van("afweging_beantwoord")) {
    const vraag = f.gegevens["vraag"];
    const antwoord = tekstVan(f.gegevens["antwoord"]);
    if (typeof vraag === "number" && antwoord) antwoorden[vraag as VraagNummer] = antwoord as Antwoord;
  }
  const signalen = van("signaal_vastgelegd");
  const uitkomst = evalueerAfweging(antwoorden, {
    disclosure: signalen.some((s) => s.gegevens["disclosure"] === true),
  });
  const gewogen = Object.keys(antwoorden).length > 0;
  const afweging = !gewogen
    ? "niet_gewogen"
    : uitkomst.melden
      ? "melden"
      : uitkomst.volgendeVraag !== null
        ? "onvolledig"
        : uitkomst.hulp
          ? "hulp"
          : "afsluiten";

  const besluiten = van("besluit_genomen");
  const laatsteBesluit = tekstVan(besluiten.at(-1)?.gegevens["besluit"]);
  const eersteWaarneming = signalen
    .map((s) => tekstVan(s.gegevens["datumWaarneming"]))
    .filter((d): d is string => d !== null)
    .sort()[0];
  const eersteBesluit = besluiten[0];
  const signaalTotBesluit =
    eersteWaarneming && eersteBesluit
      ? Math.max(0, dagnummer(datumInNederland(eersteBesluit.opgetredenOp)) - dagnummer(eersteWaarneming))
      : null;

  const melding = van("melding_verstuurd")[0];
  const meldDatum = tekstVan(melding?.gegevens["datum"]);
  const reactie = melding ? van("vt_reactie_vastgelegd").find((r) => r.opgetredenOp > melding.opgetredenOp) : undefined;

  const participatie = new Map<string, string>();
  for (const f of van("participatie_bijgewerkt")) {
    const punt = tekstVan(f.gegevens["punt"]);
    if (punt) participatie.set(punt, tekstVan(f.gegevens["status"]) ?? "");
  }

  return {
    maand: datumInNederland(dossier.aangemaaktOp).slice(0, 7),
    verste: versteStap(new Set(perType.keys())),
    afweging,
    besluit:
      laatsteBesluit && (BESLUITEN as readonly string[]).includes(laatsteBesluit)
        ? (laatsteBesluit as (typeof BESLUITEN)[number])
        : "geen",
    ouders: gesprekStand(van("gesprek_gevoerd"), van("gesprek_niet_gevoerd"), "ouders", GESPREK_OUDERS),
    kind: gesprekStand(van("gesprek_gevoerd"), van("gesprek_niet_gevoerd"), "kind", GESPREK_KIND),
    consultaties: new Set(van("consultatie_gehouden").map((f) => tekstVan(f.gegevens["met"]) ?? "")),
    participatie: new Set([...participatie].filter(([, status]) => status === "gedaan").map(([punt]) => punt)),
    melding: meldDatum ? { datum: meldDatum, antwoord: tekstVan(reactie?.gegevens["datum"]) } : null,
    signaalTotBesluit,
  };
}

/** Working days Veilig Thuis took to answer a report (0 when it answered the same day or earlier). */
function antwoordtijd(melding: { readonly datum: string; readonly antwoord: string }): number {
  return melding.antwoord <= melding.datum ? 0 : werkdagenTussen(melding.datum, melding.antwoord);
}

function verdeling(
  id: FiguurId,
  categorieen: readonly string[],
  waarden: readonly string[],
  totaal: { waarde: number; cel: Cel },
): Figuur {
  const aantallen = categorieen.map((c) => waarden.filter((w) => w === c).length);
  const cellen = onderdrukVerdeling(aantallen, totaal);
  return {
    id,
    soort: "verdeling",
    totaal: totaal.cel,
    rijen: categorieen.map((categorie, i) => ({ categorie, cel: cellen[i] ?? { soort: "verborgen" } })),
  };
}

function telling(id: FiguurId, categorieen: readonly string[], sets: readonly ReadonlySet<string>[]): Figuur {
  return {
    id,
    soort: "telling",
    totaal: null,
    rijen: categorieen.map((categorie) => ({ categorie, cel: celVan(sets.filter((s) => s.has(categorie)).length) })),
  };
}

/**
 * The reflection figures of the cases opened in `periode` (Dutch days of `aangemaaktOp`), from their
 * facts (any order; each case's facts are taken oldest first by `opgetredenOp`). Dossiers outside the
 * period are ignored, so the repository may read a little wider than the period.
 */
export function berekenCijfers(
  periode: Periode,
  dossiers: readonly CohortDossier[],
  feiten: readonly CijferFeit[],
): Reflectiecijfers {
  const inPeriode = dossiers.filter((d) => {
    const dag = datumInNederland(d.aangemaaktOp);
    return dag >= periode.van && dag <= periode.tot;
  });
  const perDossier = new Map<string, CijferFeit[]>(inPeriode.map((d) => [d.id, []]));
  for (const f of feiten) perDossier.get(f.dossierId)?.push(f);
  const samen = inPeriode.map((d) =>
    vatSamen(
      d,
      (perDossier.get(d.id) ?? []).sort((a, b) =>
        a.opgetredenOp < b.opgetredenOp ? -1 : a.opgetredenOp > b.opgetredenOp ? 1 : 0,
      ),
    ),
  );

  const n = samen.length;
  const geopend = { waarde: n, cel: celVan(n) };
  const gemeld = samen.filter((s) => s.melding !== null);
  const meldingFiguur = verdeling(
    "melding",
    MELDING_STANDEN,
    samen.map((s) => (s.melding ? "gemeld" : "niet_gemeld")),
    geopend,
  );
  const gemeldCel = meldingFiguur.rijen[0]?.cel ?? { soort: "verborgen" };
  const vtStand = (m: NonNullable<Samenvatting["melding"]>) =>
    m.antwoord === null
      ? "nog_niet"
      : antwoordtijd({ datum: m.datum, antwoord: m.antwoord }) <= VT_ANTWOORD_WERKDAGEN
        ? "binnen_termijn"
        : "later";

  const figuren: Figuur[] = [
    verdeling(
      "geopend",
      maandenVan(periode),
      samen.map((s) => s.maand),
      geopend,
    ),
    verdeling(
      "verste_stap",
      VERSTE_STAPPEN,
      samen.map((s) => s.verste),
      geopend,
    ),
    verdeling(
      "afweging",
      AFWEGING_UITKOMSTEN,
      samen.map((s) => s.afweging),
      geopend,
    ),
    verdeling(
      "besluit",
      BESLUIT_UITKOMSTEN,
      samen.map((s) => s.besluit),
      geopend,
    ),
    verdeling(
      "gesprek_ouders",
      GESPREK_OUDERS,
      samen.map((s) => s.ouders),
      geopend,
    ),
    verdeling(
      "gesprek_kind",
      GESPREK_KIND,
      samen.map((s) => s.kind),
      geopend,
    ),
    telling(
      "consultaties",
      CONSULTATIE_PARTNERS,
      samen.map((s) => s.consultaties),
    ),
    telling(
      "participatie",
      PARTICIPATIE_IDS,
      samen.map((s) => s.participatie),
    ),
    meldingFiguur,
    verdeling(
      "vt_antwoord",
      VT_ANTWOORDEN,
      gemeld.map((s) => (s.melding ? vtStand(s.melding) : "nog_niet")),
      { waarde: gemeld.length, cel: gemeldCel },
    ),
  ];

  const totBesluit = samen.map((s) => s.signaalTotBesluit).filter((d): d is number => d !== null);
  const antwoordtijden = gemeld.flatMap((s) =>
    s.melding?.antwoord ? [antwoordtijd({ datum: s.melding.datum, antwoord: s.melding.antwoord })] : [],
  );
  return {
    periode,
    geopend: geopend.cel,
    figuren,
    medianen: [
      { id: "signaal_tot_besluit", aantal: celVan(totBesluit.length), waarde: mediaanVan(totBesluit) },
      { id: "vt_antwoordtijd", aantal: celVan(antwoordtijden.length), waarde: mediaanVan(antwoordtijden) },
    ],
  };
}
