import {
  evalueerAfweging,
  type AfwegingUitkomst,
  type Antwoorden,
  type VraagNummer,
} from "../afweging/afwegingskader.ts";
import type { GebeurtenisType, StapOfAlgemeen } from "./keuzes.ts";
import type { Actor, Gebeurtenis, GebeurtenisVan, GegevensVan } from "./gebeurtenis.ts";

/** One recorded fact as it stands now: its current content (after corrections) and its history. */
export interface Vastlegging<T extends GebeurtenisType> {
  readonly gebeurtenisId: string;
  readonly gegevens: GegevensVan<T>;
  /** The content as first recorded, before any correction. */
  readonly origineel: GegevensVan<T>;
  readonly vastgelegdOp: string;
  readonly vastgelegdDoor: Actor;
  /** Corrections in the order they were made; the last one gives `gegevens`. */
  readonly correcties: readonly GebeurtenisVan<"correctie">[];
}

export interface BeantwoordeVraag {
  readonly antwoord: GegevensVan<"afweging_beantwoord">["antwoord"];
  readonly toelichting: string;
  readonly beantwoordOp: string;
  readonly beantwoordDoor: Actor;
}

export interface MonitoringPeriode {
  readonly start: Vastlegging<"monitoring_gestart">;
  readonly checks: readonly Vastlegging<"veiligheidscheck_vastgelegd">[];
  readonly einde: Vastlegging<"monitoring_beeindigd"> | null;
}

/**
 * A request for correction or removal (AVG art. 16/17) with its decision and the corrections made
 * under it. A granted removal stays open: removing content is destruction, not an edit of the record.
 */
export interface Correctieverzoek {
  readonly verzoek: Vastlegging<"correctieverzoek_vastgelegd">;
  readonly beslissing: Vastlegging<"correctieverzoek_beslist"> | null;
  /** Ids of the `correctie` events made under this request, in order. */
  readonly correctieIds: readonly string[];
}

/** A request for inspection with the latest saved marks of its copy and, once it happened, the handing over. */
export interface InzageVerzoek {
  readonly verzoek: Vastlegging<"inzageverzoek_ontvangen">;
  readonly voorbereiding: Vastlegging<"inzage_voorbereid"> | null;
  readonly verstrekt: Vastlegging<"inzage_verstrekt"> | null;
}

export interface DossierToestand {
  /** Number of events; the version a writer must send to append. */
  readonly versie: number;
  readonly status: "open" | "gesloten";
  readonly opening: Vastlegging<"dossier_geopend"> | null;
  readonly signalen: readonly Vastlegging<"signaal_vastgelegd">[];
  readonly kindcheck: Vastlegging<"kindcheck_uitgevoerd"> | null;
  readonly nietVanToepassing: readonly Vastlegging<"stap_niet_van_toepassing">[];
  readonly consultaties: readonly Vastlegging<"consultatie_gehouden">[];
  /** Preparations of conversations, in order; the latest per partner is the one that counts. */
  readonly voorbereidingen: readonly Vastlegging<"gesprek_voorbereid">[];
  readonly gesprekken: readonly Vastlegging<"gesprek_gevoerd">[];
  readonly gesprekkenNietGevoerd: readonly Vastlegging<"gesprek_niet_gevoerd">[];
  /** Calls made in acute danger, recorded afterwards. */
  readonly acuteContacten: readonly Vastlegging<"acuut_contact">[];
  /** The latest record per participation point; earlier ones stay in the history. */
  readonly participatie: Readonly<Partial<Record<string, Vastlegging<"participatie_bijgewerkt">>>>;
  /** The latest draft of the report to Veilig Thuis; earlier drafts stay in the history. */
  readonly meldingConcept: Vastlegging<"melding_concept_opgeslagen"> | null;
  /** Every report as sent, frozen; a later one is a new version. */
  readonly meldingen: readonly Vastlegging<"melding_verstuurd">[];
  readonly vtReacties: readonly Vastlegging<"vt_reactie_vastgelegd">[];
  readonly hulp: readonly Vastlegging<"hulp_gestart">[];
  readonly afspraken: readonly Vastlegging<"hulp_afspraak_vastgelegd">[];
  readonly evaluaties: readonly Vastlegging<"evaluatie_vastgelegd">[];
  /** Monitoring periods in order, each with its checks; the last one without an end is running. */
  readonly monitoring: readonly MonitoringPeriode[];
  /** The latest answer to each afwegingsvraag; earlier answers stay in the history. */
  readonly antwoorden: Readonly<Partial<Record<VraagNummer, BeantwoordeVraag>>>;
  /** True when a current signal records a disclosure: it falls under the first meldnorm. */
  readonly disclosure: boolean;
  readonly afweging: AfwegingUitkomst;
  /** Every decision in order; the last one stands. */
  readonly besluiten: readonly Vastlegging<"besluit_genomen">[];
  /** Every proposed decision in order, settled or not. */
  readonly voorstellen: readonly Vastlegging<"besluit_voorgesteld">[];
  /** The proposal waiting for a decider: the newest one made after the last decision. */
  readonly openVoorstel: Vastlegging<"besluit_voorgesteld"> | null;
  readonly sluitingen: readonly GebeurtenisVan<"dossier_afgesloten" | "dossier_heropend">[];
  /** Requests for correction or removal, in the order received. */
  readonly correctieverzoeken: readonly Correctieverzoek[];
  /** The family's or client's own view, in their words, in the order added. */
  readonly zienswijzen: readonly Vastlegging<"zienswijze_toegevoegd">[];
  /** Steps of a route other than the Meldcode (decisions 0053, 0054), in order; see route.ts. */
  readonly routestappen: readonly Vastlegging<"routestap_vastgelegd">[];
  /** Requests for inspection (AVG article 15) in order, each with its copy's marks and handing over. */
  readonly inzage: readonly InzageVerzoek[];
  /** When the newest event was recorded (ISO 8601 UTC); null before the first. */
  readonly laatsteOp: string | null;
  /**
   * Every event's kind and number by id, so a correction can be checked and the history can name
   * what an entry refers to without holding the events themselves (they are read in pages). A `Map`,
   * so that each new state copies it in one native pass instead of an object spread of a key per event
   * (decision 0080). As JSON it is an object by id, as before: every register the domain makes carries
   * a `toJSON` of its own (`nieuwRegister`), so a state's JSON and a stored snapshot's form are unchanged.
   */
  readonly register: ReadonlyMap<string, Registratie>;
}

