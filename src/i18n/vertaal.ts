import { createInstance, type TFunction, type i18n } from "i18next";
import en from "./en.json" with { type: "json" };
import nl from "./nl.json" with { type: "json" };

export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];
export const CATALOGI = { nl, en } as const;

export function isTaal(waarde: unknown): waarde is Taal {
  return waarde === "nl" || waarde === "en";
}

/**
 * The one i18next instance of a language, made once per process (decision 0065). Making one per render
 * (`createInstance` and `init`) was a tenth of the CPU of a case page. Sharing is safe because an
 * instance never changes language: it is made for one language, and `changeLanguage` is refused after
 * its set-up, so a render for one person can never switch the language of another's. Nothing else in
 * an instance changes after `init` (the catalogues are bundled; nothing is loaded later).
 */
const instanties = new Map<Taal, i18n>();

export function i18nVoor(taal: Taal): i18n {
  let instantie = instanties.get(taal);
  if (!instantie) {
    instantie = maakInstantie(taal);
    instanties.set(taal, instantie);
  }
  return instantie;
}

function maakInstantie(taal: Taal): i18n {
  const instantie = createInstance();
  void instantie.init({
    lng: taal,
    fallbackLng: "nl",
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instantie.changeLanguage = () => {
    throw new Error(`Een gedeelde i18next-instantie (${taal}) wisselt niet van taal: gebruik i18nVoor(taal).`);
  };
  snelleTs.set(instantie, snelleT(instantie, taal));
  return instantie;
}

const snelleTs = new WeakMap<i18n, TFunction>();

/** At most this many texts are kept per language: the catalogue has some 2,000, and keys built from data stay few. */
const MAX_BEWAARD = 5000;

/**
 * i18next's options (as opposed to a text's variables): a call with any of them goes to i18next. Plurals (`count`),
 * defaults and contexts are i18next's work.
 */
const OPTIES = new Set([
  "count",
  "context",
  "defaultValue",
  "lng",
  "lngs",
  "fallbackLng",
  "ns",
  "keySeparator",
  "nsSeparator",
  "returnObjects",
  "returnDetails",
  "joinArrays",
  "postProcess",
  "interpolation",
  "skipInterpolation",
  "ordinal",
  "replace",
  "keyPrefix",
]);
const VARIABELE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * A text with its variables filled in as i18next does (the catalogues use only `{{naam}}`, no nesting or
 * formats; `escapeValue` is off), or undefined when i18next must decide: an i18next option other than `count`
 * and `defaultValue` (the caller has handled those), a value that is not a string or number, or a variable the
 * call does not give.
 */
function vulIn(sjabloon: unknown, waarden: Record<string, unknown>): string | undefined {
  if (typeof sjabloon !== "string") return undefined;
  for (const naam in waarden)
    if (naam !== "count" && naam !== "defaultValue" && (OPTIES.has(naam) || naam.startsWith("defaultValue")))
      return undefined;
  let onvolledig = false;
  const tekst = sjabloon.replace(VARIABELE, (_, naam: string) => {
    const waarde = Object.hasOwn(waarden, naam) ? waarden[naam] : undefined;
    if (typeof waarde === "string") return waarde;
    if (typeof waarde === "number") return String(waarde);
    onvolledig = true;
    return "";
  });
  return onvolledig ? undefined : tekst;
}

type Catalogus = { readonly [sleutel: string]: unknown };

/** The text of a key in one catalogue (no fallback language), or undefined when it has none there. */
function inCatalogus(catalogus: Catalogus, sleutel: string): string | undefined {
  let waarde: unknown = catalogus;
  for (const deel of sleutel.split(".")) {
    if (typeof waarde !== "object" || waarde === null || !Object.hasOwn(waarde, deel)) return undefined;
    waarde = (waarde as Catalogus)[deel];
  }
  return typeof waarde === "string" ? waarde : undefined;
}

/**
 * The instance's `t`, which keeps the text of a key after its first lookup: an instance's catalogue and language
 * never change, so the text does not either. A key asked for with only variables (most texts with options) has
 * them filled into the kept text (`vulIn`, decision 0070). A plural (`count`, a number) and a `defaultValue` are
 * answered here too when the language's own catalogue has the text i18next would take first (decision 0075):
 * for a count, the key with `_zero` (for 0), then with the language's plural category (`Intl.PluralRules`, as
 * i18next's own resolver), then the key itself; a default when no catalogue has the key (English falls back to
 * Dutch first). Anything else (a Dutch text for an English page, a plural without a text here) goes to i18next.
 */
function snelleT(instantie: i18n, taal: Taal): TFunction {
  const bewaard = new Map<string, unknown>();
  const eigen = new Map<string, string | null>();
  const meervoud = new Intl.PluralRules(taal, { type: "cardinal" });
  const tekstVan = (sleutel: string): unknown => {
    const tekst = bewaard.get(sleutel);
    if (tekst !== undefined) return tekst;
    const nieuw: unknown = instantie.t(sleutel);
    if (bewaard.size < MAX_BEWAARD) bewaard.set(sleutel, nieuw);
    return nieuw;
  };
  const eigenTekst = (sleutel: string): string | undefined => {
    let tekst = eigen.get(sleutel);
    if (tekst === undefined) {
      tekst = inCatalogus(CATALOGI[taal], sleutel) ?? null;
      if (eigen.size < MAX_BEWAARD) eigen.set(sleutel, tekst);
    }
    return tekst ?? undefined;
  };
  const nergens = (sleutel: string): boolean =>
    eigenTekst(sleutel) === undefined && (taal === "nl" || inCatalogus(CATALOGI.nl, sleutel) === undefined);
  /** The text i18next takes for these options in this language's catalogue, or undefined: i18next decides. */
  const sjabloonVoor = (sleutel: string, waarden: Record<string, unknown>): unknown => {
    const telt = Object.hasOwn(waarden, "count");
    if (!telt && !Object.hasOwn(waarden, "defaultValue")) return tekstVan(sleutel);
    // A default stands for a key no catalogue has (English falls back to Dutch before the default).
    if (!telt) return eigenTekst(sleutel) ?? (nergens(sleutel) ? waarden["defaultValue"] : undefined);
    const aantal = waarden["count"];
    if (typeof aantal !== "number") return undefined;
    return (
      (aantal === 0 ? eigenTekst(`${sleutel}_zero`) : undefined) ??
      eigenTekst(`${sleutel}_${meervoud.select(aantal)}`) ??
      eigenTekst(sleutel)
    );
  };
  const t = (sleutel: unknown, ...rest: unknown[]): unknown => {
    if (typeof sleutel === "string") {
      if (rest.length === 0) return tekstVan(sleutel);
      const [waarden] = rest;
      if (rest.length === 1 && typeof waarden === "object" && waarden !== null) {
        const opties = waarden as Record<string, unknown>;
        const tekst = vulIn(sjabloonVoor(sleutel, opties), opties);
        if (tekst !== undefined) return tekst;
      }
    }
    return (instantie.t as unknown as (...a: unknown[]) => unknown)(sleutel, ...rest);
  };
  return t as unknown as TFunction;
}

/**
 * The translate function of a language: the pages' (`useT()`, decision 0070), the CSV exports' and the
 * server's messages (API errors are always Dutch). One per language per process.
 */
export function vertaler(taal: Taal): TFunction {
  const instantie = i18nVoor(taal);
  return snelleTs.get(instantie) ?? instantie.t;
}

/** Reads the language cookie; Dutch unless the person chose English. */
export function taalVanVerzoek(request: Request): Taal {
  const match = /(?:^|;\s*)mw_taal=(nl|en)(?:;|$)/.exec(request.headers.get("cookie") ?? "");
  return match?.[1] === "en" ? "en" : "nl";
}

const ZONE = "Europe/Amsterdam";

/**
 * One formatter per language and form, made once: building an Intl.DateTimeFormat is costly (it was an
 * eighth of the CPU of a dossier list under load, decision 0035), using one is cheap. Formatters hold
 * no state between calls, so sharing them is safe.
 */
const VORMEN = {
  datum: { timeZone: ZONE, day: "numeric", month: "long", year: "numeric" },
  tijdstip: { timeZone: ZONE, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  tijd: { timeZone: ZONE, hour: "2-digit", minute: "2-digit" },
  // A calendar month (YYYY-MM) has no time zone: it is formatted at the 15th in UTC.
  maand: { timeZone: "UTC", month: "short" },
  maandJaar: { timeZone: "UTC", month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatteerders = new Map<string, Intl.DateTimeFormat>();
function formatteerder(vorm: keyof typeof VORMEN, taal: Taal): Intl.DateTimeFormat {
  const sleutel = `${vorm}:${taal}`;
  let f = formatteerders.get(sleutel);
  if (!f) {
    f = new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", VORMEN[vorm]);
    formatteerders.set(sleutel, f);
  }
  return f;
}

export function formatteerDatum(iso: string, taal: Taal): string {
  const datum = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return formatteerder("datum", taal).format(datum);
}

export function formatteerTijdstip(iso: string, taal: Taal): string {
  return formatteerder("tijdstip", taal).format(new Date(iso));
}

/** The time of day in the Netherlands, such as 14:05. */
export function formatteerTijd(iso: string, taal: Taal): string {
  return formatteerder("tijd", taal).format(new Date(iso));
}

/**
 * A calendar month (YYYY-MM) by name: `kort` is the short name alone (nov., Nov), `lang` the name with the
 * year (november 2026, November 2026).
 */
export function formatteerMaand(maand: string, taal: Taal, vorm: "kort" | "lang"): string {
  return formatteerder(vorm === "kort" ? "maand" : "maandJaar", taal).format(new Date(`${maand}-15T12:00:00Z`));
}
