import { z } from "zod";
import {
  ACUUT_CONTACTEN,
  AANLEIDINGEN,
  DOSSIER_SOORTEN,
  ROUTE_STAPPEN,
  VLAGGEN,
  ANTWOORDEN,
  PARTICIPATIE_STATUSSEN,
  BESLUITEN,
  BRONNEN,
  CONSULTATIE_PARTNERS,
  GESPREKSPARTNERS,
  GRONDEN_GEEN_GESPREK,
  KINDCHECK_AANLEIDINGEN,
  NIET_VAN_TOEPASSING_STAPPEN,
  SIGNAAL_SOORTEN,
  VEILIG_GESPREK,
  CHECK_UITKOMSTEN,
  EVALUATIE_RESULTATEN,
  EVALUATIE_VERVOLGEN,
  MELD_WIJZEN,
  SLUITREDENEN,
  VT_BEOORDELINGEN,
  VT_VERVOLGEN,
  BETROKKENEN,
  VERZOEK_BESLISSINGEN,
  VERZOEK_SOORTEN,
  ZIENSWIJZE_WIJZEN,
  VERSTREK_WIJZEN,
  VERZOEKERS,
  WEIGERGRONDEN,
  type GebeurtenisType,
  type Rol,
  type StapOfAlgemeen,
} from "./keuzes.ts";
import { BIJZONDERE_ROUTES, DILEMMA_IDS, PARTICIPATIE_IDS } from "../kennis/keuzes.ts";
import { meldingHash, meldingInhoudSchema } from "../melding/melding.ts";

/**
 * The events of a Meldcode dossier and the shape of their data. A dossier is an append-only
 * sequence of these; its state is derived by `bouwToestand`. Limits are generous for professional
 * notes but bounded, so a single request cannot fill the database.
 */

const KORT = 200;
const MIDDEL = 2000;
const LANG = 4000;

/** Empty form fields arrive as "": they mean "not filled in". */
const leegIsAfwezig = (waarde: unknown) => (typeof waarde === "string" && waarde.trim() === "" ? undefined : waarde);
const tekst = (max: number) => z.string().trim().min(1).max(max);
const optioneleTekst = (max: number) => z.preprocess(leegIsAfwezig, z.string().trim().max(max).optional());
const datum = z.iso.date();

export const dossierGeopendSchema = z
  .strictObject({
    werknaam: tekst(100),
    geboortedatum: z.preprocess(leegIsAfwezig, datum.optional()),
    aanleiding: z.enum(AANLEIDINGEN),
    omschrijving: tekst(MIDDEL),
    /** The route (decisions 0053, 0054); absent is the Meldcode, as in every dossier opened before routes existed. */
    soort: z.preprocess(leegIsAfwezig, z.enum(DOSSIER_SOORTEN).optional()),
    /** Route vermoeden_medewerker: the staff member concerned, as a user of the organisation … */
    betrokkeneGebruikerId: z.preprocess(leegIsAfwezig, z.uuid().optional()),
    /** … or by name, when they are no user (a volunteer, an intern, someone hired through an agency). */
    betrokkeneNaam: optioneleTekst(KORT),
    /** Route gedrag_kinderen: the working names of the children involved, each with their own family (decision 0054). */
    kinderen: z.preprocess(leegIsAfwezig, z.array(tekst(100)).max(12).optional()),
  })
  .superRefine((g, ctx) => {
    const betrokkene = g.betrokkeneGebruikerId !== undefined || g.betrokkeneNaam !== undefined;
    if (g.soort === "vermoeden_medewerker" && !betrokkene)
      ctx.addIssue({ code: "custom", path: ["betrokkeneGebruikerId"], message: "fout.betrokkene_verplicht" });
    if (g.soort !== "vermoeden_medewerker" && betrokkene)
      ctx.addIssue({
        code: "custom",
        path: ["betrokkeneGebruikerId"],
        message: "fout.betrokkene_alleen_bij_medewerker",
      });
    const kinderen = g.kinderen ?? [];
    if (g.soort === "gedrag_kinderen" && kinderen.length < 2)
      ctx.addIssue({ code: "custom", path: ["kinderen"], message: "fout.twee_kinderen" });
    if (g.soort !== "gedrag_kinderen" && kinderen.length > 0)
      ctx.addIssue({ code: "custom", path: ["kinderen"], message: "fout.kinderen_alleen_bij_gedrag" });
    if (new Set(kinderen.map((k) => k.toLowerCase())).size !== kinderen.length)
      ctx.addIssue({ code: "custom", path: ["kinderen"], message: "fout.kinderen_dubbel" });
  });

