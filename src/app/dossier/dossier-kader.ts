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
  const soort = soortVan(toestand);
  const opening = toestand.opening?.gegevens;
  const versneld = versneldeRoute(toestand);
  return {
    // A route beside the Meldcode (decisions 0053, 0054): its guidance, where its steps stand, and whom it concerns.
    route:
      soort === "meldcode"
        ? null
        : {
            soort,
            kennis: routeKennis(soort),
            voortgang: routeVoortgang(toestand),
            vlag: huidigeVlag(toestand),
            kinderen: kinderenVan(toestand),
            betrokkene: opening?.betrokkeneGebruikerId
              ? { naam: feiten.betrokkeneNaam ?? "", account: true }
              : { naam: opening?.betrokkeneNaam ?? "", account: false },
          },
    dossier: { id: dossier.id, werknaam: dossier.werknaam, aangemaaktOp: dossier.aangemaaktOp.toISOString() },
    grondslag,
    noodtoegang: feiten.noodtoegang.map((n) => ({ naam: n.gebruikerNaam, tot: n.tot.toISOString(), reden: n.reden })),
    toestand,
    // One page of the history, newest first (decision 0032); the state itself comes from its snapshot.
    gebeurtenissen: feiten.gebeurtenissen,
    takenlijst: maakTakenlijst(toestand),
    volgende: volgendeStap(toestand),
    tijdlijn: maakTijdlijn(toestand.signalen),
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
