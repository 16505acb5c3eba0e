import { useT } from "../vertaling.tsx";
import { Link } from "react-router";
import type { Route } from "./+types/taken";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { mijnTaken, TAKEN_PAGINA } from "../../app/taken/mijn-taken.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import { formatteerDatum, taalVanVerzoek } from "../../i18n/vertaal.ts";
import { Tabel } from "../components/tabel.tsx";
import { TAKEN_ZOEKVELDEN, TakenZoekformulier, type TakenZoekvelden } from "../components/taken-zoekformulier.tsx";
import { useVolgBinnenApp } from "../volg-binnen-app.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossiers_lijst"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const parameters = new URL(request.url).searchParams;
  const { taken, volgende, vorige } = await ofFoutpagina(mijnTaken(runtime, wie, Object.fromEntries(parameters)));
  // The search as typed, for the form and for the page links (decision 0083).
  const zoek: TakenZoekvelden = Object.fromEntries(
    TAKEN_ZOEKVELDEN.flatMap((v) => (parameters.get(v) ? [[v, parameters.get(v)!]] : [])),
  );
  const taal = taalVanVerzoek(request);
  return {
    // What each row shows, in the shape it is shown: the date written once here, not per render.
    taken: taken.map((taak) => ({
      dossierId: taak.dossierId,
      werknaam: taak.werknaam,
      soort: taak.soort,
      sinds: taak.sinds ? formatteerDatum(taak.sinds, taal) : "—",
    })),
    volgende,
    vorige,
    zoek,
    // Not the first page: "back to the first tasks" is offered (a previous page that reached the top is the first).
    vervolgpagina: vorige !== null,
    paginaGrootte: TAKEN_PAGINA,
  };
}

const PAGINA: Record<TaakSoort, string> = {
  vt_bellen: "vervolg",
  melding_versturen: "melding",
  voorstel_beoordelen: "besluit",
  besluit_nemen: "besluit",
  derde_meldnorm: "vervolg",
  evaluatie: "vervolg",
  veiligheidscheck: "vervolg",
  gesprek_plannen: "gesprek",
  stap_blijft_liggen: "",
};

/** "Mijn taken": what is due on the cases this person is responsible for, and the decisions asked of them. */
export default function Taken({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const volg = useVolgBinnenApp();
  const { taken, volgende, vorige, vervolgpagina, paginaGrootte, zoek } = loaderData;
  const gezocht = new URLSearchParams(zoek).toString();
  const naar = (cursor: string) => `/taken?${gezocht ? `${gezocht}&` : ""}vanaf=${encodeURIComponent(cursor)}`;
  // Each kind of task translated once per page, not once per row.
  const soorten = new Map(taken.map((taak) => [taak.soort, t(`taken.soort.${taak.soort}`)]));
  return (
    <div className="mw-stapel">
      <title>{`${t("taken.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("taken.titel")}</h1>
      <p className="nl-paragraph">{t("taken.uitleg")}</p>
      {volgende || vervolgpagina ? (
        <p className="mw-hint">{t("taken.pagina_uitleg", { aantal: paginaGrootte })}</p>
      ) : null}
      <TakenZoekformulier zoek={zoek} />
      {taken.length === 0 ? (
        <p className="nl-paragraph" role="status">
          {gezocht ? t("taken.geen_resultaat") : t("taken.geen")}
        </p>
      ) : (
        <Tabel
          klasse="mw-taken"
          bijschrift={t("taken.titel")}
          kolommen={[t("taken.kolom_taak"), t("taken.kolom_dossier"), t("taken.kolom_sinds")]}
          opKlik={volg}
          // Plain links, followed inside the app by the table's one click handler (decision 0076); the rows as one HTML text (0081).
          tekstRijen={taken.map((taak) => [
            {
              tekst: soorten.get(taak.soort),
              link: `/dossiers/${taak.dossierId}${PAGINA[taak.soort] ? `/${PAGINA[taak.soort]}` : ""}`,
            },
            { tekst: `${taak.werknaam} · ${taak.dossierId.slice(0, 8)}` },
            { tekst: taak.sinds },
          ])}
        />
      )}
      {volgende || vervolgpagina ? (
        <nav className="mw-rij" aria-label={t("taken.titel")}>
          {vervolgpagina ? (
            <Link className="nl-link" to={gezocht ? `/taken?${gezocht}` : "/taken"}>
              {t("taken.eerste")}
            </Link>
          ) : null}
          {vorige ? (
            <Link className="nl-link" rel="prev" to={naar(vorige)}>
              {`← ${t("taken.vorige")}`}
            </Link>
          ) : null}
          {volgende ? (
            <Link className="nl-link" rel="next" to={naar(volgende)}>
              {`${t("taken.volgende")} →`}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
