import { useT } from "../vertaling.tsx";
import { data } from "react-router";
import type { Route } from "./+types/dossier-inzage";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { inzageOverzicht } from "../../app/toegang/delen.ts";
import { INZAGE_MAXIMUM } from "../../domain/toegang/inzage.ts";
import { formatteerDatum, formatteerTijd } from "../../i18n/vertaal.ts";
import { useDossier } from "../dossier-data.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["inzage_overzicht"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  return await ofFoutpagina(inzageOverzicht(runtime, wie, params.id));
}

/**
 * Who looked at or changed this dossier, in plain words: what the organisation can hand to a
 * parent who asks. Per day, per person, each distinct action once with how often and when. It
 * prints on its own (the page chrome is hidden in print).
 */
export default function Inzage({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { dossier } = useDossier();
  const { dagen, onvolledig } = loaderData;
  const hoeVaak = (count: number, van: string, tot: string) =>
    van === tot ? t("inzage.keer_om", { count, tijd: tot }) : t("inzage.keer_tussen", { count, van, tot });
  return (
    <div className="mw-stapel">
      <title>{`${t("inzage.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("inzage.titel")}</h2>
      <p className="nl-paragraph">{t("inzage.uitleg")}</p>
      {onvolledig ? (
        <p className="nl-paragraph mw-hint">
          {t("inzage.onvolledig", { aantal: INZAGE_MAXIMUM.toLocaleString(taal === "nl" ? "nl-NL" : "en-GB") })}
        </p>
      ) : null}
      {dagen.map((dag) => (
        <section key={dag.datum} className="mw-stapel" aria-labelledby={`inzage-${dag.datum}`}>
          <h3 id={`inzage-${dag.datum}`} className="nl-heading nl-heading--level-3">
            {formatteerDatum(dag.datum, taal)}
          </h3>
          <table className="utrecht-table utrecht-table--html-table mw-tabel">
            <caption className="mw-visueel-verborgen">{`${t("inzage.titel")}: ${formatteerDatum(dag.datum, taal)}`}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("inzage.wie")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("inzage.wat")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("inzage.hoe_vaak")}
                </th>
              </tr>
            </thead>
            {dag.personen.map((p) => (
              <tbody key={`${p.gebruikerId ?? p.naam ?? ""}-${p.rol ?? ""}`} className="utrecht-table__body">
                {p.acties.map((a, i) => (
                  <tr key={`${a.actie}-${a.grondslag ?? ""}`} className="utrecht-table__row">
                    {i === 0 ? (
                      <th className="utrecht-table__cell" scope="rowgroup" rowSpan={p.acties.length}>
                        {`${p.naam ?? t("inzage.onbekend")}${
                          p.rol
                            ? ` (${p.rol
                                .split(",")
                                .map((x) => t(`rol.${x}`))
                                .join(", ")})`
                            : ""
                        }`}
                      </th>
                    ) : null}
                    <td className="utrecht-table__cell">{`${t(`logactie.${a.actie}`)}${a.grondslag ? ` — ${t(`grondslag.${a.grondslag}`)}` : ""}`}</td>
                    <td className="utrecht-table__cell">
                      {hoeVaak(a.aantal, formatteerTijd(a.eerste, taal), formatteerTijd(a.laatste, taal))}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </section>
      ))}
    </div>
  );
}
