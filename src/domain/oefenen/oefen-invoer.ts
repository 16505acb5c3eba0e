import {
  adviesVoorBesluit,
  evalueerAfweging,
  VRAAG_NUMMERS,
  type Antwoord,
  type Antwoorden,
} from "../afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../dossier/keuzes.ts";
import { DomeinFout, type VeldFout } from "../fouten.ts";
import { REFLECTIE_IDS, type ReflectieId } from "../kennis/oefencasussen.ts";
import { keuzeProbleem, type Beslispunt } from "./oefencasus.ts";

/**
 * The practice answers as they are stored, and the checks on what a person sends. Every refusal is
 * a DomeinFout ONGELDIGE_INVOER with a message per field, so nothing half-valid is ever stored.
 */

export interface KeuzeAntwoord {
  readonly gekozen: readonly string[];
}
export interface AfwegingAntwoord {
  readonly antwoorden: Antwoorden;
  readonly disclosure: boolean;
}
export type ReflectieAntwoord = Readonly<Record<ReflectieId, string>>;

/** The longest practice note; a reflection is a few sentences, not an essay. */
export const MAX_NOTITIE = 2000;

/** The options chosen at a decision point, checked against the point. */
export function leesKeuze(punt: Beslispunt, gekozen: readonly string[]): KeuzeAntwoord {
  const probleem = keuzeProbleem(punt, gekozen);
  if (probleem) throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "keuze", sleutel: probleem }]);
  return { gekozen: [...gekozen] };
}

function isAntwoord(w: string): w is Antwoord {
  return (ANTWOORDEN as readonly string[]).includes(w);
}

/** Answers to questions 1–5 from fields `vraag_1` … `vraag_5`; an empty field is "not answered". */
function leesVragen(velden: Readonly<Record<string, string>>, fouten: VeldFout[], alleVerplicht: boolean): Antwoorden {
  const antwoorden: Antwoorden = {};
  for (const n of VRAAG_NUMMERS) {
    const w = (velden[`vraag_${n}`] ?? "").trim();
    if (w === "") {
      if (alleVerplicht) fouten.push({ veld: `vraag_${n}`, sleutel: "oefenen.fout.vraag_verplicht", waarden: { n } });
    } else if (isAntwoord(w)) antwoorden[n] = w;
    else fouten.push({ veld: `vraag_${n}`, sleutel: "oefenen.fout.onbekend_antwoord", waarden: { n } });
  }
  return antwoorden;
}

/**
 * The weighing of a practice case: disclosure yes or no, and the afwegingsvragen up to a conclusion.
 * The walk must reach an advice, as in a real dossier; questions off the path may stay empty.
 */
export function leesAfweging(velden: Readonly<Record<string, string>>): AfwegingAntwoord {
  const fouten: VeldFout[] = [];
  const d = velden["disclosure"] ?? "";
  if (d !== "ja" && d !== "nee") fouten.push({ veld: "disclosure", sleutel: "oefenen.fout.disclosure_kiezen" });
  const antwoorden = leesVragen(velden, fouten, false);
  if (fouten.length > 0) throw new DomeinFout("ONGELDIGE_INVOER", fouten);
  const disclosure = d === "ja";
  const uitkomst = evalueerAfweging(antwoorden, { disclosure });
  if (adviesVoorBesluit(uitkomst) === null && uitkomst.volgendeVraag !== null) {
    throw new DomeinFout("ONGELDIGE_INVOER", [
      {
        veld: `vraag_${uitkomst.volgendeVraag}`,
        sleutel: "oefenen.fout.afweging_onvolledig",
        waarden: { n: uitkomst.volgendeVraag },
      },
    ]);
  }
  return { antwoorden, disclosure };
}

/** A team session asks all five questions of everyone, so the spread compares like with like. */
export function leesTeamAntwoorden(velden: Readonly<Record<string, string>>): Antwoorden {
  const fouten: VeldFout[] = [];
  const antwoorden = leesVragen(velden, fouten, true);
  if (fouten.length > 0) throw new DomeinFout("ONGELDIGE_INVOER", fouten);
  return antwoorden;
}

/** The three reflection questions of Check je Gesprek; each gets at least a word. */
export function leesReflectie(velden: Readonly<Record<string, string>>): ReflectieAntwoord {
  const fouten: VeldFout[] = [];
  const uit = {} as Record<ReflectieId, string>;
  for (const id of REFLECTIE_IDS) {
    const w = (velden[id] ?? "").trim();
    if (w === "") fouten.push({ veld: id, sleutel: "oefenen.fout.reflectie_verplicht" });
    else if (w.length > MAX_NOTITIE)
      fouten.push({ veld: id, sleutel: "oefenen.fout.te_lang", waarden: { max: MAX_NOTITIE } });
    uit[id] = w;
  }
  if (fouten.length > 0) throw new DomeinFout("ONGELDIGE_INVOER", fouten);
  return uit;
}

/** A stored answer read back; stored by this module, so a mismatch means an older shape and reads as nothing. */
export function alsKeuze(w: unknown): KeuzeAntwoord | null {
  return typeof w === "object" && w !== null && Array.isArray((w as KeuzeAntwoord).gekozen)
    ? (w as KeuzeAntwoord)
    : null;
}
export function alsAfweging(w: unknown): AfwegingAntwoord | null {
  return typeof w === "object" && w !== null && typeof (w as AfwegingAntwoord).disclosure === "boolean"
    ? (w as AfwegingAntwoord)
    : null;
}
export function alsReflectie(w: unknown): ReflectieAntwoord | null {
  return typeof w === "object" &&
    w !== null &&
    REFLECTIE_IDS.every((id) => typeof (w as Record<string, unknown>)[id] === "string")
    ? (w as ReflectieAntwoord)
    : null;
}
export function alsTeamAntwoorden(w: unknown): Antwoorden {
  if (typeof w !== "object" || w === null) return {};
  const uit: Antwoorden = {};
  for (const n of VRAAG_NUMMERS) {
    const a = (w as Record<string, unknown>)[String(n)];
    if (typeof a === "string" && isAntwoord(a)) uit[n] = a;
  }
  return uit;
}