/**
 * A step of a route other than the Meldcode (decisions 0053, 0054): what was done, when, and for
 * route gedrag_kinderen which child's family it concerns and, when weighing the behaviour, its flag.
 */
export const routestapSchema = z
  .strictObject({
    stap: z.enum(ROUTE_STAPPEN),
    datum,
    toelichting: tekst(LANG),
    /** Route gedrag_kinderen: the working name of the child whose parents this concerns (as in the opening). */
    kind: optioneleTekst(100),
    vlag: z.preprocess(leegIsAfwezig, z.enum(VLAGGEN).optional()),
  })
  .refine((r) => (r.stap === "gedrag_ingeschaald") === (r.vlag !== undefined), {
    path: ["vlag"],
    message: "fout.vlag_bij_inschalen",
  });

export const signaalSchema = z.strictObject({
  soort: z.enum(SIGNAAL_SOORTEN),
  waarneming: tekst(LANG),
  datumWaarneming: datum,
  plaats: optioneleTekst(KORT),
  waargenomenDoor: tekst(KORT),
  bron: z.enum(BRONNEN),
  interpretatie: optioneleTekst(LANG),
  disclosure: z.boolean().default(false),
  /** Honour-related violence, FGM, forced marriage or abandonment: switches the case to the accelerated route. */
  bijzondereVormen: z.array(z.enum(BIJZONDERE_ROUTES)).max(BIJZONDERE_ROUTES.length).default([]),
  /** The threat is acute (a departure, a wedding, revenge about to happen): the steps are due within the hour. */
  dreigingAcuut: z.boolean().default(false),
});

export const kindcheckSchema = z.strictObject({
  aanleidingen: z.array(z.enum(KINDCHECK_AANLEIDINGEN)).max(KINDCHECK_AANLEIDINGEN.length).default([]),
  kinderenAanwezig: z.enum(["ja", "nee", "onbekend"]),
  kinderen: optioneleTekst(MIDDEL),
  veiligheid: tekst(LANG),
  vervolg: optioneleTekst(MIDDEL),
});

export const nietVanToepassingSchema = z.strictObject({
  stap: z.enum(NIET_VAN_TOEPASSING_STAPPEN),
  reden: tekst(MIDDEL),
});

export const consultatieSchema = z
  .strictObject({
    met: z.enum(CONSULTATIE_PARTNERS),
    naam: optioneleTekst(KORT),
    datum,
    uitkomst: tekst(LANG),
    vervolgstap: tekst(MIDDEL),
    geanonimiseerd: z.boolean().default(false),
  })
  .refine((c) => c.met !== "veilig_thuis" || c.geanonimiseerd, {
    path: ["geanonimiseerd"],
    message: "fout.veilig_thuis_anoniem",
  });

export const gesprekGevoerdSchema = z
  .strictObject({
    met: z.enum(GESPREKSPARTNERS),
    datum,
    deelnemers: tekst(MIDDEL),
    plaats: tekst(KORT),
    gedeeld: tekst(LANG),
    visie: tekst(LANG),
    /** What they want, and what they see as a solution. */
    wensOuders: optioneleTekst(LANG),
    afspraken: optioneleTekst(LANG),
    /** How they experienced the conversation: asked of them. */
    ervaring: optioneleTekst(LANG),
    /** The professional's reflection on the partnership with the family. */
    reflectie: optioneleTekst(LANG),
    /** Situations that call for a dilemma's guidance: denial, cooperation broken off, avoiding care. */
    situaties: z.array(z.enum(DILEMMA_IDS)).max(DILEMMA_IDS.length).default([]),
    /** A follow-up conversation, planned when trust was shaken. */
    vervolggesprek: optioneleTekst(MIDDEL),
    /** A conversation with the child: was the child told what happens next, and how (seed 003). */
    kindGeinformeerd: z.preprocess(leegIsAfwezig, z.enum(["ja", "nee"]).optional()),
    hoeGeinformeerd: optioneleTekst(MIDDEL),
  })
  .refine((g) => g.met === "kind" || (g.kindGeinformeerd === undefined && g.hoeGeinformeerd === undefined), {
    path: ["kindGeinformeerd"],
    message: "fout.alleen_bij_kind",
  });

