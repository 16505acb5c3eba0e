import { useT } from "../vertaling.tsx";
import { Link } from "react-router";
import type { Route } from "./+types/protocol";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { bekijkProtocol } from "../../app/organisatie/protocol.ts";
import { PROTOCOL_STAPPEN } from "../../domain/organisatie/protocol.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["protocol_lezen"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  return {
    ...(await ofFoutpagina(bekijkProtocol(runtime, wie))),
    magWijzigen: wie.gebruiker.rollen.includes("beheerder"),
  };
}

/** The organisation's Meldcode protocol for every member; prints on its own. */
export default function Protocol({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { protocol } = loaderData;
  const naamLijst = (namen: readonly string[]) => (namen.length ? namen.join(", ") : t("protocol.niemand"));
  return (
    <div className="mw-stapel">
      <title>{`${t("protocol.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("protocol.titel")}</h1>
      <p className="nl-paragraph">{t("protocol.uitleg", { organisatie: loaderData.organisatie })}</p>
      <dl className="mw-gegevens">
        <dt>{t("protocol.sector")}</dt>
        <dd>{t(`sector.${loaderData.sector}`)}</dd>
        <dt>{t("protocol.aandachtsfunctionarissen")}</dt>
        <dd>{naamLijst(loaderData.aandachtsfunctionarissen)}</dd>
        <dt>{t("protocol.eindverantwoordelijke")}</dt>
        <dd>{naamLijst(loaderData.eindverantwoordelijken)}</dd>
        <dt>{t("protocol.veilig_thuis")}</dt>
        <dd>{`${protocol.veiligThuis.naam}, ${protocol.veiligThuis.telefoon}`}</dd>
      </dl>
      {PROTOCOL_STAPPEN.map((stap) => (
        <section key={stap} aria-labelledby={`stap-${stap}`} className="mw-kaart mw-stapel">
          <h2 id={`stap-${stap}`} className="nl-heading nl-heading--level-2">
            {t(`protocol.stap.${stap}`)}
          </h2>
          <dl className="mw-gegevens">
            <dt>{t("protocol.wie")}</dt>
            <dd>{protocol.stappen[stap].wie}</dd>
            <dt>{t("protocol.werkwijze")}</dt>
            <dd>{protocol.stappen[stap].werkwijze}</dd>
            <dt>{t("protocol.documenteert")}</dt>
            <dd>{t(`rol.${protocol.stappen[stap].documenteert}`)}</dd>
          </dl>
        </section>
      ))}
      {loaderData.magWijzigen ? (
        <p className="nl-paragraph mw-geen-print">
          <Link className="nl-link" to="/beheer/protocol">
            {t("protocol.wijzigen")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
