import { beslisserVan, voorstelVan } from "../dossier/besluit.ts";
import type { DossierToestand } from "../dossier/toestand.ts";
import { datumInNederland } from "../tijd/nederlandse-tijd.ts";

/**
 * The Meldcode steps a dossier shows were taken, each with the day it happened, in the order of that
 * day: what "Gezette stappen" in the report says. The day comes from the entry's own data (the day a
 * signal was observed, a consultation or conversation held, a call made, a report sent). Only where the
 * data has no date (the kindcheck, a conversation not held, the weighing, the decision, help started)
 * does the day of entry stand in, in Dutch time, and the step says so (`datumVanVastleggen`).
 * The decision is read from `toestand.besluiten`, the last one standing. Dutch only (see melding.ts).
 */
export interface GezetteStap {
  /** ISO date "YYYY-MM-DD". */
  readonly datum: string;
  /** "14:05" when the data records the time of day (a call in acute danger, a report sent). */
  readonly tijd: string | null;
  /** True when `datum` is the day the entry was made, because the entry records no date of its own. */
  readonly datumVanVastleggen: boolean;
  readonly tekst: string;
}

export const CONSULTATIE: Record<string, string> = {
  collega: "een collega",
  aandachtsfunctionaris: "de aandachtsfunctionaris",
  gedragswetenschapper: "een gedragswetenschapper",
  veilig_thuis: "Veilig Thuis (anoniem advies)",
  letseldeskundige: "een letseldeskundige",
  deskundige_bijzondere_route:
    "een deskundige voor eergerelateerd geweld, huwelijksdwang, achterlating of meisjesbesnijdenis",
  anders: "een andere deskundige",
};
export const ACUUT_MET: Record<string, string> = {
  alarmnummer_112: "het alarmnummer 112",
  veilig_thuis: "Veilig Thuis",
  politie: "de politie",
  huisarts_of_spoedzorg: "de huisarts of de spoedeisende hulp",
  anders: "een andere hulpdienst",
};
export const GROND: Record<string, string> = {
  veiligheid: "de veiligheid van het kind, van anderen of van de professional",
  contact_verbroken: "het gezin zou het contact of de hulp verbreken",
  vertrouwensrelatie: "de vertrouwensrelatie met het gezin",
  leeftijd: "de leeftijd of ontwikkeling van het kind",
};
const BESLUIT: Record<string, string> = {
  melden: "melden bij Veilig Thuis",
  melden_en_hulp: "melden bij Veilig Thuis en zelf hulp bieden of organiseren",
  hulp: "hulp bieden of organiseren",
  afsluiten: "geen melding, dossier afsluiten",
};
const MELD_WIJZE: Record<string, string> = {
  telefoon: "telefonisch",
  webformulier: "via het formulier van Veilig Thuis",
};
const VT_BEOORDELING: Record<string, string> = {
  acuut_onveilig: "acuut onveilig",
  structureel_onveilig: "structureel onveilig",
  onveilig: "onveilig",
  veilig: "veilig",
  onbekend: "nog niet beoordeeld",
};
const VT_VERVOLG: Record<string, string> = {
  onderzoek: "onderzoek",
  voorwaarden_en_vervolg: "veiligheidsvoorwaarden en vervolg",
  overdracht_lokaal_veld: "overdracht aan het lokale team",
  advies_aan_melder: "advies aan de melder",
  geen_vervolg: "geen vervolg",
};
const EVALUATIE_VERVOLG: Record<string, string> = {
  hulp_voortzetten: "hulp voortzetten",
  monitoren: "monitoren",
  afsluiten: "afsluiten",
  melden: "(opnieuw) melden",
};
const CHECK: Record<string, string> = { veilig: "voldoende veilig", zorgen: "er zijn zorgen", onveilig: "onveilig" };

const partner = (met: string) => (met === "ouders" ? "de ouders" : "het kind");

/** Steps on one day follow the Meldcode's order; then the order in which they were entered. */
interface Kandidaat extends GezetteStap {
  readonly rang: number;
}

