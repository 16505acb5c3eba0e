import { z } from "zod";
import { DomeinFout, veldFout } from "../fouten.ts";
import { valideer } from "../validatie.ts";
import { beoordeelBesluit, beoordeelVoorstel, magBesluiten } from "./besluit.ts";
import {
  CORRIGEERBAAR,
  GEBEURTENIS_TYPES,
  isInzageType,
  RECHTEN_TYPES,
  type GebeurtenisType,
  type Rol,
  type StapOfAlgemeen,
} from "./keuzes.ts";
import {
  GEBEURTENIS_SCHEMAS,
  inzageVerstrektInvoerSchema,
  inzageVoorbereidInvoerSchema,
  verzendingSchema,
  type Gebeurtenis,
  type GegevensVan,
} from "./gebeurtenis.ts";
import { controleerWeglatingen, vermeldingenVoorAfschrift } from "./afschrift.ts";
import { assertNooit, vindRegistratie, vindVastlegging, type DossierToestand } from "./toestand.ts";
import { beoordeelRoutestap } from "./route.ts";
import { meldingAlsVerstuurd } from "../melding/versturen.ts";
import { bewaarTot } from "../organisatie/bewaartermijn.ts";
import {
  beoordeelCorrectieBijVerzoek,
  beoordeelVerzoek,
  beoordeelVerzoekBeslissing,
  beoordeelZienswijze,
  verzoekInInvoer,
} from "./rechten.ts";

export interface ToevoegContext {
  /** Today's date in Europe/Amsterdam as YYYY-MM-DD: observations and talks cannot lie after it. */
  readonly vandaag: string;
  /** The roles of the person who records the event: the decider is always that person. */
  readonly rollen: readonly Rol[];
  /** The roles that take the decision in this organisation (`besluitRollen` of its protocol). */
  readonly beslissers: readonly Rol[];
  /** The organisation's retention term in years: a closed dossier is kept until this long after today. */
  readonly bewaarjaren: number;
  /**
   * Every event of the dossier, oldest first: only needed (and only loaded) to judge the marks of an
   * inspection copy, which point into the entries' text.
   */
  readonly gebeurtenissen?: readonly Gebeurtenis[];
}

export type BeoordeeldeGebeurtenis = {
  [T in GebeurtenisType]: { readonly type: T; readonly stap: StapOfAlgemeen; readonly gegevens: GegevensVan<T> };
}[GebeurtenisType];

const typeSchema = z.enum(GEBEURTENIS_TYPES);

/**
 * Decides whether an event may be appended to a dossier in its current state and returns it
 * validated, or throws a DomeinFout. Invariants: the first event opens the dossier and only the
 * first; a closed dossier takes nothing but a reopening, the family's rights (a request, its
 * decision, a correction it grants, their view) and the entries of a family's copy; nothing is ever
 * changed, a correction is a new event pointing at an earlier one. It never blocks a report in acute danger: every step may
 * be taken in any order, only the afwegingskader is walked in its own order.
 */