/** Where an event sits in the dossier: its kind, number and step. Enough to check a correction and to name its target. */
export interface Registratie {
  readonly type: GebeurtenisType;
  readonly volgnummer: number;
  readonly stap: StapOfAlgemeen;
  /** Set once a correction targets the event. */
  readonly gecorrigeerd?: true;
}

/**
 * The shape of `DossierToestand` as stored in the projection (decision 0032). Raise it whenever the
 * state or `pasToe` changes in a way that a stored snapshot would no longer match: a snapshot of
 * another shape is rebuilt from the events when it is read. 2: the rebuild also writes the list columns
 * of the werkvoorraad (decision 0045, migration werkvoorraad_wacht_op_vt), so raising it backfilled them.
 */
export const TOESTAND_VORM = 2;

/** A dossier without events: the start of every fold. */
export const LEGE_TOESTAND: DossierToestand = Object.freeze({
  versie: 0,
  status: "open",
  opening: null,
  signalen: [],
  kindcheck: null,
  nietVanToepassing: [],
  consultaties: [],
  voorbereidingen: [],
  gesprekken: [],
  gesprekkenNietGevoerd: [],
  acuteContacten: [],
  participatie: {},
  meldingConcept: null,
  meldingen: [],
  vtReacties: [],
  hulp: [],
  afspraken: [],
  evaluaties: [],
  monitoring: [],
  antwoorden: {},
  disclosure: false,
  afweging: evalueerAfweging({}, { disclosure: false }),
  besluiten: [],
  voorstellen: [],
  openVoorstel: null,
  sluitingen: [],
  correctieverzoeken: [],
  zienswijzen: [],
  routestappen: [],
  inzage: [],
  laatsteOp: null,
  register: nieuwRegister([]),
});

/** The register as JSON stores it (an object by id, in the order of the events): the snapshot's form. */
export function registerAlsObject(register: ReadonlyMap<string, Registratie>): Record<string, Registratie> {
  const object: Record<string, Registratie> = {};
  for (const [id, r] of register) object[id] = r;
  return object;
}

/** The register from its stored form (an object by id); the inverse of `registerAlsObject`. */
export function registerUitObject(object: Readonly<Record<string, Registratie>>): Map<string, Registratie> {
  return nieuwRegister(Object.entries(object));
}

/**
 * A register with these entries, whose JSON is the object by id a stored snapshot holds (decision 0080).
 * Its `toJSON` is its own and not enumerable, so a comparison of two registers sees only their entries; a
 * structured clone (or a Map decoded from a page's loader data) has no `toJSON` and writes `{}` as JSON.
 */
