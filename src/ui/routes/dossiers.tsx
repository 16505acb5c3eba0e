import { useTranslation } from "react-i18next";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/dossiers";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { recenteNoodtoegang } from "../../app/toegang/delen.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { lijstMijnDossiers } from "../../app/dossier/bekijk-dossier.ts";
import { formatteerTijdstip, type Taal } from "../../i18n/vertaal.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossiers_lijst"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  // A beheerder or logbeheerder has no cases: say so, and point a logbeheerder at the log.
  if (!kanAlgemeen(persoonVan(wie), "dossiers_lijst")) {
    if (kanAlgemeen(persoonVan(wie), "toegangslog_lezen")) throw redirect("/toegangslog");
    if (kanAlgemeen(persoonVan(wie), "gebruikers_beheren")) throw redirect("/beheer");
    return { dossiers: [], geenRol: true, noodtoegang: [] };
  }
  const rijen = await ofFoutpagina(lijstMijnDossiers(runtime, wie));
  const nood = await recenteNoodtoegang(runtime, wie);
  return {
    dossiers: rijen.map((d) => ({ id: d.id, werknaam: d.werknaam, fase: d.fase, bijgewerktOp: d.bijgewerktOp.toISOString() })),
    geenRol: false,
    noodtoegang: nood.map((n) => ({ naam: n.gebruikerNaam, werknaam: n.werknaam, begin: n.begin.toISOString(), reden: n.reden, dossierId: n.dossierId })),
  };
}

export default function Dossiers({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const taal = i18n.language as Taal;
  return (
    <div className="mw-stapel">
      <title>{`${t("dossiers.titel")} · Meldwijzer`}</title>
      <div className="mw-rij">
        <h1 className="nl-heading nl-heading--level-1">{t("dossiers.titel")}</h1>
        <Link className="utrecht-button utrecht-button--primary-action mw-knoplink" to="/dossiers/nieuw">{t("dossiers.nieuw")}</Link>
      </div>
      <p className="nl-paragraph">{t("dossiers.uitleg")}</p>
      {loaderData.noodtoegang.length > 0 ? (
        <section aria-labelledby="nood-titel" className="mw-melding mw-melding--waarschuwing">
          <h2 id="nood-titel" className="nl-heading nl-heading--level-3">{t("noodtoegang.melding_titel")}</h2>
          <ul className="mw-lijst">
            {loaderData.noodtoegang.map((n) => (
              <li key={`${n.dossierId}-${n.begin}`}>
                <Link className="nl-link" to={`/dossiers/${n.dossierId}/toegang`}>
                  {t("noodtoegang.melding_regel", { naam: n.naam, werknaam: n.werknaam, begin: formatteerTijdstip(n.begin, taal), reden: n.reden })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaderData.geenRol ? (
        <p className="nl-paragraph">{t("dossiers.geen_rol")}</p>
      ) : loaderData.dossiers.length === 0 ? (
        <p className="nl-paragraph">{t("dossiers.leeg")}</p>
      ) : (
        <table className="utrecht-table utrecht-table--html-table mw-tabel">
          <caption className="mw-visueel-verborgen">{t("dossiers.titel")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("dossiers.kolom_werknaam")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("dossiers.kolom_fase")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("dossiers.kolom_bijgewerkt")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {loaderData.dossiers.map((d) => (
              <tr className="utrecht-table__row" key={d.id}>
                <td className="utrecht-table__cell">
                  <Link className="nl-link" to={`/dossiers/${d.id}`}>{d.werknaam}</Link>
                </td>
                <td className="utrecht-table__cell">{t(`fase.${d.fase}`)}</td>
                <td className="utrecht-table__cell">{formatteerTijdstip(d.bijgewerktOp, taal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