export function beoordeelGebeurtenis(
  toestand: DossierToestand,
  invoer: { readonly type: unknown; readonly gegevens: unknown },
  context: ToevoegContext,
): BeoordeeldeGebeurtenis {
  const type = valideer(typeSchema, invoer.type, "type");
  if (toestand.versie === 0 && type !== "dossier_geopend") throw new DomeinFout("EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN");
  if (toestand.versie > 0 && type === "dossier_geopend") throw new DomeinFout("DOSSIER_AL_GEOPEND");
  // A family may ask for a copy, a correction or give their view long after the case closed: the retention term is years.
  const rechtNaSluiting =
    RECHTEN_TYPES.includes(type) || isInzageType(type) || (type === "correctie" && verzoekInInvoer(invoer.gegevens));
  if (toestand.status === "gesloten" && type !== "dossier_heropend" && !rechtNaSluiting)
    throw new DomeinFout("DOSSIER_GESLOTEN");
  if (toestand.status === "open" && type === "dossier_heropend") throw new DomeinFout("DOSSIER_NIET_GESLOTEN");

  const gegevens = valideer(
    GEBEURTENIS_SCHEMAS[type],
    gegevensVoorOpslag(toestand, type, invoer.gegevens, context),
    "gegevens",
  );
  const beoordeeld = { type, gegevens, stap: stapVan(type, gegevens) } as BeoordeeldeGebeurtenis;
  controleerDatums(beoordeeld, context.vandaag, "gegevens");

  switch (beoordeeld.type) {
    case "afweging_beantwoord":
      controleerVraagAanDeBeurt(toestand, beoordeeld.gegevens.vraag);
      return beoordeeld;
    case "besluit_voorgesteld":
      beoordeelVoorstel(toestand, beoordeeld.gegevens, magBesluiten(context.rollen, context.beslissers));
      return beoordeeld;
    case "besluit_genomen":
      return {
        ...beoordeeld,
        gegevens: beoordeelBesluit(toestand, beoordeeld.gegevens, magBesluiten(context.rollen, context.beslissers)),
      };
    case "correctie":
      return beoordeelCorrectie(toestand, beoordeeld.gegevens, context);
    case "correctieverzoek_vastgelegd":
      beoordeelVerzoek(toestand, beoordeeld.gegevens);
      return beoordeeld;
    case "correctieverzoek_beslist":
      beoordeelVerzoekBeslissing(toestand, beoordeeld.gegevens);
      return beoordeeld;
    case "zienswijze_toegevoegd":
      beoordeelZienswijze(toestand, beoordeeld.gegevens);
      return beoordeeld;
    case "vt_reactie_vastgelegd":
      if (toestand.meldingen.length === 0) throw veldFout("type", "fout.nog_niet_gemeld");
      return beoordeeld;
    case "hulp_gestart":
      if (toestand.besluiten.length === 0) throw veldFout("type", "fout.eerst_besluit");
      controleerToekomst(beoordeeld.gegevens.evaluatieOp, context.vandaag, "gegevens.evaluatieOp");
      return beoordeeld;
    case "hulp_afspraak_vastgelegd":
      if (toestand.hulp.length === 0) throw veldFout("type", "fout.eerst_hulp");
      return beoordeeld;
    case "evaluatie_vastgelegd":
      if (toestand.hulp.length === 0) throw veldFout("type", "fout.eerst_hulp");
      if (beoordeeld.gegevens.volgendeEvaluatieOp)
        controleerToekomst(beoordeeld.gegevens.volgendeEvaluatieOp, context.vandaag, "gegevens.volgendeEvaluatieOp");
      return beoordeeld;
    case "dossier_afgesloten":
      // The retention date follows from the organisation's term, never from what the caller sent.
      return {
        ...beoordeeld,
        gegevens: { ...beoordeeld.gegevens, bewaarTot: bewaarTot(context.vandaag, context.bewaarjaren) },
      };
    case "monitoring_gestart":
      if (monitoringLoopt(toestand)) throw veldFout("type", "fout.monitoring_loopt_al");
      return beoordeeld;
    case "veiligheidscheck_vastgelegd":
    case "monitoring_beeindigd":
      if (!monitoringLoopt(toestand)) throw veldFout("type", "fout.geen_monitoring");
      return beoordeeld;
    case "routestap_vastgelegd":
      beoordeelRoutestap(toestand, beoordeeld.gegevens);
      return beoordeeld;
    // No rule beyond the order checks above and the schema (the entries of a family's copy are checked
    // where their content is built, `gegevensVoorOpslag`): listed, so a new type must choose its rule.
    case "dossier_geopend":
    case "signaal_vastgelegd":
    case "kindcheck_uitgevoerd":
    case "stap_niet_van_toepassing":
    case "consultatie_gehouden":
    case "gesprek_voorbereid":
    case "gesprek_gevoerd":
    case "gesprek_niet_gevoerd":
    case "dossier_heropend":
    case "acuut_contact":
    case "participatie_bijgewerkt":
    case "melding_concept_opgeslagen":
    case "melding_verstuurd":
    case "inzageverzoek_ontvangen":
    case "inzage_voorbereid":
    case "inzage_verstrekt":
      return beoordeeld;
    default:
      return assertNooit(beoordeeld);
  }
}

const DOOR_HET_DOMEIN_GEBOUWD = ["inhoud", "hash"] as const;

/**
 * What is stored is not always what the caller gives: a sent report is built here from the dossier
 * (decision 0030), so on every entry path the caller says only how and when it went, and the content
 * is the latest saved draft, frozen with its hash.
 */
function gegevensVoorOpslag(
  toestand: DossierToestand,
  type: GebeurtenisType,
  gegevens: unknown,
  context: ToevoegContext,
): unknown {
  if (type === "inzage_voorbereid") return voorbereidingVoorOpslag(toestand, gegevens, context);
  if (type === "inzage_verstrekt") return verstrekkingVoorOpslag(toestand, gegevens);
  if (type !== "melding_verstuurd") return gegevens;
  if (gegevens !== null && typeof gegevens === "object") {
    const meegestuurd = DOOR_HET_DOMEIN_GEBOUWD.find((veld) => Object.hasOwn(gegevens, veld));
    if (meegestuurd) throw veldFout(`gegevens.${meegestuurd}`, "fout.inhoud_uit_concept");
  }
  return meldingAlsVerstuurd(toestand, valideer(verzendingSchema, gegevens, "gegevens"));
}

