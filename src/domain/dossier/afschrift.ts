import type { VeldFout } from "../fouten.ts";
import {
  isInzageType,
  type GebeurtenisType,
  type Rol,
  type StapOfAlgemeen,
  type Weigergrond,
  WEIGERGRONDEN,
} from "./keuzes.ts";
import type { Gebeurtenis, Weglating } from "./gebeurtenis.ts";

/**
 * The inspection copy (AVG article 15, decision 0048): the dossier's entries as a parent or adult
 * client receives them, with what is withheld replaced by a marker. Pure: the copy is built from the
 * entries and the marks only, and a withheld text is never copied into it, so whatever renders the
 * copy (page, PDF) cannot show it by mistake.
 */

/** The path of the field that holds who recorded an entry: withheld like any other field. */
export const VELD_VASTGELEGD_DOOR = "vastgelegdDoor";

/** One field of an entry as text: its path in the entry's data (`waarneming`, `gegevens.naam`) and its value. */
export interface Veld {
  readonly pad: string;
  readonly waarde: string;
}

/** One entry of the dossier as the copy sees it: its header and every field as text, in a fixed order. */
export interface Vermelding {
  readonly gebeurtenisId: string;
  readonly volgnummer: number;
  readonly type: GebeurtenisType;
  readonly stap: StapOfAlgemeen;
  readonly opgetredenOp: string;
  readonly rol: Rol;
  readonly velden: readonly Veld[];
}

/** A piece of a field in the copy: text that stays, or the place of withheld text with its grounds. */
export type Deel =
  | { readonly soort: "tekst"; readonly tekst: string }
  | { readonly soort: "weggelaten"; readonly gronden: readonly Weigergrond[] };

export interface AfschriftVeld {
  readonly pad: string;
  readonly delen: readonly Deel[];
}

/** An entry in the copy. A withheld entry keeps its number, kind and date, and nothing of its content. */
export interface AfschriftVermelding {
  readonly volgnummer: number;
  readonly type: GebeurtenisType;
  readonly stap: StapOfAlgemeen;
  readonly opgetredenOp: string;
  readonly rol: Rol;
  /** The grounds when the whole entry is withheld; then `velden` is empty. */
  readonly weggelaten: readonly Weigergrond[] | null;
  readonly velden: readonly AfschriftVeld[];
}

/** Flattens an entry's data into text fields: nested objects and lists become dotted paths. */
export function vlakVelden(gegevens: unknown, voorvoegsel = ""): Veld[] {
  if (gegevens === null || gegevens === undefined) return [];
  if (typeof gegevens === "string") return [{ pad: voorvoegsel, waarde: gegevens }];
  if (typeof gegevens === "number" || typeof gegevens === "boolean")
    return [{ pad: voorvoegsel, waarde: String(gegevens) }];
  const pad = (sleutel: string | number) => (voorvoegsel === "" ? String(sleutel) : `${voorvoegsel}.${sleutel}`);
  if (Array.isArray(gegevens)) return gegevens.flatMap((waarde, i) => vlakVelden(waarde, pad(i)));
  if (typeof gegevens === "object")
    return Object.entries(gegevens).flatMap(([sleutel, waarde]) => vlakVelden(waarde, pad(sleutel)));
  return [];
}

/**
 * The entries a copy covers: every entry up to and including `totVolgnummer`, except the entries about
 * inspection themselves, oldest first. Who recorded an entry is a field of it, so it can be withheld.
 */
export function vermeldingenVoorAfschrift(gebeurtenissen: readonly Gebeurtenis[], totVolgnummer: number): Vermelding[] {
  return gebeurtenissen
    .filter((g) => g.volgnummer <= totVolgnummer && !isInzageType(g.type))
    .toSorted((a, b) => a.volgnummer - b.volgnummer)
    .map((g) => ({
      gebeurtenisId: g.id,
      volgnummer: g.volgnummer,
      type: g.type,
      stap: g.stap,
      opgetredenOp: g.opgetredenOp,
      rol: g.actor.rol,
      velden: [
        { pad: VELD_VASTGELEGD_DOOR, waarde: g.actor.naam },
        ...vlakVelden(g.gegevens).filter((v) => v.waarde !== ""),
      ],
    }));
}

