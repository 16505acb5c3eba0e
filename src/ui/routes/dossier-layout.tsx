import { useT } from "../vertaling.tsx";
import { data, NavLink, Outlet } from "react-router";
import type { Route } from "./+types/dossier-layout";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { bekijkDossierKader } from "../../app/dossier/dossier-pagina.ts";
import { dossierPaginaVraag } from "../geschiedenis-pagina.ts";
import { herlaadNaConflict } from "../dossier-data.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { AcuutGevaar } from "../components/acuut-gevaar.tsx";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { VersneldeRouteBanner } from "../components/versnelde-route.tsx";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { StappenNavigatie } from "../components/stappen-navigatie.tsx";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

/** A refused form keeps the page as it is, except a version conflict (409), which reloads the dossier. */
export const shouldRevalidate = herlaadNaConflict;

/**
 * The part every page of a case shares (header, banners, and what the step pages read through
 * `useDossier()`), from the page request's one audited read; a page that shows more asks for its
 * part in its own loader (the report pages: `bekijkMeldingPagina`), from the same read.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { vraag, verzoek } = dossierPaginaVraag(request, context);
  return await ofFoutpagina(bekijkDossierKader(runtime, wie, params.id, vraag, verzoek));
}

export default function DossierLayout({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { dossier, toestand, grondslag, noodtoegang } = loaderData;
  return (
    <div>
      <p className="mw-meta">{`${loaderData.route ? t(`keuze.dossier_soort.${loaderData.route.soort}`) : t("dossier.bovenschrift")} · ${t("dossier.verwijzing", { verwijzing: dossier.id.slice(0, 8) })}`}</p>
      <h1 className="nl-heading nl-heading--level-1">{dossier.werknaam}</h1>
      <p className="mw-hint mw-geen-print">
        {t("dossier.waarom_zichtbaar", { grondslag: t(`grondslag_zin.${grondslag}`) })}
      </p>
      <AcuutGevaar veiligThuis={loaderData.veiligThuis} dossierId={dossier.id} />
      {noodtoegang.map((n) => (
        <div key={`${n.naam}-${n.tot}`} className="mw-melding mw-melding--waarschuwing" role="status">
          <p className="nl-paragraph">
            {t("dossier.noodtoegang_banner", {
              naam: n.naam,
              tot: formatteerTijdstip(n.tot, taal),
              reden: n.reden,
            })}
          </p>
        </div>
      ))}
      {toestand.status === "gesloten" ? (
        <div className="mw-melding mw-melding--waarschuwing" role="status">
          <p className="nl-paragraph">{t("dossier.gesloten")}</p>
        </div>
      ) : null}
      {loaderData.versneld && loaderData.bijzondereHulp ? (
        <VersneldeRouteBanner
          route={loaderData.versneld}
          klok={loaderData.klok}
          nu={loaderData.nu}
          hulp={loaderData.bijzondereHulp}
          dossierId={dossier.id}
        />
      ) : null}
      {loaderData.vervolg.vt?.teLaat || loaderData.vervolg.derdeMeldnorm ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">
            {loaderData.vervolg.vt?.teLaat ? t("dossier.vt_te_laat") : t("dossier.derde_meldnorm")}{" "}
            <NavLink className="nl-link" to={`/dossiers/${dossier.id}/vervolg`}>
              {t("dossier.naar_vervolg")}
            </NavLink>
          </p>
        </div>
      ) : null}
      {toestand.disclosure && loaderData.disclosureHulp ? (
        <div className="mw-melding mw-melding--fout">
          <p className="nl-paragraph">{t("dossier.disclosure_banner")}</p>
          <details className="mw-kennis">
            <summary>{loaderData.disclosureHulp.titel}</summary>
            <p className="nl-paragraph">{loaderData.disclosureHulp.uitleg}</p>
            <ol className="mw-lijst">
              {loaderData.disclosureHulp.stappen.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
      <StappenNavigatie dossierId={dossier.id} soort={loaderData.route?.soort ?? "meldcode"} />
      <Outlet />
    </div>
  );
}