/**
 * The preparation of a conversation, recorded before it takes place: what the professional will say
 * first (the aim they share with the family) and which facts they will name, whether it is safe to
 * have the conversation (and if not, why not and what happens instead), who is present and who leads.
 */
export const gesprekVoorbereidSchema = z
  .strictObject({
    met: z.enum(GESPREKSPARTNERS),
    opening: tekst(MIDDEL),
    feiten: tekst(LANG),
    veilig: z.enum(VEILIG_GESPREK),
    waaromNietVeilig: optioneleTekst(LANG),
    inPlaatsDaarvan: optioneleTekst(LANG),
    aanwezigen: tekst(MIDDEL),
    gespreksleider: tekst(KORT),
  })
  .refine((v) => v.veilig === "ja" || v.waaromNietVeilig !== undefined, {
    path: ["waaromNietVeilig"],
    message: "fout.verplicht_als_niet_veilig",
  })
  .refine((v) => v.veilig === "ja" || v.inPlaatsDaarvan !== undefined, {
    path: ["inPlaatsDaarvan"],
    message: "fout.verplicht_als_niet_veilig",
  })
  .refine((v) => v.veilig === "nee" || (v.waaromNietVeilig === undefined && v.inPlaatsDaarvan === undefined), {
    path: ["waaromNietVeilig"],
    message: "fout.alleen_als_niet_veilig",
  });

export const gesprekNietGevoerdSchema = z
  .strictObject({
    met: z.enum(GESPREKSPARTNERS),
    grond: z.enum(GRONDEN_GEEN_GESPREK),
    toelichting: tekst(LANG),
  })
  .refine((g) => g.grond !== "leeftijd" || g.met === "kind", { path: ["grond"], message: "fout.grond_alleen_kind" });

export const afwegingSchema = z.strictObject({
  vraag: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  antwoord: z.enum(ANTWOORDEN),
  toelichting: tekst(MIDDEL),
});

/**
 * A proposed decision, by someone who does not take the decision: it waits for the
 * eindverantwoordelijke, who confirms or changes it. A newer proposal replaces it.
 */
export const besluitVoorgesteldSchema = z.strictObject({
  besluit: z.enum(BESLUITEN),
  toelichting: tekst(LANG),
  afwijkingMotivering: optioneleTekst(LANG),
});

/**
 * The decision, taken by the person who records it (decision 0020). `voorstel` is the proposal it
 * settles, filled in by the domain; `wijzigingReden` says why the decider chose otherwise than proposed.
 * `genomenDoor` exists only in events stored before decision 0020, when a decision could be recorded on
 * someone else's behalf: it is read, and refused in anything new.
 */
export const besluitSchema = z.strictObject({
  besluit: z.enum(BESLUITEN),
  toelichting: tekst(LANG),
  afwijkingMotivering: optioneleTekst(LANG),
  voorstel: z.preprocess(leegIsAfwezig, z.uuid().optional()),
  wijzigingReden: optioneleTekst(LANG),
  genomenDoor: z.preprocess(leegIsAfwezig, z.string().optional()),
});

export const redenSchema = z.strictObject({ reden: tekst(MIDDEL) });

export const correctieSchema = z.strictObject({
  corrigeert: z.uuid(),
  reden: tekst(MIDDEL),
  gegevens: z.record(z.string(), z.unknown()),
  /** The granted correction request this correction carries out, if any. */
  verzoek: z.preprocess(leegIsAfwezig, z.uuid().optional()),
});

/** Entries of this dossier that a request or a view concerns: distinct event ids. */
const vastleggingIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "fout.dubbel" });

/**
 * A request for correction (AVG art. 16) or removal (art. 17): who asked, when it was received,
 * which entries and which parts of them, and what they ask, in their words as far as possible.
 */