const isLaag = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHoog = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** A position between two halves of one character (a surrogate pair) would leave half a character in the copy. */
function splitstTeken(tekst: string, positie: number): boolean {
  return (
    positie > 0 && positie < tekst.length && isHoog(tekst.charCodeAt(positie - 1)) && isLaag(tekst.charCodeAt(positie))
  );
}

/**
 * Checks marks against the entries they point at: a known entry of the copy, a field it has, a span
 * inside the field's text that does not cut a character in two. Returns a field error per wrong mark
 * (path `weglatingen.N…`), empty when all fit.
 */
export function controleerWeglatingen(
  vermeldingen: readonly Vermelding[],
  weglatingen: readonly Weglating[],
  voorvoegsel = "gegevens.weglatingen",
): VeldFout[] {
  const perId = new Map(vermeldingen.map((v) => [v.gebeurtenisId, v]));
  const fouten: VeldFout[] = [];
  weglatingen.forEach((w, i) => {
    const vermelding = perId.get(w.gebeurtenisId);
    if (!vermelding)
      return fouten.push({ veld: `${voorvoegsel}.${i}.gebeurtenisId`, sleutel: "fout.weglating_onbekend" });
    if (w.veld === undefined) return;
    const veld = vermelding.velden.find((v) => v.pad === w.veld);
    if (!veld) return fouten.push({ veld: `${voorvoegsel}.${i}.veld`, sleutel: "fout.weglating_veld_onbekend" });
    if (w.van === undefined || w.tot === undefined) return;
    if (w.tot > veld.waarde.length || splitstTeken(veld.waarde, w.van) || splitstTeken(veld.waarde, w.tot)) {
      fouten.push({ veld: `${voorvoegsel}.${i}.tot`, sleutel: "fout.weglating_buiten_tekst" });
    }
    return;
  });
  return fouten;
}

/** Grounds in the fixed order of the list, each once. */
function gesorteerd(gronden: Iterable<Weigergrond>): Weigergrond[] {
  const set = new Set(gronden);
  return WEIGERGRONDEN.filter((g) => set.has(g));
}

/** A piece of a field's original text, with the grounds when it is to be withheld: the preparer's view. */
export interface Stuk {
  readonly tekst: string;
  readonly gronden: readonly Weigergrond[] | null;
}

/**
 * Splits a field's text at its spans: overlapping and touching spans merge into one piece that names
 * every ground involved, so the copy never shows two markers side by side for one name.
 */
export function markeerStukken(
  tekst: string,
  spans: readonly { readonly van: number; readonly tot: number; readonly grond: Weigergrond }[],
): Stuk[] {
  const geldig = spans
    .map((s) => ({ van: Math.max(0, s.van), tot: Math.min(tekst.length, s.tot), grond: s.grond }))
    .filter((s) => s.van < s.tot)
    .toSorted((a, b) => a.van - b.van || a.tot - b.tot);
  const samen: { van: number; tot: number; gronden: Set<Weigergrond> }[] = [];
  for (const s of geldig) {
    const vorige = samen.at(-1);
    if (vorige && s.van <= vorige.tot) {
      vorige.tot = Math.max(vorige.tot, s.tot);
      vorige.gronden.add(s.grond);
    } else samen.push({ van: s.van, tot: s.tot, gronden: new Set([s.grond]) });
  }
  const stukken: Stuk[] = [];
  let positie = 0;
  for (const s of samen) {
    if (s.van > positie) stukken.push({ tekst: tekst.slice(positie, s.van), gronden: null });
    stukken.push({ tekst: tekst.slice(s.van, s.tot), gronden: gesorteerd(s.gronden) });
    positie = s.tot;
  }
  if (positie < tekst.length) stukken.push({ tekst: tekst.slice(positie), gronden: null });
  return stukken;
}

/** A field's text for the copy: the withheld pieces are dropped here, only their grounds stay. */
export function knipTekst(
  tekst: string,
  spans: readonly { readonly van: number; readonly tot: number; readonly grond: Weigergrond }[],
): Deel[] {
  return markeerStukken(tekst, spans).map((s): Deel =>
    s.gronden ? { soort: "weggelaten", gronden: s.gronden } : { soort: "tekst", tekst: s.tekst },
  );
}

/**
 * Builds the copy: per entry, the entry withheld as a whole, or per field the field withheld, or its
 * text with the marked spans withheld. A whole entry outranks its fields, a field outranks its spans.
 * Marks that point at nothing in the copy change nothing (they were refused when saved).
 */
