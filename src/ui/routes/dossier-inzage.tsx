import { useTranslation } from "react-i18next";
import { data } from "react-router";
import type { Route } from "./+types/dossier-inzage";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { inzageOverzicht } from "../../app/toegang/delen.ts";
import { formatteerTijdstip, type Taal } from "../../i18n/vertaal.ts";
import { useDossier } from "../dossier-data.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["inzage_overzicht"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  return { regels: await ofFoutpagina(inzageOverzicht(runtime, wie, params.id)) };
}

/**
 * Who looked at or changed this dossier, in plain words: what the organisation can hand to a
 * parent who asks. It prints on its own (the page chrome is hidden in print).
 */
export default function Inzage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const taal = i18n.language as Taal;
  const { dossier } = useDossier();
  return (
    <div className="mw-stapel">
      <title>{`${t("inzage.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("inzage.titel")}</h2>
      <p className="nl-paragraph">{t("inzage.uitleg")}</p>
      <table className="utrecht-table utrecht-table--html-table mw-tabel">
        <caption className="mw-visueel-verborgen">{t("inzage.titel")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("inzage.wanneer")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("inzage.wie")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("inzage.wat")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {loaderData.regels.map((r, i) => (
            <tr key={i} className="utrecht-table__row">
              <td className="utrecht-table__cell">{formatteerTijdstip(r.tijdstip, taal)}</td>
              <td className="utrecht-table__cell">{`${r.naam ?? t("inzage.onbekend")}${r.rol ? ` (${r.rol.split(",").map((x) => t(`rol.${x}`)).join(", ")})` : ""}`}</td>
              <td className="utrecht-table__cell">{`${t(`logactie.${r.actie}`)}${r.grondslag ? ` — ${t(`grondslag.${r.grondslag}`)}` : ""}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
