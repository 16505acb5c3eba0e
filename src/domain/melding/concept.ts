import type { DossierToestand } from "../dossier/toestand.ts";
import { versneldeRoute } from "../dossier/versnelde-route.ts";
import { ACUUT_MET, CONSULTATIE, GROND, gezetteStappen, type GezetteStap } from "./gezette-stappen.ts";
import { MELDING_MAXIMUM, type MeldingInhoud } from "./melding.ts";

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

/** One line of "Gezette stappen": its date first, and when that is only the day of entry, saying so. */
export function stapRegel(stap: GezetteStap): string {
  const wanneer = `${nlDatum(stap.datum)}${stap.tijd ? ` om ${stap.tijd}` : ""}${stap.datumVanVastleggen ? " (datum van vastleggen)" : ""}`;
  return `${wanneer}: ${stap.tekst}`;
}

/** A copy sorted by a date; the sort is stable, so one day keeps the order of entry. */
function opDatum<T>(lijst: readonly T[], datum: (x: T) => string): T[] {
  return [...lijst].sort((a, b) => (datum(a) < datum(b) ? -1 : datum(a) > datum(b) ? 1 : 0));
}

const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

type Signaal = DossierToestand["signalen"][number];

/**
 * Each section draws on the entries that belong there, and lists them by the day they happened:
 * - what makes it unsafe now: disclosures, calls in acute danger, the most recent signals, and the
 *   weighing's own assessment of acute or structural unsafety (question 2, when answered "ja"); never
 *   the decision's text, which says what the organisation does, not what happens to the child;
 * - the facts: signals and early risks by observation date, and what the child said in a conversation;
 * - the interpretation, risk factors and what protects: from the signals of that kind;
 * - the steps: see `gezetteStappen`;
 * - whether the family was told: the conversations with the parents and the child, or the ground for
 *   not having them; with neither recorded, the draft says "ja" but leaves a placeholder to complete;
 * - the family's own view: every zienswijze by the day it was given, as their words, saying who gave
 *   it and how it came in;
 * - who was consulted: the consultations by date.
 */
