import { useTranslation } from "react-i18next";
import { data, NavLink, Outlet, useLocation, type ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/dossier-layout";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { bekijkDossier } from "../../app/dossier/bekijk-dossier.ts";
import { geschiedenisVraag } from "../geschiedenis-pagina.ts";
import { organisatieBijDossier } from "../../app/organisatie/protocol.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { maakTakenlijst, volgendeStap } from "../../domain/dossier/takenlijst.ts";
import { magBesluiten } from "../../domain/dossier/besluit.ts";
import { magAfschrift } from "../../domain/toegang/beleid.ts";
import { maakTijdlijn } from "../../domain/dossier/tijdlijn.ts";
import { STAPPEN, type Stap } from "../../domain/dossier/keuzes.ts";
import { vandaagInNederland } from "../../app/context.ts";
import { stapPad } from "../stap-pad.ts";
import { AcuutGevaar } from "../components/acuut-gevaar.tsx";
import { formatteerTijdstip, taalVanVerzoek, type Taal } from "../../i18n/vertaal.ts";
import { bijzondereHulp, definitiesVoorSector, disclosureHulp, gesprekHulp, kindcheckHulp, kindHulp, stapKennis, type StapKennisInTaal } from "../../domain/kennis/inhoud.ts";
import { versneldeKlok, versneldeRoute } from "../../domain/dossier/versnelde-route.ts";
import { derdeMeldnorm, hulpStand, meldingNodig, monitoringStand, vtAntwoordStand } from "../../domain/dossier/vervolg.ts";
import { meldingVoorPagina } from "../../app/melding/melding-pagina.ts";
import { VersneldeRouteBanner } from "../components/versnelde-route.tsx";
import { isSector } from "../../domain/kennis/keuzes.ts";
import { magOverVerzoekBeslissen } from "../../domain/toegang/beleid.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { huidigeVlag, kinderenVan, routeVoortgang, soortVan } from "../../domain/dossier/route.ts";
import { routeKennis } from "../../domain/kennis/routes-naast-meldcode.inhoud.ts";
import { naamVanBetrokkene } from "../../app/dossier/route-dossier.ts";
import type { DossierSoort } from "../../domain/dossier/keuzes.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

/**
 * A refused form (4xx) normally skips reloading. A version conflict (409) is the exception: the
 * person must see what the colleague added, and the form must carry the new version, or sending
 * again would conflict again.
 */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 ? true : defaultShouldRevalidate;
}

