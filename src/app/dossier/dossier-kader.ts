import type { Gebruiker } from "../../domain/gebruiker.ts";
import { besluitRollen, magBesluiten } from "../../domain/dossier/besluit.ts";
import type { Stap } from "../../domain/dossier/keuzes.ts";
import { huidigeVlag, kinderenVan, routeVoortgang, soortVan } from "../../domain/dossier/route.ts";
import { maakTakenlijst, volgendeStap } from "../../domain/dossier/takenlijst.ts";
import { maakTijdlijn } from "../../domain/dossier/tijdlijn.ts";
import { versneldeKlok, versneldeRoute } from "../../domain/dossier/versnelde-route.ts";
import {
  derdeMeldnorm,
  hulpStand,
  meldingNodig,
  monitoringStand,
  vtAntwoordStand,
} from "../../domain/dossier/vervolg.ts";
import {
  bijzondereHulp,
  definitiesVoorSector,
  disclosureHulp,
  gesprekHulp,
  kindcheckHulp,
  kindHulp,
  stapKennis,
} from "../../domain/kennis/inhoud.ts";
import { isSector, type Taal } from "../../domain/kennis/keuzes.ts";
import { routeKennis } from "../../domain/kennis/routes-naast-meldcode.inhoud.ts";
import type { ConceptContext } from "../../domain/melding/concept.ts";
import { bewaarjarenVoor } from "../../domain/organisatie/bewaartermijn.ts";
import type { OrganisatieInstellingen } from "../../domain/organisatie/organisatie.ts";
import { magAfschrift, magOverVerzoekBeslissen } from "../../domain/toegang/beleid.ts";
import { datumInNederland } from "../../domain/tijd/nederlandse-tijd.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { DossierToestand, Registratie } from "../../domain/dossier/toestand.ts";
import type { DossierInzage } from "./bekijk-dossier.ts";

/**
 * Everything a page of a case reads from the dossier, in one gate transaction (`leesDossierPagina`):
 * the view of `bekijkDossier`, the organisation's settings the pages show (read in the same
 * transaction), the name of the staff member a colleague case concerns, and the gate's one clock reading.
 */
export interface DossierPaginaFeiten extends DossierInzage {
  /** The organisation's protocol and step documents, as the repository read them (parsed leniently, once). */
  readonly organisatie: OrganisatieInstellingen;
  /** The name of the colleague a suspicion is about, when the case names them by their account (decision 0053). */
  readonly betrokkeneNaam: string | null;
  /** The gate's time: the log entry, the banners and the clock all use this one reading. */
  readonly nu: Date;
}

/** What the builders need to know of the reader: their roles, sector and the organisation's retention setting. */
export type Lezer = Pick<Gebruiker, "rollen" | "sector" | "bewaarjaren" | "naam" | "organisatieNaam">;

/**
 * The view model every page of a case shares (the layout's): header, banners, the step navigation's
 * kind of case, and what the step pages read through `useDossier()`. A pure function of the facts
 * read in the gate, the reader and the language, so it can be tested without a database.
 */
export function maakDossierKader(feiten: DossierPaginaFeiten, lezer: Lezer, taal: Taal) {
  const { toestand, dossier, grondslag, nu } = feiten;
  const vandaag = datumInNederland(nu.toISOString());
  const { protocol } = feiten.organisatie;
  const beslissers = besluitRollen(protocol.stappen.beslissen.documenteert);
  const afgeleid = afgeleidVan(toestand);
  const { soort, versneld } = afgeleid;
  const opening = toestand.opening?.gegevens;
  return {
    // A route beside the Meldcode (decisions 0053, 0054): its guidance, where its steps stand, and whom it concerns.
    route:
      soort === "meldcode" || !afgeleid.route
        ? null
        : {
            soort,
            kennis: routeKennis(soort),
            ...afgeleid.route,
            betrokkene: opening?.betrokkeneGebruikerId
              ? { naam: feiten.betrokkeneNaam ?? "", account: true }
              : { naam: opening?.betrokkeneNaam ?? "", account: false },
          },
    dossier: { id: dossier.id, werknaam: dossier.werknaam, aangemaaktOp: dossier.aangemaaktOp.toISOString() },
    grondslag,
    noodtoegang: feiten.noodtoegang.map((n) => ({ naam: n.gebruikerNaam, tot: n.tot.toISOString(), reden: n.reden })),
    // The state without its register (a key per event, so it grows with the case): a page that names entries
    // asks for the register in its own loader, the overview only for the entries its history shows (decision 0082).
    toestand: afgeleid.zonderRegister,
    // The page of the history (decision 0032) is the overview's own part, with the register entries it names
    // (`bekijkGeschiedenis`, decision 0082): no other page shows it.
    takenlijst: afgeleid.takenlijst,
    volgende: afgeleid.volgende,
    tijdlijn: afgeleid.tijdlijn,
    eindverantwoordelijken: feiten.eindverantwoordelijken,
    beslisserNamen: feiten.beslisserNamen,
    // Whether the reader takes the decision (decision 0020): the page offers a decision or a proposal accordingly.
    magBesluiten: magBesluiten(lezer.rollen, beslissers),
    // Whether the reader may prepare the family's copy (decision 0048): only then the access page links to it.
    magAfschrift: magAfschrift(lezer.rollen),
    beslissers,
    // Whether the reader decides a family's request for correction or removal (decision 0049).
    magVerzoekBeslissen: magOverVerzoekBeslissen(lezer.rollen, grondslag),
    vandaag,
    sector: lezer.sector,
    // A step's guidance comes with that step's page (`STAP_HULP`), not with every page (decision 0065).
    veiligThuis: protocol.veiligThuis,
    bewaarjaren: bewaarjarenVoor(lezer.sector, lezer.bewaarjaren),
    // The report and what follows it: computed on every page, so the banners for a late answer or the third meldnorm show everywhere.
    vervolg: {
      vt: vtAntwoordStand(toestand, vandaag),
      hulp: hulpStand(toestand, vandaag),
      monitoring: monitoringStand(toestand, vandaag),
      derdeMeldnorm: derdeMeldnorm(toestand, vandaag),
      meldingNodig: meldingNodig(toestand),
    },
    documenten: feiten.organisatie.documenten,
    // The banners' guidance, only when the banner shows (decision 0065).
    disclosureHulp: toestand.disclosure ? disclosureHulp(taal) : null,
    bijzondereHulp: versneld ? bijzondereHulp(taal) : null,
    versneld,
    klok: versneldeKlok(toestand, nu.toISOString()),
    nu: nu.toISOString(),
  };
}

