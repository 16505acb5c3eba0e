/**
 * The ids of the knowledge content, without any validation library, so that browser code can import
 * them (as src/domain/dossier/keuzes.ts does for the dossier). The schema in schema.ts is built on these.
 */

export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];

/**
 * The sectors an organisation can have. Mirrors the check `organisaties_sector_check` in
 * src/adapters/db/schema/organisaties.ts; inhoud.test.ts fails when the two drift apart.
 */
export const SECTOREN = [
  "onderwijs",
  "kinderopvang",
  "jeugdhulp",
  "sociaal_werk",
  "gezondheidszorg",
  "overig",
] as const;
export type Sector = (typeof SECTOREN)[number];

export function isSector(waarde: string): waarde is Sector {
  return (SECTOREN as readonly string[]).includes(waarde);
}

/** Before the conversation with the parents: what to think through (seed 002). */
export const VOORBEREIDING_IDS = [
  "juiste_persoon",
  "aandachtsfunctionaris_erbij",
  "plek",
  "gedeelde_waarde",
  "signalen_en_bron",
  "vraag_naar_visie",
] as const;

/** The conversation card: seven points to keep in mind while talking. */
export const GESPREKSKAART_IDS = [
  "eerst_luisteren",
  "doorvragen",
  "geen_oplossingen",
  "gedrag_niet_ouder",
  "ruimte_voor_reactie",
  "samen_beslissen",
  "positief_afsluiten",
] as const;

/** After the conversation: what to record and reflect on. */
export const NAZORG_IDS = [
  "visie_ouders",
  "wensen_oplossing",
  "afspraken",
  "ervaring_ouders",
  "reflectie_partnerschap",
  "vervolggesprek",
] as const;

/** Situations a professional can record after the conversation, each with its dilemma (seeds 000 and 002). */
export const DILEMMA_IDS = ["ouders_ontkennen", "samenwerking_verbroken", "zorg_mijden"] as const;
export type DilemmaId = (typeof DILEMMA_IDS)[number];

/**
 * Age bands for the conversation with the child. Seed 003 (bijlage 2) gives general tips only, and
 * says that younger children express themselves more easily through play or drawing; the bands and
 * their tips are the product's own elaboration.
 */
export const LEEFTIJDSGROEPEN = ["0_4", "4_8", "8_12", "12_plus"] as const;

/** The nine action points of child participation (seed 003, after the VWS handreiking of 2018). */
export const PARTICIPATIE_IDS = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"] as const;

/** Forms of violence that always need an expert and, when the threat is acute, an accelerated route. */
export const BIJZONDERE_ROUTES = [
  "eergerelateerd_geweld",
  "vrouwelijke_genitale_verminking",
  "huwelijksdwang",
  "achterlating",
] as const;
export type BijzondereRoute = (typeof BIJZONDERE_ROUTES)[number];

/** The three situations in which reporting is always the norm (stap 4). */
export const BEGRIPPEN = ["acuteOnveiligheid", "structureleOnveiligheid", "disclosure"] as const;
export type Begrip = (typeof BEGRIPPEN)[number];

/** The areas of the content; `bronnen` names the seeds behind each. */
export const ONDERDELEN = [
  "stapKennis",
  "gesprekVoorbereiding",
  "gesprekKaart",
  "gesprekNazorg",
  "dilemmas",
  "kindGesprek",
  "participatie",
  "definities",
  "kindcheck",
  "bijzondereRoutes",
  "disclosureGevolg",
  "acuutGevaar",
] as const;