export function maakMeldingConcept(t: DossierToestand, ctx: ConceptContext): MeldingInhoud {
  const opening = t.opening?.gegevens;
  const waarneming = (s: Signaal) => s.gegevens.datumWaarneming;
  const signalen = opDatum(t.signalen, waarneming);
  const zorgen = signalen.filter((s) => s.gegevens.soort === "signaal");
  const risicos = signalen.filter((s) => s.gegevens.soort === "vroeg_risico");
  const tegen = signalen.filter((s) => s.gegevens.soort === "tegenindicatie");
  const gesprekken = opDatum(t.gesprekken, (g) => g.gegevens.datum);
  const ouderGesprekken = gesprekken.filter((g) => g.gegevens.met === "ouders");
  const kindGesprekken = gesprekken.filter((g) => g.gegevens.met === "kind");
  const geenGesprek = (met: "ouders" | "kind") => t.gesprekkenNietGevoerd.filter((g) => g.gegevens.met === met).at(-1);
  const geenOudergesprek = geenGesprek("ouders");
  const geenKindgesprek = geenGesprek("kind");
  const besluit = t.besluiten.at(-1)?.gegevens;
  const route = versneldeRoute(t);

  const kind = opening
    ? `Kind: ${opening.werknaam}${opening.geboortedatum ? `, ${leeftijd(opening.geboortedatum, ctx.vandaag)} jaar (geboren ${nlDatum(opening.geboortedatum)})` : ""}.`
    : "Kind:";
  const kinderenKindcheck = t.kindcheck?.gegevens.kinderen;
  const herkomst = (s: Signaal) => `${BRON[s.gegevens.bron] ?? s.gegevens.bron}; ${s.gegevens.waargenomenDoor}`;
  const feit = (s: Signaal) =>
    `${nlDatum(s.gegevens.datumWaarneming)}${s.gegevens.plaats ? `, ${s.gegevens.plaats}` : ""} (${herkomst(s)}): ${s.gegevens.waarneming}`;
  const kindVertelde = kindGesprekken.map(
    (g) =>
      `${nlDatum(g.gegevens.datum)}, ${g.gegevens.plaats} (gesprek met het kind; ${g.gegevens.deelnemers}): ${g.gegevens.visie}`,
  );
  const duiding = signalen
    .filter((s) => s.gegevens.interpretatie)
    .map((s) => `Bij ${nlDatum(s.gegevens.datumWaarneming)}: ${s.gegevens.interpretatie}`);

  const onthullingen = zorgen.filter((s) => s.gegevens.disclosure);
  const laatsteDag = zorgen.at(-1)?.gegevens.datumWaarneming;
  const recent = zorgen.filter((s) => !s.gegevens.disclosure && s.gegevens.datumWaarneming === laatsteDag);
  const vraag2 = t.antwoorden[2];
  const onveilig = [
    ...onthullingen.map(
      (s) => `Disclosure op ${nlDatum(s.gegevens.datumWaarneming)} (${herkomst(s)}): ${s.gegevens.waarneming}`,
    ),
    ...opDatum(t.acuteContacten, (a) => a.gegevens.datum).map(
      (a) =>
        `Acute situatie op ${nlDatum(a.gegevens.datum)} (contact met ${ACUUT_MET[a.gegevens.met] ?? a.gegevens.met}): ${a.gegevens.situatie}`,
    ),
    ...recent.map(
      (s) => `Meest recente signaal, ${nlDatum(s.gegevens.datumWaarneming)} (${herkomst(s)}): ${s.gegevens.waarneming}`,
    ),
    vraag2?.antwoord === "ja"
      ? `Inschatting bij de afweging (vraag 2, acute of structurele onveiligheid): ${vraag2.toelichting}`
      : "[Wat betekent dit nu voor de veiligheid van het kind: is er acute of structurele onveiligheid, en waaruit blijkt dat?]",
  ];

  const geinformeerd = [
    ...ouderGesprekken.map(
      (g) =>
        `Gesprek met de ouders op ${nlDatum(g.gegevens.datum)} (${g.gegevens.deelnemers}). Reactie van de ouders: ${g.gegevens.visie}`,
    ),
    ...(ouderGesprekken.length === 0 && geenOudergesprek
      ? [`Geen gesprek met de ouders: ${geenOudergesprek.gegevens.toelichting}`]
      : []),
    ...kindGesprekken.map(
      (g) =>
        `Gesprek met het kind op ${nlDatum(g.gegevens.datum)}.${g.gegevens.kindGeinformeerd ? ` Aan het kind is ${g.gegevens.kindGeinformeerd === "ja" ? "" : "niet "}verteld wat er nu gaat gebeuren${g.gegevens.hoeGeinformeerd ? `: ${g.gegevens.hoeGeinformeerd}` : "."}` : ""}`,
    ),
    ...(kindGesprekken.length === 0 && geenKindgesprek
      ? [
          `Geen gesprek met het kind, vanwege ${GROND[geenKindgesprek.gegevens.grond] ?? geenKindgesprek.gegevens.grond}: ${geenKindgesprek.gegevens.toelichting}`,
        ]
      : []),
  ];
  const nietGeinformeerd = ouderGesprekken.length === 0 && geenOudergesprek !== undefined;

  const acuut = route?.dreigingAcuut === true || t.acuteContacten.length > 0;
  return binnenMaxima({
    melder: `${ctx.melder.naam}, ${ctx.melder.organisatie}. Bereikbaar via: [telefoonnummer en tijden].`,
    betrokkenen: [
      kind,
      "Ouders of verzorgers: [namen, adres, gezag].",
      kinderenKindcheck
        ? `Andere kinderen of huisgenoten (uit de kindcheck): ${kinderenKindcheck}`
        : "Andere kinderen of huisgenoten: [indien bekend].",
    ].join("\n"),
    onveiligNu: onveilig.join("\n"),
    feiten:
      [...opDatum([...zorgen, ...risicos], waarneming).map(feit), ...kindVertelde].join("\n") ||
      "[Signalen met datum en bron]",
    duiding: duiding.join("\n") || undefined,
    risicofactoren:
      risicos.length > 0
        ? risicos.map((s) => `${s.gegevens.waarneming} Dit leidt tot onveiligheid doordat: [beschrijf hoe].`).join("\n")
        : undefined,
    beschermend:
      tegen.length > 0
        ? tegen.map((s) => `${nlDatum(s.gegevens.datumWaarneming)}: ${s.gegevens.waarneming}`).join("\n")
        : undefined,
    stappen: gezetteStappen(t, ctx.namen).map(stapRegel).join("\n") || "[Stappen van de meldcode met datum]",
    gezinGeinformeerd: nietGeinformeerd ? "nee" : "ja",
    grondNietGeinformeerd: nietGeinformeerd ? geenOudergesprek.gegevens.grond : undefined,
    toelichtingGeinformeerd:
      ouderGesprekken.length === 0 && !geenOudergesprek
        ? [...geinformeerd, "[Wanneer en hoe zijn de ouders over de zorgen en de melding geïnformeerd?]"].join("\n")
        : geinformeerd.join("\n"),
    zienswijze:
      opDatum(t.zienswijzen, (z) => z.gegevens.datum)
        .map(zienswijzeRegel)
        .join("\n") || undefined,
    geraadpleegd:
      opDatum(t.consultaties, (c) => c.gegevens.datum)
        .map(
          (c) =>
            `${hoofdletter(CONSULTATIE[c.gegevens.met] ?? c.gegevens.met)}${c.gegevens.naam ? ` (${c.gegevens.naam})` : ""} op ${nlDatum(c.gegevens.datum)}: ${c.gegevens.uitkomst}`,
        )
        .join("\n") || "[Met wie overlegde u?]",
    urgentie: acuut ? "acuut" : t.afweging.meldnorm === 1 ? "spoed" : "regulier",
    verwachtingen:
      besluit?.besluit === "melden_en_hulp"
        ? "Wij melden en blijven zelf betrokken bij het kind: [welke hulp wij bieden]. Wij verwachten van Veilig Thuis: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet."
        : "Wij verwachten van Veilig Thuis: [wat]. Onze eigen rol hierna: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet.",
  });
}