export function maakAfschrift(
  vermeldingen: readonly Vermelding[],
  weglatingen: readonly Weglating[],
): AfschriftVermelding[] {
  return vermeldingen.map((v) => {
    const eigen = weglatingen.filter((w) => w.gebeurtenisId === v.gebeurtenisId);
    const kop = { volgnummer: v.volgnummer, type: v.type, stap: v.stap, opgetredenOp: v.opgetredenOp, rol: v.rol };
    const heel = eigen.filter((w) => w.veld === undefined);
    if (heel.length > 0) return { ...kop, weggelaten: gesorteerd(heel.map((w) => w.grond)), velden: [] };
    const velden = v.velden.map((veld): AfschriftVeld => {
      const hierop = eigen.filter((w) => w.veld === veld.pad);
      const geheel = hierop.filter((w) => w.van === undefined);
      if (geheel.length > 0)
        return { pad: veld.pad, delen: [{ soort: "weggelaten", gronden: gesorteerd(geheel.map((w) => w.grond)) }] };
      const spans = hierop.flatMap((w) =>
        w.van !== undefined && w.tot !== undefined ? [{ van: w.van, tot: w.tot, grond: w.grond }] : [],
      );
      return { pad: veld.pad, delen: knipTekst(veld.waarde, spans) };
    });
    return { ...kop, weggelaten: null, velden };
  });
}

/**
 * Finds every place a text occurs in the entries' fields, ignoring case, and returns them as spans
 * with the given ground: the way to withhold a name wherever it was written. The text itself is not
 * kept, only where it stands. Text shorter than two characters finds nothing (it would mark half the dossier).
 */
export function vindTekst(vermeldingen: readonly Vermelding[], zoek: string, grond: Weigergrond): Weglating[] {
  const term = zoek.trim();
  if ([...term].length < 2) return [];
  const patroon = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "giu");
  const gevonden: Weglating[] = [];
  for (const v of vermeldingen) {
    for (const veld of v.velden) {
      for (const treffer of veld.waarde.matchAll(patroon)) {
        gevonden.push({
          gebeurtenisId: v.gebeurtenisId,
          veld: veld.pad,
          van: treffer.index,
          tot: treffer.index + treffer[0].length,
          grond,
        });
      }
    }
  }
  return gevonden;
}

/** The same mark twice is kept once (saving a search again adds nothing). */
export function voegWeglatingenSamen(...lijsten: readonly (readonly Weglating[])[]): Weglating[] {
  const gezien = new Set<string>();
  const uit: Weglating[] = [];
  for (const w of lijsten.flat()) {
    const sleutel = JSON.stringify([w.gebeurtenisId, w.veld ?? null, w.van ?? null, w.tot ?? null, w.grond]);
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    uit.push(w);
  }
  return uit;
}

/** A field's text in the copy: the kept text with each withheld piece as "[weggelaten: <grounds>]" in the reader's words. */
export function alsTekst(delen: readonly Deel[], marker: (gronden: readonly Weigergrond[]) => string): string {
  return delen.map((d) => (d.soort === "tekst" ? d.tekst : marker(d.gronden))).join("");
}

/**
 * What the log may say about a copy: how many marks per ground and which entries, never the text.
 * E.g. "3 weglatingen (identiteit_informant: 2, privacy_derden: 1) in vermeldingen 2, 5".
 */
export function weglatingenSamenvatting(
  vermeldingen: readonly { readonly gebeurtenisId: string; readonly volgnummer: number }[] | null,
  weglatingen: readonly Weglating[],
): string {
  const perGrond = WEIGERGRONDEN.map((g) => [g, weglatingen.filter((w) => w.grond === g).length] as const).filter(
    ([, n]) => n > 0,
  );
  const nummers = vermeldingen
    ? [
        ...new Set(
          weglatingen
            .map((w) => vermeldingen.find((v) => v.gebeurtenisId === w.gebeurtenisId)?.volgnummer)
            .filter((n) => n !== undefined),
        ),
      ].toSorted((a, b) => a - b)
    : [];
  const gronden = perGrond.map(([g, n]) => `${g}: ${n}`).join(", ");
  return `${weglatingen.length} weglatingen${gronden ? ` (${gronden})` : ""}${nummers.length ? ` in vermeldingen ${nummers.join(", ")}` : ""}`;
}
