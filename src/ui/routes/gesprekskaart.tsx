import { useT } from "../vertaling.tsx";
import { data } from "react-router";
import type { Route } from "./+types/gesprekskaart";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { gesprekHulp } from "../../domain/kennis/inhoud.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { taalVanVerzoek } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["protocol_lezen"] };

/** General guidance, no case data: every member may open and print it. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { wie } = await vereisIngelogd(request, context);
  if (!kanAlgemeen(persoonVan(wie), "protocol_lezen")) throw data(null, { status: 403 });
  return { hulp: gesprekHulp(taalVanVerzoek(request)) };
}

/**
 * The conversation card: a short reminder to take into the conversation with the parents, with the
 * questions to prepare and what to record afterwards. Made to print on one A4 page.
 */
export default function Gesprekskaart({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { hulp } = loaderData;
  return (
    <article className="mw-stapel mw-kaart-print" aria-labelledby="kaart-titel">
      <title>{`${t("kaart.titel")} · Meldwijzer`}</title>
      <h1 id="kaart-titel" className="nl-heading nl-heading--level-1">
        {t("kaart.titel")}
      </h1>
      <p className="nl-paragraph mw-geen-print">{t("kaart.uitleg")}</p>
      <p className="mw-geen-print">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t("kaart.afdrukken")}
        </button>
      </p>
      <section aria-labelledby="kaart-voor" className="mw-kaart-deel">
        <h2 id="kaart-voor" className="nl-heading nl-heading--level-2">
          {t("kaart.voor")}
        </h2>
        <ul className="mw-lijst">
          {hulp.vragen.map((v) => (
            <li key={v.id}>{v.vraag}</li>
          ))}
          <li>{hulp.veiligheid.vraag}</li>
        </ul>
      </section>
      <section aria-labelledby="kaart-tijdens" className="mw-kaart-deel">
        <h2 id="kaart-tijdens" className="nl-heading nl-heading--level-2">
          {hulp.kaart.titel}
        </h2>
        <ol className="mw-lijst">
          {hulp.kaart.punten.map((p) => (
            <li key={p.id}>
              <strong>{p.titel}.</strong> {p.uitleg}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="kaart-na" className="mw-kaart-deel">
        <h2 id="kaart-na" className="nl-heading nl-heading--level-2">
          {t("kaart.na")}
        </h2>
        <ul className="mw-lijst">
          {hulp.nazorg.map((n) => (
            <li key={n.id}>{n.vraag}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