/**
 * A long case can hold more signals, steps or consultations than a field of the report may carry. The
 * draft must still be one the professional can save, so a field that is too long keeps its newest lines
 * (each field lists oldest first) and begins with a bracketed note saying how many earlier lines did not
 * fit. Brackets mark what the professional still has to complete, so the note is seen before sending.
 */
export function binnenMaxima(inhoud: MeldingInhoud): MeldingInhoud {
  const uit: Record<string, unknown> = { ...inhoud };
  for (const [veld, maximum] of Object.entries(MELDING_MAXIMUM)) {
    const waarde = uit[veld];
    if (typeof waarde === "string" && waarde.trim().length > maximum) uit[veld] = pasIn(waarde, maximum);
  }
  return uit as MeldingInhoud;
}

function pasIn(tekst: string, maximum: number): string {
  const regels = tekst.split("\n");
  for (let weg = 1; weg <= regels.length; weg += 1) {
    const kop = `[${weg} eerdere ${weg === 1 ? "regel past" : "regels passen"} niet in dit veld: vat ze hier samen of verwijs naar het dossier.]`;
    const rest = [kop, ...regels.slice(weg)].join("\n");
    if (rest.length <= maximum) return rest;
  }
  return tekst.slice(tekst.length - maximum);
}

const RELATIE: Record<string, string> = {
  ouder: "ouder of verzorger",
  client: "cliënt",
  jongere: "jongere",
  vertegenwoordiger: "vertegenwoordiger",
};

/** One view for the report: when, who, how it came in, and their words between quotation marks. */
function zienswijzeRegel(z: DossierToestand["zienswijzen"][number]): string {
  const g = z.gegevens;
  const hoe =
    g.wijze === "schriftelijk"
      ? "schriftelijk gegeven"
      : `mondeling gegeven, opgeschreven door ${g.opgeschrevenDoor ?? "[naam]"}`;
  return `${nlDatum(g.datum)}, ${g.gegevenDoor} (${RELATIE[g.relatie] ?? g.relatie}), ${hoe}: “${g.zienswijze}”`;
}

/**
 * The views added after the latest saved draft, as the report would give them, or undefined. A saved
 * draft is what is sent (decision 0030), so these are not in the report until the draft is saved again:
 * the draft page offers them in the section, the check page says they are missing.
 */
export function zienswijzenNaConcept(t: DossierToestand): string | undefined {
  const concept = t.meldingConcept;
  if (!concept) return undefined;
  const sinds = t.register.get(concept.gebeurtenisId)?.volgnummer ?? 0;
  const nieuw = t.zienswijzen.filter((z) => (t.register.get(z.gebeurtenisId)?.volgnummer ?? 0) > sinds);
  return nieuw.length > 0
    ? opDatum(nieuw, (z) => z.gegevens.datum)
        .map(zienswijzeRegel)
        .join("\n")
    : undefined;
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
