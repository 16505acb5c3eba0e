import { DomeinFout, veldFout } from "../fouten.ts";
import { naarDagnummer, uitDagnummer } from "../tijd/tijdstip.ts";
import { RECHTEN_TYPES, type GebeurtenisType } from "./keuzes.ts";
import type { GegevensVan } from "./gebeurtenis.ts";
import type { Correctieverzoek, DossierToestand, Vastlegging } from "./toestand.ts";

/**
 * The family's rights over the record (AVG art. 16 and 17, and what the Jeugdwet and the WGBO give
 * them): a request for correction or removal with its decision, and their own view (zienswijze)
 * beside the entries it concerns. Nothing here changes an entry: a granted correction is a new
 * `correctie` event linked to the request; a granted removal waits for destruction (decision 0049).
 */

/** Types a request or a view cannot concern: the rights' own entries and the bookkeeping of the case. */
const NIET_BETREFBAAR: readonly GebeurtenisType[] = [
  ...RECHTEN_TYPES,
  "correctie",
  "melding_concept_opgeslagen",
  "dossier_afgesloten",
  "dossier_heropend",
];

/** May a request or a view name an entry of this type? */
export function isBetrefbaar(type: GebeurtenisType): boolean {
  return !NIET_BETREFBAAR.includes(type);
}

/** The entries a request or a view may name, oldest first: id, type and number from the register. */
export function betrefbareVastleggingen(
  toestand: DossierToestand,
): { readonly id: string; readonly type: GebeurtenisType; readonly volgnummer: number }[] {
  return [...toestand.register]
    .filter(([, r]) => isBetrefbaar(r.type))
    .map(([id, r]) => ({ id, type: r.type, volgnummer: r.volgnummer }))
    .sort((a, b) => a.volgnummer - b.volgnummer);
}

/**
 * Where a request stands:
 * - `te_beslissen`: not decided yet;
 * - `afgewezen`: refused, with a reason; nothing more happens;
 * - `correctie_te_maken`: (partly) granted, no correction made under it yet;
 * - `gecorrigeerd`: (partly) granted, at least one correction made under it;
 * - `verwijdering_open`: removal (partly) granted: the content goes when the case is destroyed, and
 *   until then the request stays open. Meldwijzer does not remove content from the record by editing it.
 */
export type VerzoekStand = "te_beslissen" | "afgewezen" | "correctie_te_maken" | "gecorrigeerd" | "verwijdering_open";

export function verzoekStand(v: Correctieverzoek): VerzoekStand {
  if (!v.beslissing) return "te_beslissen";
  if (v.beslissing.gegevens.beslissing === "afgewezen") return "afgewezen";
  if (v.verzoek.gegevens.soort === "verwijdering") return "verwijdering_open";
  return v.correctieIds.length > 0 ? "gecorrigeerd" : "correctie_te_maken";
}

/** Requests that still ask something of the organisation: a decision, a correction, or a removal. */
export function openVerzoeken(toestand: Pick<DossierToestand, "correctieverzoeken">): Correctieverzoek[] {
  return toestand.correctieverzoeken.filter((v) =>
    ["te_beslissen", "correctie_te_maken", "verwijdering_open"].includes(verzoekStand(v)),
  );
}

/**
 * The day by which the request must be answered: one month after it was received (AVG art. 12(3));
 * at the end of a shorter month, its last day.
 */
export function beslissenUiterlijk(ontvangen: string): string {
  const [jaar, maand, dag] = ontvangen.split("-").map(Number) as [number, number, number];
  const volgendeJaar = maand === 12 ? jaar + 1 : jaar;
  const volgendeMaand = maand === 12 ? 1 : maand + 1;
  const laatsteDag = uitDagnummer(
    naarDagnummer(
      volgendeMaand === 12 ? volgendeJaar + 1 : volgendeJaar,
      volgendeMaand === 12 ? 1 : volgendeMaand + 1,
      1,
    ) - 1,
  ).dag;
  const d = Math.min(dag, laatsteDag);
  return `${volgendeJaar}-${String(volgendeMaand).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function vindVerzoek(toestand: DossierToestand, verzoekId: string): Correctieverzoek | null {
  return toestand.correctieverzoeken.find((v) => v.verzoek.gebeurtenisId === verzoekId) ?? null;
}

/** The family's views that concern one entry, in the order added. */
export function zienswijzenBij(
  toestand: Pick<DossierToestand, "zienswijzen">,
  gebeurtenisId: string,
): Vastlegging<"zienswijze_toegevoegd">[] {
  return toestand.zienswijzen.filter((z) => z.gegevens.betreft.includes(gebeurtenisId));
}

/** Every id must be an entry of this dossier of a kind a request or a view can concern. */
function controleerBetreft(toestand: DossierToestand, ids: readonly string[], veld: string): void {
  for (const id of ids) {
    const r = toestand.register.get(id);
    if (!r || !isBetrefbaar(r.type)) throw veldFout(veld, "fout.vastlegging_onbekend");
  }
}

export function beoordeelVerzoek(
  toestand: DossierToestand,
  gegevens: GegevensVan<"correctieverzoek_vastgelegd">,
): void {
  controleerBetreft(toestand, gegevens.vastleggingen, "gegevens.vastleggingen");
}

export function beoordeelZienswijze(toestand: DossierToestand, gegevens: GegevensVan<"zienswijze_toegevoegd">): void {
  controleerBetreft(toestand, gegevens.betreft, "gegevens.betreft");
}

/** A request is decided once; a later change of mind is a new request. */
export function beoordeelVerzoekBeslissing(
  toestand: DossierToestand,
  gegevens: GegevensVan<"correctieverzoek_beslist">,
): void {
  const verzoek = vindVerzoek(toestand, gegevens.verzoek);
  if (!verzoek) throw veldFout("gegevens.verzoek", "fout.verzoek_onbekend");
  if (verzoek.beslissing) throw veldFout("gegevens.verzoek", "fout.verzoek_al_beslist");
}

/**
 * A correction that names a request carries it out: the request asks a correction, was (partly)
 * granted, and names the corrected entry.
 */
export function beoordeelCorrectieBijVerzoek(toestand: DossierToestand, verzoekId: string, corrigeert: string): void {
  const verzoek = vindVerzoek(toestand, verzoekId);
  const weigering = (sleutel: string) =>
    new DomeinFout("CORRECTIE_NIET_TOEGESTAAN", [{ veld: "gegevens.verzoek", sleutel }]);
  if (!verzoek) throw weigering("fout.verzoek_onbekend");
  if (verzoek.verzoek.gegevens.soort !== "correctie") throw weigering("fout.verzoek_geen_correctie");
  const stand = verzoekStand(verzoek);
  if (stand !== "correctie_te_maken" && stand !== "gecorrigeerd") throw weigering("fout.verzoek_niet_toegewezen");
  if (!verzoek.verzoek.gegevens.vastleggingen.includes(corrigeert)) throw weigering("fout.verzoek_andere_vastlegging");
}

/** Does a correction's input name a request? Asked before validation: on a closed dossier only such a correction is taken. */
export function verzoekInInvoer(gegevens: unknown): boolean {
  if (gegevens === null || typeof gegevens !== "object" || !Object.hasOwn(gegevens, "verzoek")) return false;
  const verzoek = (gegevens as Record<string, unknown>)["verzoek"];
  return typeof verzoek === "string" && verzoek.trim() !== "";
}