export const correctieverzoekSchema = z.strictObject({
  soort: z.enum(VERZOEK_SOORTEN),
  verzoeker: tekst(KORT),
  relatie: z.enum(BETROKKENEN),
  datum,
  vastleggingen: vastleggingIds(50).refine((ids) => ids.length > 0, { message: "fout.kies_vastlegging" }),
  onderdelen: optioneleTekst(MIDDEL),
  gevraagd: tekst(LANG),
});

/** The decision on a request, with its reason: granted, partly granted or refused. */
export const correctieverzoekBeslistSchema = z.strictObject({
  verzoek: z.uuid(),
  beslissing: z.enum(VERZOEK_BESLISSINGEN),
  reden: tekst(LANG),
});

/**
 * The family's or client's own view, as their words: who gave it, on which day, how it came in (in
 * writing, or told and written down by whom), and the entries it concerns, if any.
 */
export const zienswijzeSchema = z
  .strictObject({
    gegevenDoor: tekst(KORT),
    relatie: z.enum(BETROKKENEN),
    datum,
    wijze: z.enum(ZIENSWIJZE_WIJZEN),
    opgeschrevenDoor: optioneleTekst(KORT),
    zienswijze: tekst(LANG),
    betreft: vastleggingIds(50).default([]),
  })
  .refine((w) => w.wijze === "schriftelijk" || w.opgeschrevenDoor !== undefined, {
    path: ["opgeschrevenDoor"],
    message: "fout.verplicht_als_mondeling",
  })
  .refine((w) => w.wijze === "mondeling" || w.opgeschrevenDoor === undefined, {
    path: ["opgeschrevenDoor"],
    message: "fout.alleen_als_mondeling",
  });

/** A call made in acute danger, recorded afterwards: with whom, when, why, and what was agreed. */
export const acuutContactSchema = z.strictObject({
  met: z.enum(ACUUT_CONTACTEN),
  datum,
  tijd: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, "fout.tijd"),
  situatie: tekst(LANG),
  afspraken: tekst(LANG),
});

/** One of the nine action points of child participation: who did what and when, or why it does not apply. */
export const participatieSchema = z.strictObject({
  punt: z.enum(PARTICIPATIE_IDS),
  status: z.enum(PARTICIPATIE_STATUSSEN),
  door: tekst(KORT),
  datum,
  toelichting: tekst(MIDDEL),
});

const tijd = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, "fout.tijd");

/** A draft of the report; the latest one is what the check page and the PDF show. */
export const meldingConceptSchema = z.strictObject({ inhoud: meldingInhoudSchema });

/**
 * What a caller gives when marking the report sent (decision 0030): how and when it went, and Veilig
 * Thuis' contact person and reference. Never the content: that is the latest saved draft.
 */
export const verzendingSchema = z.strictObject({
  wijze: z.enum(MELD_WIJZEN),
  datum,
  tijd,
  contactpersoon: tekst(KORT),
  referentie: optioneleTekst(KORT),
});
export type Verzending = z.output<typeof verzendingSchema>;

/**
 * The report as stored: its content frozen with its SHA-256, and how and when it went. The domain
 * builds it from the dossier (`meldingAlsVerstuurd`); the hash must match the content, so a stored
 * report proves itself.
 */
export const meldingVerstuurdSchema = verzendingSchema
  .extend({ inhoud: meldingInhoudSchema, hash: z.string().regex(/^[0-9a-f]{64}$/) })
  .refine((m) => m.hash === meldingHash(m.inhoud), { path: ["hash"], message: "fout.hash_klopt_niet" });

/** What Veilig Thuis answered: its safety assessment and what it does next. */
export const vtReactieSchema = z.strictObject({
  datum,
  contactpersoon: tekst(KORT),
  beoordeling: z.enum(VT_BEOORDELINGEN),
  vervolg: z.enum(VT_VERVOLGEN),
  toelichting: tekst(LANG),
});

/** Help organised after the decision, with its goals and the term at which it is evaluated. */
export const hulpGestartSchema = z.strictObject({
  omschrijving: tekst(LANG),
  doelen: tekst(LANG),
  veiligheidsafspraken: optioneleTekst(LANG),
  evaluatieOp: datum,
});