function nieuwRegister(entries: Iterable<readonly [string, Registratie]>): Map<string, Registratie> {
  const register = new Map(entries);
  Object.defineProperty(register, "toJSON", { value: registerNaarJson });
  return register;
}

function registerNaarJson(this: ReadonlyMap<string, Registratie>): Record<string, Registratie> {
  return registerAlsObject(this);
}

type Veranderbaar<T> = T extends readonly (infer E)[] ? E[] : T;
type Ontdooid<T> = { -readonly [K in keyof T]: Veranderbaar<T[K]> };
type Werk = Omit<
  Ontdooid<DossierToestand>,
  "monitoring" | "register" | "participatie" | "antwoorden" | "correctieverzoeken"
> & {
  correctieverzoeken: {
    verzoek: Vastlegging<"correctieverzoek_vastgelegd">;
    beslissing: Vastlegging<"correctieverzoek_beslist"> | null;
    correctieIds: string[];
  }[];
  monitoring: {
    start: Vastlegging<"monitoring_gestart">;
    checks: Vastlegging<"veiligheidscheck_vastgelegd">[];
    einde: Vastlegging<"monitoring_beeindigd"> | null;
  }[];
  register: Map<string, Registratie>;
  participatie: Partial<Record<string, Vastlegging<"participatie_bijgewerkt">>>;
  antwoorden: Partial<Record<VraagNummer, BeantwoordeVraag>>;
};

/** A working copy whose own arrays and records may be changed without touching `t`. */
function ontdooi(t: DossierToestand): Werk {
  const kopie = {} as Record<string, unknown>;
  for (const [sleutel, waarde] of Object.entries(t) as [string, unknown][])
    kopie[sleutel] = Array.isArray(waarde) ? [...(waarde as unknown[])] : waarde;
  const werk = kopie as unknown as Werk;
  werk.monitoring = t.monitoring.map((p) => ({ start: p.start, checks: [...p.checks], einde: p.einde }));
  werk.correctieverzoeken = t.correctieverzoeken.map((v) => ({
    verzoek: v.verzoek,
    beslissing: v.beslissing,
    correctieIds: [...v.correctieIds],
  }));
  werk.register = nieuwRegister(t.register);
  werk.participatie = { ...t.participatie };
  werk.antwoorden = { ...t.antwoorden };
  return werk;
}

function nieuweVastlegging<T extends GebeurtenisType>(g: GebeurtenisVan<T>): Vastlegging<T> {
  const gegevens = g.gegevens as GegevensVan<T>;
  return {
    gebeurtenisId: g.id,
    gegevens,
    origineel: gegevens,
    vastgelegdOp: g.opgetredenOp,
    vastgelegdDoor: g.actor,
    correcties: [],
  };
}

/** Applies a correction to the record it targets, wherever that record stands in the state now. */
function corrigeer(w: Werk, c: GebeurtenisVan<"correctie">): void {
  const doel = c.gegevens.corrigeert;
  const herzien = new Map<Vastlegging<GebeurtenisType>, Vastlegging<GebeurtenisType>>();
  const herzie = <V extends Vastlegging<GebeurtenisType> | null>(v: V): V => {
    if (v === null || v.gebeurtenisId !== doel) return v;
    const bekend = herzien.get(v);
    if (bekend) return bekend as V;
    const nieuw = { ...v, gegevens: c.gegevens.gegevens, correcties: [...v.correcties, c] };
    herzien.set(v, nieuw);
    return nieuw;
  };
  const lijst = <V extends Vastlegging<GebeurtenisType>>(l: V[]) => {
    for (let i = 0; i < l.length; i++) l[i] = herzie(l[i] as V);
  };
  w.opening = herzie(w.opening);
  w.kindcheck = herzie(w.kindcheck);
  w.meldingConcept = herzie(w.meldingConcept);
  w.openVoorstel = herzie(w.openVoorstel);
  for (const sleutel of VASTLEGGING_LIJSTEN) lijst(w[sleutel] as Vastlegging<GebeurtenisType>[]);
  for (const [punt, v] of Object.entries(w.participatie)) if (v) w.participatie[punt] = herzie(v);
  for (const p of w.monitoring) {
    p.start = herzie(p.start);
    lijst(p.checks);
    p.einde = herzie(p.einde);
  }
}