export function gezetteStappen(t: DossierToestand, namen: ReadonlyMap<string, string>): GezetteStap[] {
  const stappen: Kandidaat[] = [];
  const opDag = (datum: string, rang: number, tekst: string, tijd: string | null = null) =>
    stappen.push({ datum, tijd, datumVanVastleggen: false, rang, tekst });
  const opInvoer = (vastgelegdOp: string, rang: number, tekst: string) =>
    stappen.push({ datum: datumInNederland(vastgelegdOp), tijd: null, datumVanVastleggen: true, rang, tekst });

  const signalen = t.signalen
    .filter((s) => s.gegevens.soort !== "tegenindicatie")
    .map((s) => s.gegevens.datumWaarneming)
    .sort();
  const eerste = signalen[0];
  const laatste = signalen.at(-1);
  if (eerste !== undefined) opDag(eerste, 1, "eerste signaal waargenomen (stap 1).");
  if (laatste !== undefined && signalen.length > 1)
    opDag(
      laatste,
      1,
      `meest recente signaal waargenomen (stap 1); in totaal ${signalen.length} signalen in kaart gebracht.`,
    );
  if (t.kindcheck) opInvoer(t.kindcheck.vastgelegdOp, 1, "kindcheck uitgevoerd (stap 1).");
  for (const n of t.nietVanToepassing)
    opInvoer(n.vastgelegdOp, 1, `kindcheck niet van toepassing (stap 1): ${n.gegevens.reden}`);
  for (const a of t.acuteContacten)
    opDag(
      a.gegevens.datum,
      2,
      `in acute nood contact met ${ACUUT_MET[a.gegevens.met] ?? a.gegevens.met}. Afspraken: ${a.gegevens.afspraken}`,
      klokTijd(a.gegevens.tijd),
    );
  for (const c of t.consultaties)
    opDag(c.gegevens.datum, 2, `overleg met ${CONSULTATIE[c.gegevens.met] ?? c.gegevens.met} (stap 2).`);
  for (const g of t.gesprekken) opDag(g.gegevens.datum, 3, `gesprek met ${partner(g.gegevens.met)} (stap 3).`);
  for (const g of t.gesprekkenNietGevoerd) {
    opInvoer(
      g.vastgelegdOp,
      3,
      `geen gesprek met ${partner(g.gegevens.met)} (stap 3), vanwege ${GROND[g.gegevens.grond] ?? g.gegevens.grond}: ${g.gegevens.toelichting}`,
    );
  }
  const beantwoord = Object.values(t.antwoorden)
    .map((a) => a.beantwoordOp)
    .sort();
  const afgewogen = beantwoord.at(-1);
  if (afgewogen !== undefined)
    opInvoer(
      afgewogen,
      4,
      `afwegingskader doorlopen (stap 4)${t.afweging.meldnorm ? `; meldnorm ${t.afweging.meldnorm}` : ""}.`,
    );
  const besluit = t.besluiten.at(-1);
  if (besluit) {
    const b = besluit.gegevens;
    const beslisser = beslisserVan(besluit);
    const naam = beslisser.naam ?? namen.get(beslisser.id) ?? "de eindverantwoordelijke";
    const voorstel = voorstelVan(t, besluit);
    const opVoorstel = voorstel ? ` op voorstel van ${voorstel.vastgelegdDoor.naam}` : "";
    opInvoer(
      besluit.vastgelegdOp,
      5,
      `besluit (stap 5): ${BESLUIT[b.besluit] ?? b.besluit}, genomen door ${naam}${opVoorstel}.`,
    );
  }
  for (const m of t.meldingen) {
    const g = m.gegevens;
    opDag(
      g.datum,
      6,
      `melding gedaan bij Veilig Thuis, ${MELD_WIJZE[g.wijze] ?? g.wijze}; contactpersoon ${g.contactpersoon}${g.referentie ? `, kenmerk ${g.referentie}` : ""}.`,
      klokTijd(g.tijd),
    );
  }
  for (const r of t.vtReacties)
    opDag(
      r.gegevens.datum,
      7,
      `reactie van Veilig Thuis: ${VT_BEOORDELING[r.gegevens.beoordeling] ?? r.gegevens.beoordeling}; vervolg: ${VT_VERVOLG[r.gegevens.vervolg] ?? r.gegevens.vervolg}.`,
    );
  for (const h of t.hulp) opInvoer(h.vastgelegdOp, 8, `hulp gestart: ${h.gegevens.omschrijving}`);
  for (const e of t.evaluaties) {
    opDag(
      e.gegevens.datum,
      9,
      `evaluatie van de hulp: resultaten ${e.gegevens.resultaat === "bereikt" ? "bereikt" : "niet bereikt"}; vervolg: ${EVALUATIE_VERVOLG[e.gegevens.vervolg] ?? e.gegevens.vervolg}.`,
    );
  }
  for (const c of t.monitoring.flatMap((m) => m.checks))
    opDag(c.gegevens.datum, 10, `veiligheidscheck: ${CHECK[c.gegevens.uitkomst] ?? c.gegevens.uitkomst}.`);

  // Array.prototype.sort is stable: equal keys keep the order in which they were entered.
  return stappen
    .sort((a, b) => vergelijk(a.datum, b.datum) || a.rang - b.rang || vergelijk(a.tijd ?? "", b.tijd ?? ""))
    .map(({ rang: _rang, ...stap }) => stap);
}

/** "09:05" from "9.05" or "09:05", as the forms accept either. */
function klokTijd(tijd: string): string {
  const [uur = "", minuut = ""] = tijd.split(/[:.]/);
  return `${uur.padStart(2, "0")}:${minuut}`;
}

function vergelijk(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