/** One agreement with the family or a partner: what, who, by when. */
export const hulpAfspraakSchema = z.strictObject({
  wat: tekst(MIDDEL),
  wie: tekst(KORT),
  uiterlijk: datum,
});

/**
 * The evaluation at the agreed term: afwegingsvraag 5 asked again. Results not reached means a
 * report (again); reached means the help goes on with agreements on following safety, monitoring,
 * or the case closes.
 */
export const evaluatieSchema = z
  .strictObject({
    datum,
    resultaat: z.enum(EVALUATIE_RESULTATEN),
    toelichting: tekst(LANG),
    vervolg: z.enum(EVALUATIE_VERVOLGEN),
    volgendeEvaluatieOp: z.preprocess(leegIsAfwezig, datum.optional()),
  })
  .refine((e) => e.resultaat === "bereikt" || e.vervolg === "melden", {
    path: ["vervolg"],
    message: "fout.niet_bereikt_is_melden",
  })
  .refine((e) => e.vervolg !== "hulp_voortzetten" || e.volgendeEvaluatieOp !== undefined, {
    path: ["volgendeEvaluatieOp"],
    message: "fout.verplicht",
  });

/** Long support (seed 001): safety checks in a rhythm, for months or years. */
export const monitoringGestartSchema = z.strictObject({
  ritmeWeken: z.coerce.number().int().min(1).max(52),
  reden: tekst(MIDDEL),
});

export const veiligheidscheckSchema = z.strictObject({
  datum,
  uitkomst: z.enum(CHECK_UITKOMSTEN),
  bevinding: tekst(LANG),
});

/** Closing: the reason in words and as a choice, and the retention date the organisation's setting gives. */
export const afsluitingSchema = z.strictObject({
  reden: tekst(MIDDEL),
  sluitreden: z.preprocess(leegIsAfwezig, z.enum(SLUITREDENEN).optional()),
  bewaarTot: z.preprocess(leegIsAfwezig, datum.optional()),
});

/** A request for inspection (AVG article 15): who asked, on which day it came in, and what they asked for. */
export const inzageverzoekSchema = z.strictObject({
  verzoeker: z.enum(VERZOEKERS),
  naam: tekst(KORT),
  datum,
  gevraagd: tekst(MIDDEL),
});

/** The most marks one copy can hold: enough for a long dossier, bounded so one request stays small. */
export const MAX_WEGLATINGEN = 500;

/**
 * One thing withheld from a copy: a whole entry (no `veld`), one field (`veld`, a path in the entry
 * such as `waargenomenDoor` or `gegevens.naam`), or a span of a field's text (`van` to `tot`, UTF-16
 * positions as JavaScript counts them). It never holds the withheld text itself, only where it is.
 */
export const weglatingSchema = z
  .strictObject({
    gebeurtenisId: z.uuid(),
    veld: z
      .string()
      .regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,5}$/)
      .max(KORT)
      .optional(),
    van: z.number().int().min(0).max(1_000_000).optional(),
    tot: z.number().int().min(1).max(1_000_000).optional(),
    grond: z.enum(WEIGERGRONDEN),
  })
  .refine((w) => (w.van === undefined) === (w.tot === undefined), { path: ["tot"], message: "fout.weglating_van_tot" })
  .refine((w) => w.van === undefined || w.veld !== undefined, { path: ["veld"], message: "fout.weglating_zonder_veld" })
  .refine((w) => w.van === undefined || w.tot === undefined || w.van < w.tot, {
    path: ["tot"],
    message: "fout.weglating_van_tot",
  });
export type Weglating = z.output<typeof weglatingSchema>;

/** What a caller gives when saving the marks of a copy: the request it answers and the marks. */
export const inzageVoorbereidInvoerSchema = z.strictObject({
  verzoek: z.uuid(),
  weglatingen: z.array(weglatingSchema).max(MAX_WEGLATINGEN),
});

/**
 * The marks as stored: with `totVolgnummer`, the last entry the copy covers, set by the domain to the
 * dossier's version when the marks were saved. Entries are never changed, so the positions stay true.
 */
export const inzageVoorbereidSchema = inzageVoorbereidInvoerSchema.extend({ totVolgnummer: z.number().int().min(1) });

