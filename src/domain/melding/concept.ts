import type { DossierToestand } from "../dossier/toestand.ts";
import { beslisserVan } from "../dossier/besluit.ts";
import { versneldeRoute } from "../dossier/versnelde-route.ts";
import type { MeldingInhoud } from "./melding.ts";

/**
 * The first draft of the report, built from what the dossier already holds, so nothing is typed twice.
 * It is a draft: the professional reads, completes and corrects it before anything is sent. Facts and
 * interpretation stay apart, as they were recorded. Dutch only (see melding.ts).
 */

export interface ConceptContext {
  readonly melder: { readonly naam: string; readonly organisatie: string; readonly sector: string };
  readonly vandaag: string;
  /** Names of people referred to by id in the dossier (the eindverantwoordelijke of a decision). */
  readonly namen: ReadonlyMap<string, string>;
}

const BRON: Record<string, string> = {
  eigen_waarneming: "eigen waarneming",
  collega: "van een collega",
  andere_professional: "van een andere professional",
  netwerk_gezin: "uit het netwerk van het gezin",
  kind_zelf: "het kind vertelde het zelf",
};
const CONSULTATIE: Record<string, string> = {
  collega: "een collega",
  aandachtsfunctionaris: "de aandachtsfunctionaris",
  gedragswetenschapper: "een gedragswetenschapper",
  veilig_thuis: "Veilig Thuis (anoniem advies)",
  letseldeskundige: "een letseldeskundige",
  deskundige_bijzondere_route: "een deskundige voor eergerelateerd geweld, huwelijksdwang, achterlating of meisjesbesnijdenis",
  anders: "een andere deskundige",
};
const BESLUIT: Record<string, string> = {
  melden: "melden bij Veilig Thuis",
  melden_en_hulp: "melden bij Veilig Thuis en zelf hulp bieden of organiseren",
  hulp: "hulp bieden of organiseren",
  afsluiten: "geen melding, dossier afsluiten",
};