const VASTLEGGING_LIJSTEN = [
  "signalen",
  "nietVanToepassing",
  "consultaties",
  "voorbereidingen",
  "gesprekken",
  "gesprekkenNietGevoerd",
  "acuteContacten",
  "meldingen",
  "vtReacties",
  "hulp",
  "afspraken",
  "evaluaties",
  "besluiten",
  "voorstellen",
  "zienswijzen",
  "routestappen",
] as const satisfies readonly (keyof Werk)[];

/** Folds one event into the working copy; `afweging` and `disclosure` are derived afterwards. */
function verwerk(w: Werk, g: Gebeurtenis): void {
  w.versie = g.volgnummer;
  w.laatsteOp = g.opgetredenOp;
  w.register.set(g.id, { type: g.type, volgnummer: g.volgnummer, stap: g.stap });
  switch (g.type) {
    case "dossier_geopend":
      w.opening = nieuweVastlegging(g);
      break;
    case "signaal_vastgelegd":
      w.signalen.push(nieuweVastlegging(g));
      break;
    case "kindcheck_uitgevoerd":
      w.kindcheck = nieuweVastlegging(g);
      break;
    case "stap_niet_van_toepassing":
      w.nietVanToepassing.push(nieuweVastlegging(g));
      break;
    case "consultatie_gehouden":
      w.consultaties.push(nieuweVastlegging(g));
      break;
    case "gesprek_voorbereid":
      w.voorbereidingen.push(nieuweVastlegging(g));
      break;
    case "gesprek_gevoerd":
      w.gesprekken.push(nieuweVastlegging(g));
      break;
    case "gesprek_niet_gevoerd":
      w.gesprekkenNietGevoerd.push(nieuweVastlegging(g));
      break;
    case "afweging_beantwoord":
      w.antwoorden[g.gegevens.vraag] = {
        antwoord: g.gegevens.antwoord,
        toelichting: g.gegevens.toelichting,
        beantwoordOp: g.opgetredenOp,
        beantwoordDoor: g.actor,
      };
      break;
    case "besluit_voorgesteld":
      w.openVoorstel = nieuweVastlegging(g);
      w.voorstellen.push(w.openVoorstel);
      break;
    case "besluit_genomen":
      w.besluiten.push(nieuweVastlegging(g));
      w.openVoorstel = null;
      break;
    case "dossier_afgesloten":
      w.status = "gesloten";
      w.sluitingen.push(g);
      break;
    case "dossier_heropend":
      w.status = "open";
      w.sluitingen.push(g);
      break;
    case "acuut_contact":
      w.acuteContacten.push(nieuweVastlegging(g));
      break;
    case "participatie_bijgewerkt":
      w.participatie[g.gegevens.punt] = nieuweVastlegging(g);
      break;
    case "melding_concept_opgeslagen":
      w.meldingConcept = nieuweVastlegging(g);
      break;
    case "melding_verstuurd":
      w.meldingen.push(nieuweVastlegging(g));
      break;
    case "vt_reactie_vastgelegd":
      w.vtReacties.push(nieuweVastlegging(g));
      break;
    case "hulp_gestart":
      w.hulp.push(nieuweVastlegging(g));
      break;
    case "hulp_afspraak_vastgelegd":
      w.afspraken.push(nieuweVastlegging(g));
      break;
    case "evaluatie_vastgelegd":
      w.evaluaties.push(nieuweVastlegging(g));
      break;
    case "monitoring_gestart":
      w.monitoring.push({ start: nieuweVastlegging(g), checks: [], einde: null });
      break;
    case "veiligheidscheck_vastgelegd":
      w.monitoring.at(-1)?.checks.push(nieuweVastlegging(g));
      break;
    case "monitoring_beeindigd": {
      const lopend = w.monitoring.at(-1);
      if (lopend) lopend.einde = nieuweVastlegging(g);
      break;
    }
    case "routestap_vastgelegd":
      w.routestappen.push(nieuweVastlegging(g));
      break;
    case "inzageverzoek_ontvangen":
      w.inzage.push({ verzoek: nieuweVastlegging(g), voorbereiding: null, verstrekt: null });
      break;
    case "inzage_voorbereid": {
      const vastlegging = nieuweVastlegging(g);
      w.inzage = w.inzage.map((v) =>
        v.verzoek.gebeurtenisId === g.gegevens.verzoek ? { ...v, voorbereiding: vastlegging } : v,
      );
      break;
    }
    case "inzage_verstrekt": {
      const vastlegging = nieuweVastlegging(g);
      w.inzage = w.inzage.map((v) =>
        v.verzoek.gebeurtenisId === g.gegevens.verzoek ? { ...v, verstrekt: vastlegging } : v,
      );
      break;
    }
    case "correctie": {
      const doel = w.register.get(g.gegevens.corrigeert);
      if (doel) w.register.set(g.gegevens.corrigeert, { ...doel, gecorrigeerd: true });
      corrigeer(w, g);
      if (g.gegevens.verzoek)
        w.correctieverzoeken.find((v) => v.verzoek.gebeurtenisId === g.gegevens.verzoek)?.correctieIds.push(g.id);
      break;
    }
    case "correctieverzoek_vastgelegd":
      w.correctieverzoeken.push({ verzoek: nieuweVastlegging(g), beslissing: null, correctieIds: [] });
      break;
    case "correctieverzoek_beslist": {
      const verzoek = w.correctieverzoeken.find((v) => v.verzoek.gebeurtenisId === g.gegevens.verzoek);
      if (verzoek) verzoek.beslissing = nieuweVastlegging(g);
      break;
    }
    case "zienswijze_toegevoegd":
      w.zienswijzen.push(nieuweVastlegging(g));
      break;
    default:
      assertNooit(g);
  }
}