/** The request a copy answers: one of this dossier's, not yet handed over. */
function openVerzoek(toestand: DossierToestand, verzoekId: string) {
  const verzoek = toestand.inzage.find((v) => v.verzoek.gebeurtenisId === verzoekId);
  if (!verzoek) throw veldFout("gegevens.verzoek", "fout.verzoek_onbekend");
  if (verzoek.verstrekt) throw veldFout("gegevens.verzoek", "fout.verzoek_al_verstrekt");
  return verzoek;
}

/**
 * The marks of a copy as stored (decision 0048): checked against the entries they point into, and
 * with the version they were made on, so the copy covers exactly the entries she saw.
 */
function voorbereidingVoorOpslag(
  toestand: DossierToestand,
  gegevens: unknown,
  context: ToevoegContext,
): GegevensVan<"inzage_voorbereid"> {
  const invoer = valideer(inzageVoorbereidInvoerSchema, gegevens, "gegevens");
  openVerzoek(toestand, invoer.verzoek);
  if (!context.gebeurtenissen) throw new Error("De vermeldingen zijn nodig om een afschrift te beoordelen");
  const fouten = controleerWeglatingen(
    vermeldingenVoorAfschrift(context.gebeurtenissen, toestand.versie),
    invoer.weglatingen,
  );
  if (fouten.length > 0) throw new DomeinFout("ONGELDIGE_INVOER", fouten);
  return { ...invoer, totVolgnummer: toestand.versie };
}

const DOOR_HET_DOMEIN_BIJ_VERSTREKKEN = ["weglatingen", "totVolgnummer"] as const;

/**
 * The handing over as stored: the marks are those of the latest saved preparation, never the caller's,
 * and that preparation must cover every entry there is now, so what is recorded as handed over is the
 * copy that was previewed, of the whole dossier.
 */
function verstrekkingVoorOpslag(toestand: DossierToestand, gegevens: unknown): GegevensVan<"inzage_verstrekt"> {
  if (gegevens !== null && typeof gegevens === "object") {
    const meegestuurd = DOOR_HET_DOMEIN_BIJ_VERSTREKKEN.find((veld) => Object.hasOwn(gegevens, veld));
    if (meegestuurd) throw veldFout(`gegevens.${meegestuurd}`, "fout.weglatingen_uit_voorbereiding");
  }
  const invoer = valideer(inzageVerstrektInvoerSchema, gegevens, "gegevens");
  const { voorbereiding } = openVerzoek(toestand, invoer.verzoek);
  if (!voorbereiding) throw veldFout("gegevens.verzoek", "fout.afschrift_niet_voorbereid");
  let nieuwer = false;
  for (const r of toestand.register.values())
    if (r.volgnummer > voorbereiding.gegevens.totVolgnummer && !isInzageType(r.type)) nieuwer = true;
  if (nieuwer) throw veldFout("gegevens.verzoek", "fout.afschrift_verouderd");
  return {
    ...invoer,
    totVolgnummer: voorbereiding.gegevens.totVolgnummer,
    weglatingen: voorbereiding.gegevens.weglatingen,
  };
}

function monitoringLoopt(toestand: DossierToestand): boolean {
  const laatste = toestand.monitoring.at(-1);
  return laatste !== undefined && laatste.einde === null;
}

/** A term or an evaluation date is planned: today or later. */
function controleerToekomst(datum: string, vandaag: string, veld: string): void {
  if (datum < vandaag) throw veldFout(veld, "fout.datum_in_verleden");
}

function stapVan(type: GebeurtenisType, gegevens: unknown): StapOfAlgemeen {
  switch (type) {
    case "signaal_vastgelegd":
      return "signalen";
    case "kindcheck_uitgevoerd":
    case "stap_niet_van_toepassing":
      return "kindcheck";
    case "consultatie_gehouden":
      return "consultatie";
    case "gesprek_voorbereid":
    case "gesprek_gevoerd":
    case "gesprek_niet_gevoerd":
      return "gesprek";
    case "afweging_beantwoord":
      return (gegevens as GegevensVan<"afweging_beantwoord">).vraag <= 2 ? "wegen" : "beslissen";
    case "besluit_voorgesteld":
    case "besluit_genomen":
      return "beslissen";
    case "melding_concept_opgeslagen":
    case "melding_verstuurd":
    case "vt_reactie_vastgelegd":
      return "melden";
    case "hulp_gestart":
    case "hulp_afspraak_vastgelegd":
    case "evaluatie_vastgelegd":
    case "monitoring_gestart":
    case "veiligheidscheck_vastgelegd":
    case "monitoring_beeindigd":
      return "vervolg";
    case "dossier_geopend":
    case "dossier_afgesloten":
    case "dossier_heropend":
    case "correctie":
    case "acuut_contact":
    case "participatie_bijgewerkt":
    case "correctieverzoek_vastgelegd":
    case "correctieverzoek_beslist":
    case "zienswijze_toegevoegd":
    case "routestap_vastgelegd":
    case "inzageverzoek_ontvangen":
    case "inzage_voorbereid":
    case "inzage_verstrekt":
      return "algemeen";
    default:
      return assertNooit(type);
  }
}

