import { useT } from "../vertaling.tsx";
import { data, Link } from "react-router";
import type { Route } from "./+types/dossier-gezin";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { leesGezinsoverzicht } from "../../app/dossier/route-dossier.ts";
import { VLAGGEN_KENNIS } from "../../domain/kennis/routes-naast-meldcode.inhoud.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["afdrukken"] };

/**
 * The overview for one family of a case about behaviour between children (decision 0054): outside the
 * dossier's layout on purpose, because the layout shows the case's working name, which may name the
 * situation. Only the domain's `gezinsoverzicht` is shown: their own child and the records for them.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const kind = new URL(request.url).searchParams.get("kind") ?? "";
  return { id: params.id, overzicht: await ofFoutpagina(leesGezinsoverzicht(runtime, wie, params.id, kind)) };
}

export default function Gezinsoverzicht({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { id, overzicht } = loaderData;
  const vlag = VLAGGEN_KENNIS.find((v) => v.id === overzicht.vlag);
  return (
    <article className="mw-stapel mw-afdruk" aria-labelledby="gezin-titel">
      <title>{`${t("route.gezin_titel", { kind: overzicht.kind })} · Meldwijzer`}</title>
      <p className="mw-geen-print">
        <Link className="nl-link" to={`/dossiers/${id}/route`}>
          {t("route.gezin_terug")}
        </Link>
      </p>
      <h1 id="gezin-titel" className="nl-heading nl-heading--level-1">
        {t("route.gezin_titel", { kind: overzicht.kind })}
      </h1>
      <p className="nl-paragraph">{t("route.gezin_inleiding")}</p>
      <p className="mw-geen-print">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t("route.afdrukken")}
        </button>
      </p>
      {vlag ? (
        <section aria-labelledby="gezin-vlag">
          <h2 id="gezin-vlag" className="nl-heading nl-heading--level-2">
            {t("route.gezin_vlag")}
          </h2>
          <p className="nl-paragraph">
            <strong>{vlag.titel[taal]}</strong>
          </p>
          <p className="nl-paragraph">{vlag.betekenis[taal]}</p>
        </section>
      ) : null}
      {overzicht.vastleggingen.length === 0 ? (
        <p className="nl-paragraph">{t("route.gezin_geen")}</p>
      ) : (
        <dl className="mw-gegevens">
          {overzicht.vastleggingen.map((v, i) => (
            <div key={i} className="mw-dl-rij">
              <dt>{`${formatteerDatum(v.datum, taal)} · ${t(`route.stap.${v.stap}`)}`}</dt>
              <dd className="mw-bewaar-regels">{v.toelichting}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