/** Loads the dossier once per navigation (one audited read); the step pages below share it. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { dossier, toestand, eindverantwoordelijken, beslisserNamen, grondslag, noodtoegang, gebeurtenissen } = await ofFoutpagina(
    bekijkDossier(runtime, wie, params.id, geschiedenisVraag(new URL(request.url))),
  );
  const taal = taalVanVerzoek(request);
  const nu = runtime.klok();
  const vandaag = vandaagInNederland(nu);
  const { veiligThuis, documenten, bewaarjaren, beslissers } = await organisatieBijDossier(runtime, wie);
  const soort = soortVan(toestand);
  const betrokkeneId = toestand.opening?.gegevens.betrokkeneGebruikerId;
  return {
    // A route beside the Meldcode (decisions 0053, 0054): its guidance, where its steps stand, and whom it concerns.
    route: soort === "meldcode" ? null : {
      soort,
      kennis: routeKennis(soort),
      voortgang: routeVoortgang(toestand),
      vlag: huidigeVlag(toestand),
      kinderen: kinderenVan(toestand),
      betrokkene: betrokkeneId ? { naam: (await naamVanBetrokkene(runtime, dossier.organisatieId, betrokkeneId)) ?? "", account: true } : { naam: toestand.opening?.gegevens.betrokkeneNaam ?? "", account: false },
    },
    dossier: { id: dossier.id, werknaam: dossier.werknaam, aangemaaktOp: dossier.aangemaaktOp.toISOString() },
    grondslag,
    noodtoegang: noodtoegang.map((n) => ({ naam: n.gebruikerNaam, tot: n.tot.toISOString(), reden: n.reden })),
    toestand,
    // One page of the history, newest first (decision 0032); the state itself comes from its snapshot.
    gebeurtenissen,
    takenlijst: maakTakenlijst(toestand),
    volgende: volgendeStap(toestand),
    tijdlijn: maakTijdlijn(toestand.signalen),
    eindverantwoordelijken,
    beslisserNamen,
    // Whether the reader takes the decision (decision 0020): the page offers a decision or a proposal accordingly.
    magBesluiten: magBesluiten(wie.gebruiker.rollen, beslissers),
    // Whether the reader may prepare the family's copy (decision 0048): only then the access page links to it.
    magAfschrift: magAfschrift(wie.gebruiker.rollen),
    beslissers,
    // Whether the reader decides a family's request for correction or removal (decision 0049).
    magVerzoekBeslissen: magOverVerzoekBeslissen(wie.gebruiker.rollen, grondslag),
    vandaag,
    sector: wie.gebruiker.sector,
    // Guidance beside each step and the definitions for the organisation's sector, in the reader's language.
    kennis: Object.fromEntries(STAPPEN.map((s) => [s, stapKennis(s, taal)])) as Record<Stap, StapKennisInTaal>,
    gesprekHulp: gesprekHulp(taal),
    kindHulp: kindHulp(taal),
    definities: definitiesVoorSector(isSector(wie.gebruiker.sector) ? wie.gebruiker.sector : "overig", taal),
    veiligThuis,
    bewaarjaren,
    // The report and what follows it: computed on every page, so the banners for a late answer or the third meldnorm show everywhere.
    vervolg: {
      vt: vtAntwoordStand(toestand, vandaag),
      hulp: hulpStand(toestand, vandaag),
      monitoring: monitoringStand(toestand, vandaag),
      derdeMeldnorm: derdeMeldnorm(toestand, vandaag),
      meldingNodig: meldingNodig(toestand),
    },
    melding: new URL(request.url).pathname.includes("/melding") ? await meldingVoorPagina(runtime, wie, toestand, taal) : null,
    documenten,
    disclosureHulp: disclosureHulp(taal),
    kindcheckHulp: kindcheckHulp(taal),
    bijzondereHulp: bijzondereHulp(taal),
    versneld: versneldeRoute(toestand),
    klok: versneldeKlok(toestand, nu.toISOString()),
    nu: nu.toISOString(),
  };
}

export default function DossierLayout({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { dossier, toestand, grondslag, noodtoegang } = loaderData;
  return (
    <div>
      <p className="mw-meta">{`${loaderData.route ? t(`keuze.dossier_soort.${loaderData.route.soort}`) : t("dossier.bovenschrift")} · ${t("dossier.verwijzing", { verwijzing: dossier.id.slice(0, 8) })}`}</p>
      <h1 className="nl-heading nl-heading--level-1">{dossier.werknaam}</h1>
      <p className="mw-hint mw-geen-print">{t("dossier.waarom_zichtbaar", { grondslag: t(`grondslag_zin.${grondslag}`) })}</p>
      <AcuutGevaar veiligThuis={loaderData.veiligThuis} dossierId={dossier.id} />
      {noodtoegang.map((n) => (
        <div key={`${n.naam}-${n.tot}`} className="mw-melding mw-melding--waarschuwing" role="status">
          <p className="nl-paragraph">{t("dossier.noodtoegang_banner", { naam: n.naam, tot: formatteerTijdstip(n.tot, i18n.language as Taal), reden: n.reden })}</p>
        </div>
      ))}
      {toestand.status === "gesloten" ? (
        <div className="mw-melding mw-melding--waarschuwing" role="status">
          <p className="nl-paragraph">{t("dossier.gesloten")}</p>
        </div>
      ) : null}
      {loaderData.versneld ? (
        <VersneldeRouteBanner route={loaderData.versneld} klok={loaderData.klok} nu={loaderData.nu} hulp={loaderData.bijzondereHulp} dossierId={dossier.id} />
      ) : null}
      {loaderData.vervolg.vt?.teLaat || loaderData.vervolg.derdeMeldnorm ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">
            {loaderData.vervolg.vt?.teLaat ? t("dossier.vt_te_laat") : t("dossier.derde_meldnorm")}{" "}
            <NavLink className="nl-link" to={`/dossiers/${dossier.id}/vervolg`}>{t("dossier.naar_vervolg")}</NavLink>
          </p>
        </div>
      ) : null}
      {toestand.disclosure ? (
        <div className="mw-melding mw-melding--fout">
          <p className="nl-paragraph">{t("dossier.disclosure_banner")}</p>
          <details className="mw-kennis">
            <summary>{loaderData.disclosureHulp.titel}</summary>
            <p className="nl-paragraph">{loaderData.disclosureHulp.uitleg}</p>
            <ol className="mw-lijst">
              {loaderData.disclosureHulp.stappen.map((s) => <li key={s}>{s}</li>)}
            </ol>
          </details>
        </div>
      ) : null}
      <StappenNavigatie dossierId={dossier.id} soort={loaderData.route?.soort ?? "meldcode"} />
      <Outlet />
    </div>
  );
}

/**
 * The case's pages. On a wide screen two groups side by side, the Meldcode steps and the rest, each
 * kept whole so that a group wraps as one and no tab is left alone on a line. On a narrow screen one
 * disclosure (details/summary, no script and no select) that names the current page and opens a
 * vertical list; it closes again after each navigation.
 */