const DATUMVELDEN = ["datumWaarneming", "datum", "geboortedatum"] as const;

function controleerDatums(gebeurtenis: { gegevens: object }, vandaag: string, prefix: string): void {
  const gegevens = gebeurtenis.gegevens as Record<string, unknown>;
  for (const veld of DATUMVELDEN) {
    const waarde = gegevens[veld];
    if (typeof waarde === "string" && waarde > vandaag) throw veldFout(`${prefix}.${veld}`, "fout.datum_in_toekomst");
  }
}

function controleerVraagAanDeBeurt(
  toestand: DossierToestand,
  vraag: GegevensVan<"afweging_beantwoord">["vraag"],
): void {
  const opPad = toestand.afweging.pad.some((stap) => stap.vraag === vraag);
  if (opPad || toestand.afweging.volgendeVraag === vraag) return;
  const sleutel =
    toestand.disclosure && vraag <= 2 ? "fout.vraag_vervalt_door_disclosure" : "fout.vraag_niet_aan_de_beurt";
  throw new DomeinFout("VRAAG_NIET_AAN_DE_BEURT", [{ veld: "gegevens.vraag", sleutel }]);
}

function beoordeelCorrectie(
  toestand: DossierToestand,
  correctie: GegevensVan<"correctie">,
  context: ToevoegContext,
): BeoordeeldeGebeurtenis {
  const doel = vindRegistratie(toestand, correctie.corrigeert);
  if (!doel)
    throw new DomeinFout("CORRECTIE_NIET_TOEGESTAAN", [
      { veld: "gegevens.corrigeert", sleutel: "fout.correctie_doel_onbekend" },
    ]);
  if (!CORRIGEERBAAR.includes(doel.type)) {
    throw new DomeinFout("CORRECTIE_NIET_TOEGESTAAN", [
      { veld: "gegevens.corrigeert", sleutel: "fout.correctie_type_niet_toegestaan" },
    ]);
  }
  if (correctie.verzoek) beoordeelCorrectieBijVerzoek(toestand, correctie.verzoek, correctie.corrigeert);
  const nieuweInhoud = valideer(GEBEURTENIS_SCHEMAS[doel.type], correctie.gegevens, "gegevens.gegevens") as Record<
    string,
    unknown
  >;
  controleerDatums({ gegevens: nieuweInhoud }, context.vandaag, "gegevens.gegevens");
  if (doel.type === "gesprek_voorbereid" || doel.type === "gesprek_gevoerd" || doel.type === "gesprek_niet_gevoerd") {
    const huidig = vindVastlegging(toestand, correctie.corrigeert)?.origineel as { met?: string } | undefined;
    if (nieuweInhoud["met"] !== huidig?.met) throw veldFout("gegevens.gegevens.met", "fout.correctie_met_vast");
  }
  if (doel.type === "dossier_geopend") {
    // The route and the staff member concerned decide who may see the case (decision 0053): fixed at opening.
    const huidig = vindVastlegging(toestand, correctie.corrigeert)?.origineel as
      { soort?: string; betrokkeneGebruikerId?: string } | undefined;
    if ((nieuweInhoud["soort"] ?? "meldcode") !== (huidig?.soort ?? "meldcode"))
      throw veldFout("gegevens.gegevens.soort", "fout.correctie_soort_vast");
    if (nieuweInhoud["betrokkeneGebruikerId"] !== huidig?.betrokkeneGebruikerId)
      throw veldFout("gegevens.gegevens.betrokkeneGebruikerId", "fout.correctie_soort_vast");
  }
  if (doel.type === "routestap_vastgelegd") {
    // Judged as the step itself would be: on its route, and for one family never naming another child.
    const huidig = vindVastlegging(toestand, correctie.corrigeert)?.origineel as { stap?: string } | undefined;
    if (nieuweInhoud["stap"] !== huidig?.stap) throw veldFout("gegevens.gegevens.stap", "fout.correctie_soort_vast");
    beoordeelRoutestap(toestand, nieuweInhoud as GegevensVan<"routestap_vastgelegd">);
  }
  return { type: "correctie", stap: doel.stap, gegevens: { ...correctie, gegevens: nieuweInhoud } };
}