/** What a caller gives when the copy is handed over: when, to whom and how. Never the marks. */
export const inzageVerstrektInvoerSchema = z.strictObject({
  verzoek: z.uuid(),
  datum,
  aan: tekst(KORT),
  wijze: z.enum(VERSTREK_WIJZEN),
});

/** The handing over as stored: the marks of the copy that was handed over, taken by the domain from the latest saved marks. */
export const inzageVerstrektSchema = inzageVerstrektInvoerSchema.extend({
  totVolgnummer: z.number().int().min(1),
  weglatingen: z.array(weglatingSchema).max(MAX_WEGLATINGEN),
});

export const GEBEURTENIS_SCHEMAS = {
  dossier_geopend: dossierGeopendSchema,
  signaal_vastgelegd: signaalSchema,
  kindcheck_uitgevoerd: kindcheckSchema,
  stap_niet_van_toepassing: nietVanToepassingSchema,
  consultatie_gehouden: consultatieSchema,
  gesprek_voorbereid: gesprekVoorbereidSchema,
  gesprek_gevoerd: gesprekGevoerdSchema,
  gesprek_niet_gevoerd: gesprekNietGevoerdSchema,
  afweging_beantwoord: afwegingSchema,
  besluit_voorgesteld: besluitVoorgesteldSchema,
  besluit_genomen: besluitSchema,
  dossier_afgesloten: afsluitingSchema,
  dossier_heropend: redenSchema,
  correctie: correctieSchema,
  acuut_contact: acuutContactSchema,
  participatie_bijgewerkt: participatieSchema,
  melding_concept_opgeslagen: meldingConceptSchema,
  melding_verstuurd: meldingVerstuurdSchema,
  vt_reactie_vastgelegd: vtReactieSchema,
  hulp_gestart: hulpGestartSchema,
  hulp_afspraak_vastgelegd: hulpAfspraakSchema,
  evaluatie_vastgelegd: evaluatieSchema,
  monitoring_gestart: monitoringGestartSchema,
  veiligheidscheck_vastgelegd: veiligheidscheckSchema,
  monitoring_beeindigd: redenSchema,
  correctieverzoek_vastgelegd: correctieverzoekSchema,
  correctieverzoek_beslist: correctieverzoekBeslistSchema,
  zienswijze_toegevoegd: zienswijzeSchema,
  routestap_vastgelegd: routestapSchema,
  inzageverzoek_ontvangen: inzageverzoekSchema,
  inzage_voorbereid: inzageVoorbereidSchema,
  inzage_verstrekt: inzageVerstrektSchema,
} as const satisfies Record<GebeurtenisType, z.ZodType>;
export type GegevensVan<T extends GebeurtenisType> = z.output<(typeof GEBEURTENIS_SCHEMAS)[T]>;
/**
 * What a caller gives for each type, on the API and in forms: the data as stored, except for
 * `melding_verstuurd`, whose content and hash the domain takes from the latest saved draft
 * (decision 0030), and the inspection copy's entries, whose covered version and marks the domain sets
 * (decision 0048). The OpenAPI document is generated from these same schema objects.
 */
export const INVOER_SCHEMAS = {
  ...GEBEURTENIS_SCHEMAS,
  melding_verstuurd: verzendingSchema,
  inzage_voorbereid: inzageVoorbereidInvoerSchema,
  inzage_verstrekt: inzageVerstrektInvoerSchema,
} as const satisfies Record<GebeurtenisType, z.ZodType>;

export interface Actor {
  readonly id: string;
  readonly naam: string;
  readonly rol: Rol;
}

/** A stored event. `gegevens` has been validated against its type's schema when it was appended. */
export type Gebeurtenis = {
  [T in GebeurtenisType]: {
    readonly id: string;
    readonly volgnummer: number;
    readonly type: T;
    readonly stap: StapOfAlgemeen;
    readonly gegevens: GegevensVan<T>;
    readonly actor: Actor;
    /** ISO 8601 UTC. */
    readonly opgetredenOp: string;
  };
}[GebeurtenisType];

export type GebeurtenisVan<T extends GebeurtenisType> = Extract<Gebeurtenis, { type: T }>;