export type DossierKader = ReturnType<typeof maakDossierKader>;

/** The state as a case page's shared data carries it: everything but the register. */
export type ToestandZonderRegister = Omit<DossierToestand, "register">;

function zonderRegister(toestand: DossierToestand): ToestandZonderRegister {
  const { register: _register, ...rest } = toestand;
  return rest;
}

/**
 * What the shared data derives from the state alone (no clock, no reader), made once per state object
 * (decision 0082): a state is never changed once made (an append folds onto a copy), and this process keeps
 * one state object per case and version (`haalToestand`), so the pages of a version share these. Held
 * weakly: they go when the state goes.
 */
const AFGELEID = new WeakMap<DossierToestand, ReturnType<typeof leidAf>>();

function afgeleidVan(toestand: DossierToestand): ReturnType<typeof leidAf> {
  let afgeleid = AFGELEID.get(toestand);
  if (!afgeleid) {
    afgeleid = leidAf(toestand);
    AFGELEID.set(toestand, afgeleid);
  }
  return afgeleid;
}

function leidAf(toestand: DossierToestand) {
  const soort = soortVan(toestand);
  return {
    soort,
    route:
      soort === "meldcode"
        ? null
        : { voortgang: routeVoortgang(toestand), vlag: huidigeVlag(toestand), kinderen: kinderenVan(toestand) },
    versneld: versneldeRoute(toestand),
    zonderRegister: zonderRegister(toestand),
    takenlijst: maakTakenlijst(toestand),
    volgende: volgendeStap(toestand),
    tijdlijn: maakTijdlijn(toestand.signalen),
  };
}

/**
 * The register entries a page of the history names (decision 0082): each entry shown (is it corrected?),
 * and what a shown entry refers to (the entry a correction corrects, the request it carries out, the
 * proposal a decision follows), so the history needs no more of the register than these.
 */
export function registerVoorGeschiedenis(
  register: ReadonlyMap<string, Registratie>,
  gebeurtenissen: readonly Gebeurtenis[],
): Map<string, Registratie> {
  const deel = new Map<string, Registratie>();
  const neem = (id: string | undefined) => {
    const r = id === undefined ? undefined : register.get(id);
    if (id !== undefined && r !== undefined) deel.set(id, r);
  };
  for (const g of gebeurtenissen) {
    neem(g.id);
    if (g.type === "correctie") {
      neem(g.gegevens.corrigeert);
      neem(g.gegevens.verzoek);
    } else if (g.type === "besluit_genomen") neem(g.gegevens.voorstel);
  }
  return deel;
}

const sectorVan = (lezer: Pick<Lezer, "sector">) => (isSector(lezer.sector) ? lezer.sector : "overig");

/**
 * The guidance a page of a case shows beside its form, per page, in the reader's language: the step's
 * own guidance and, on some pages, more (the conversation's preparation, the definitions for the
 * reader's sector). Each page's loader sends only its own part (decision 0065); before, every page
 * carried the guidance of all pages (some 26 kB of loader data).
 */
export const STAP_HULP = {
  signalen: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({ kennis: stapKennis("signalen", taal) }),
  kindcheck: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({
    kennis: stapKennis("kindcheck", taal),
    kindcheckHulp: kindcheckHulp(taal),
  }),
  consultatie: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({ kennis: stapKennis("consultatie", taal) }),
  gesprek: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({
    kennis: stapKennis("gesprek", taal),
    gesprekHulp: gesprekHulp(taal),
    kindHulp: kindHulp(taal),
  }),
  wegen: (lezer: Pick<Lezer, "sector">, taal: Taal) => ({
    kennis: stapKennis("wegen", taal),
    definities: definitiesVoorSector(sectorVan(lezer), taal),
  }),
  beslissen: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({ kennis: stapKennis("beslissen", taal) }),
  /** The page about the child's participation (not a Meldcode step). */
  kind: (_lezer: Pick<Lezer, "sector">, taal: Taal) => ({ kindHulp: kindHulp(taal) }),
} as const satisfies Record<Stap | "kind", (lezer: Pick<Lezer, "sector">, taal: Taal) => object>;

export type HulpPagina = keyof typeof STAP_HULP;
export type StapHulp<P extends HulpPagina> = ReturnType<(typeof STAP_HULP)[P]>;

/**
 * The context a draft report is built with, from the same facts: who reports, for which organisation,
 * today in the Netherlands, and the deciders' names the view already read (`beslisserNamen`), so the
 * report page needs no read of its own.
 */
export function conceptContextUit(
  feiten: Pick<DossierPaginaFeiten, "beslisserNamen" | "nu">,
  lezer: Lezer,
): ConceptContext {
  return {
    melder: { naam: lezer.naam, organisatie: lezer.organisatieNaam, sector: lezer.sector },
    vandaag: datumInNederland(feiten.nu.toISOString()),
    namen: new Map(Object.entries(feiten.beslisserNamen)),
  };
}