function afronden(w: Werk): DossierToestand {
  const disclosure = w.signalen.some((s) => s.gegevens.disclosure);
  const alleenAntwoorden: Antwoorden = {};
  for (const [vraag, beantwoord] of Object.entries(w.antwoorden)) {
    alleenAntwoorden[Number(vraag) as VraagNummer] = beantwoord.antwoord;
  }
  return { ...w, disclosure, afweging: evalueerAfweging(alleenAntwoorden, { disclosure }) };
}

/**
 * The state after one more event: pure, and the only way the state changes. A correction changes
 * the current content of the record it targets and keeps the original and every correction. The
 * event must be the next one (`volgnummer = versie + 1`): events were judged when appended, so
 * nothing here can be refused.
 */
export function pasToe(toestand: DossierToestand, gebeurtenis: Gebeurtenis): DossierToestand {
  const werk = ontdooi(toestand);
  verwerk(werk, gebeurtenis);
  return afronden(werk);
}

/**
 * The state after several more events, in order: `gebeurtenissen.reduce(pasToe, toestand)`, folded on one
 * working copy. Each copy costs what the state weighs (its `register` has an entry per event), so a reader that
 * brings a long case's state up by a few events copies it once instead of once per event (decision 0077).
 */
export function pasAllesToe(toestand: DossierToestand, gebeurtenissen: readonly Gebeurtenis[]): DossierToestand {
  if (gebeurtenissen.length === 0) return toestand;
  const werk = ontdooi(toestand);
  for (const g of gebeurtenissen) verwerk(werk, g);
  return afronden(werk);
}

/**
 * Derives the dossier's state from its events, oldest first: `gebeurtenissen.reduce(pasToe,
 * LEGE_TOESTAND)`, folded on one working copy instead of a copy per event. The order of
 * `volgnummer` is the order of truth.
 */
export function bouwToestand(gebeurtenissen: readonly Gebeurtenis[]): DossierToestand {
  const werk = ontdooi(LEGE_TOESTAND);
  for (const g of gebeurtenissen) verwerk(werk, g);
  return afronden(werk);
}

/** The record a correction may target, with its kind and number; null when the id is not an event of this dossier. */
export function vindRegistratie(toestand: DossierToestand, gebeurtenisId: string): Registratie | null {
  return toestand.register.get(gebeurtenisId) ?? null;
}

/** The current record of an event in the state (after corrections), or null when no record holds it now. */
export function vindVastlegging(toestand: DossierToestand, gebeurtenisId: string): Vastlegging<GebeurtenisType> | null {
  const past = (v: Vastlegging<GebeurtenisType> | null | undefined) => v?.gebeurtenisId === gebeurtenisId;
  for (const v of [toestand.opening, toestand.kindcheck, toestand.meldingConcept, toestand.openVoorstel])
    if (past(v)) return v;
  for (const sleutel of VASTLEGGING_LIJSTEN) {
    const gevonden = (toestand[sleutel] as readonly Vastlegging<GebeurtenisType>[]).find(past);
    if (gevonden) return gevonden;
  }
  for (const v of Object.values(toestand.participatie)) if (past(v)) return v ?? null;
  for (const p of toestand.monitoring) {
    const gevonden = [p.start, ...p.checks, p.einde].find(past);
    if (gevonden) return gevonden;
  }
  return null;
}

export function assertNooit(waarde: never): never {
  throw new Error(`Onverwachte waarde: ${JSON.stringify(waarde)}`);
}