function StappenNavigatie({ dossierId, soort }: { dossierId: string; soort: DossierSoort }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const basis = `/dossiers/${dossierId}`;
  // A route beside the Meldcode has its own steps; facts are still recorded as signals.
  const stappen = soort === "meldcode"
    ? [
        { naar: basis, label: t("dossier.overzicht"), eind: true },
        ...STAPPEN.map((stap) => ({ naar: `${basis}/${stapPad(stap)}`, label: t(`stap.${stap}.kort`), eind: false })),
      ]
    : [
        { naar: basis, label: t("dossier.overzicht"), eind: true },
        { naar: `${basis}/route`, label: t("route.nav"), eind: false },
        { naar: `${basis}/signalen`, label: t("route.nav_signalen"), eind: false },
      ];
  const overig = soort === "meldcode"
    ? [
        { naar: `${basis}/melding`, label: t("dossier.melding"), eind: false },
        { naar: `${basis}/vervolg`, label: t("dossier.vervolg"), eind: false },
        { naar: `${basis}/kind`, label: t("dossier.kind"), eind: false },
        { naar: `${basis}/toegang`, label: t("dossier.toegang"), eind: false },
      ]
    : [{ naar: `${basis}/toegang`, label: t("dossier.toegang"), eind: false }];
  const huidige = [...stappen, ...overig].find((i) => pathname === i.naar || (!i.eind && pathname.startsWith(`${i.naar}/`)));
  const lijst = (items: typeof stappen, klasse: string) => (
    <ul className={klasse}>
      {items.map((i) => (
        <li key={i.naar}>
          <NavLink to={i.naar} end={i.eind}>{i.label}</NavLink>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <nav aria-label={t("dossier.stappen_nav")} className="mw-stappen mw-stappen--breed">
        {lijst(stappen, "mw-stappen__groep")}
        {lijst(overig, "mw-stappen__groep")}
      </nav>
      <nav aria-label={t("dossier.stappen_nav")} className="mw-stappen mw-stappen--smal">
        <details key={pathname} className="mw-stappen__menu">
          <summary>
            <span className="mw-nadruk">{t("dossier.stappen_menu")}</span>
            {huidige ? <span className="mw-stappen__nu">{t("dossier.nu_op", { pagina: huidige.label })}</span> : null}
          </summary>
          {lijst([...stappen, ...overig], "mw-stappen__lijst")}
        </details>
      </nav>
    </>
  );
}