/** "12-11-2026" from "2026-11-12": the notation Veilig Thuis' forms and professionals use. */
export function nlDatum(iso: string): string {
  const [j, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${j}`;
}

/** Whole years between a date of birth and today. */
export function leeftijd(geboortedatum: string, vandaag: string): number {
  const jaren = Number(vandaag.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return vandaag.slice(5) < geboortedatum.slice(5) ? jaren - 1 : jaren;
}

export function maakMeldingConcept(t: DossierToestand, ctx: ConceptContext): MeldingInhoud {
  const opening = t.opening?.gegevens;
  const zorgen = t.signalen.filter((s) => s.gegevens.soort === "signaal");
  const risicos = t.signalen.filter((s) => s.gegevens.soort === "vroeg_risico");
  const tegen = t.signalen.filter((s) => s.gegevens.soort === "tegenindicatie");
  const ouderGesprek = t.gesprekken.find((g) => g.gegevens.met === "ouders");
  const geenGesprek = t.gesprekkenNietGevoerd.find((g) => g.gegevens.met === "ouders");
  const besluit = t.besluiten.at(-1)?.gegevens;
  const route = versneldeRoute(t);

  const kind = opening
    ? `Kind: ${opening.werknaam}${opening.geboortedatum ? `, ${leeftijd(opening.geboortedatum, ctx.vandaag)} jaar (geboren ${nlDatum(opening.geboortedatum)})` : ""}.`
    : "Kind:";
  const feit = (s: (typeof t.signalen)[number]) =>
    `${nlDatum(s.gegevens.datumWaarneming)}${s.gegevens.plaats ? `, ${s.gegevens.plaats}` : ""} (${BRON[s.gegevens.bron] ?? s.gegevens.bron}; ${s.gegevens.waargenomenDoor}): ${s.gegevens.waarneming}`;
  const duiding = t.signalen.filter((s) => s.gegevens.interpretatie).map((s) => `Bij ${nlDatum(s.gegevens.datumWaarneming)}: ${s.gegevens.interpretatie}`);

  const stappen = [
    ...t.signalen.slice(0, 1).map((s) => `${nlDatum(s.vastgelegdOp)}: eerste signaal vastgelegd (stap 1).`),
    ...t.consultaties.map((c) => `${nlDatum(c.gegevens.datum)}: overleg met ${CONSULTATIE[c.gegevens.met] ?? c.gegevens.met} (stap 2).`),
    ...t.gesprekken.map((g) => `${nlDatum(g.gegevens.datum)}: gesprek met ${g.gegevens.met === "ouders" ? "de ouders" : "het kind"} (stap 3).`),
    ...t.gesprekkenNietGevoerd.map((g) => `Geen gesprek met ${g.gegevens.met === "ouders" ? "de ouders" : "het kind"} (stap 3): ${g.gegevens.toelichting}`),
    ...(t.afweging.pad.length > 0 ? [`Afwegingskader doorlopen (stap 4)${t.afweging.meldnorm ? `; meldnorm ${t.afweging.meldnorm}` : ""}.`] : []),
    ...(besluit ? [`${nlDatum(t.besluiten.at(-1)?.vastgelegdOp ?? ctx.vandaag)}: besluit (stap 5): ${BESLUIT[besluit.besluit] ?? besluit.besluit}, genomen door ${naamVanBeslisser(t, ctx)}.`] : []),
  ];

  const acuut = route?.dreigingAcuut === true || t.acuteContacten.length > 0;
  return {
    melder: `${ctx.melder.naam}, ${ctx.melder.organisatie}. Bereikbaar via: [telefoonnummer en tijden].`,
    betrokkenen: [kind, "Ouders of verzorgers: [namen, adres, gezag].", "Andere kinderen of huisgenoten: [indien bekend]."].join("\n"),
    onveiligNu: [t.antwoorden[2]?.toelichting, besluit?.toelichting].filter(Boolean).join("\n\n") || "[Beschrijf wat de situatie nu onveilig maakt: wat gebeurde er, wanneer, en wat betekent het voor het kind?]",
    feiten: zorgen.length + risicos.length > 0 ? [...zorgen, ...risicos].map(feit).join("\n") : "[Signalen met datum en bron]",
    duiding: duiding.join("\n") || undefined,
    risicofactoren: risicos.length > 0 ? risicos.map((s) => `${s.gegevens.waarneming} Dit leidt tot onveiligheid doordat: [beschrijf hoe].`).join("\n") : undefined,
    beschermend: tegen.length > 0 ? tegen.map((s) => s.gegevens.waarneming).join("\n") : undefined,
    stappen: stappen.join("\n") || "[Stappen van de meldcode met datum]",
    gezinGeinformeerd: ouderGesprek || !geenGesprek ? "ja" : "nee",
    grondNietGeinformeerd: !ouderGesprek && geenGesprek ? geenGesprek.gegevens.grond : undefined,
    toelichtingGeinformeerd: ouderGesprek
      ? `Gesprek op ${nlDatum(ouderGesprek.gegevens.datum)}. Reactie van de ouders: ${ouderGesprek.gegevens.visie}`
      : geenGesprek?.gegevens.toelichting,
    geraadpleegd: t.consultaties.map((c) => `${CONSULTATIE[c.gegevens.met] ?? c.gegevens.met}${c.gegevens.naam ? ` (${c.gegevens.naam})` : ""} op ${nlDatum(c.gegevens.datum)}: ${c.gegevens.uitkomst}`).join("\n") || "[Met wie overlegde u?]",
    urgentie: acuut ? "acuut" : t.afweging.meldnorm === 1 ? "spoed" : "regulier",
    verwachtingen: besluit?.besluit === "melden_en_hulp"
      ? "Wij melden en blijven zelf betrokken bij het kind: [welke hulp wij bieden]. Wij verwachten van Veilig Thuis: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet."
      : "Wij verwachten van Veilig Thuis: [wat]. Onze eigen rol hierna: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet.",
  };
}

/** The name of who took the last decision; a name an old event does not carry comes from the context. */
function naamVanBeslisser(t: DossierToestand, ctx: ConceptContext): string {
  const laatste = t.besluiten.at(-1);
  const beslisser = laatste ? beslisserVan(laatste) : null;
  return beslisser?.naam ?? (beslisser ? ctx.namen.get(beslisser.id) : undefined) ?? "de eindverantwoordelijke";
}

/** Placeholders the draft left for the professional, such as "[telefoonnummer en tijden]". */
export function openPlekken(inhoud: MeldingInhoud): string[] {
  const gevonden = new Set<string>();
  for (const waarde of Object.values(inhoud)) {
    if (typeof waarde !== "string") continue;
    for (const m of waarde.matchAll(/\[[^\]\n]{2,120}\]/g)) gevonden.add(m[0]);
  }
  return [...gevonden];
}
