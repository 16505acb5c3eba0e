import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Route } from "./+types/werkvoorraad";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { leesWerkvoorraad } from "../../app/werkvoorraad/werkvoorraad.ts";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { formatteerDatum, type Taal } from "../../i18n/vertaal.ts";
import { Keuzelijst, Knop, TekstVeld } from "../components/formulier.tsx";
import { Paginering, paginaNummer } from "../components/paginering.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["werkvoorraad"] };

/** The GET parameters of the filter form; the CSV link carries the same ones. */
const ZOEKVELDEN = ["zoek", "fase", "status", "achterstallig", "besluit_gevraagd", "volgorde"] as const;
type Zoekvelden = Record<(typeof ZOEKVELDEN)[number], string | undefined>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const url = new URL(request.url);
  const zoek = Object.fromEntries(ZOEKVELDEN.map((k) => [k, url.searchParams.get(k) ?? undefined])) as Zoekvelden;
  const pagina = await ofFoutpagina(leesWerkvoorraad(runtime, wie, { ...zoek, cursor: url.searchParams.get("cursor") ?? undefined }));
  const v = pagina.vraag;
  return {
    rijen: pagina.items.map((r) => ({
      id: r.id, werknaam: r.werknaam, fase: r.fase, dagenStil: r.dagenStil, openTaken: r.openTaken, achterstalligeTaken: r.achterstalligeTaken,
      besluitGevraagd: r.besluitGevraagd, gesloten: r.gesloten, bewaarTot: r.bewaarTot,
    })),
    zoek,
    volgorde: v.volgorde ?? "activiteit",
    gefilterd: Boolean(v.zoek || v.fase || v.status || v.achterstallig || v.besluit_gevraagd),
    pagina: pagina.vorige === null ? 1 : paginaNummer(url.searchParams.get("pagina")),
    vorige: pagina.vorige,
    volgende: pagina.volgende,
  };
}

export default function Werkvoorraad({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const taal = i18n.language as Taal;
  const { zoek, volgorde } = loaderData;
  const exportParams = new URLSearchParams(Object.entries(zoek).filter((e): e is [string, string] => Boolean(e[1])));
  const exportPad = `/werkvoorraad.csv${exportParams.size > 0 ? `?${exportParams.toString()}` : ""}`;
  return (
    <div className="mw-stapel">
      <title>{`${t("werkvoorraad.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("werkvoorraad.titel")}</h1>
      <p className="nl-paragraph">{t("werkvoorraad.uitleg")}</p>
      <Form method="get" role="search" aria-label={t("werkvoorraad.zoekformulier")} className="mw-zoeken mw-stapel mw-geen-print" key={JSON.stringify(zoek)}>
        <div className="mw-filter">
          <TekstVeld naam="zoek" label={t("dossiers.zoeken_label")} hint={t("dossiers.zoeken_hint")} waarde={zoek.zoek ?? ""} />
        </div>
        <fieldset className="mw-filterset">
          <legend>{t("dossiers.filters")}</legend>
          <div className="mw-filter">
            <Keuzelijst naam="fase" label={t("dossiers.fase_filter")} waarde={zoek.fase ?? ""} leeg={t("dossiers.fase_alle")} opties={LIJST_FASEN.map((f) => ({ waarde: f, label: t(`fase.${f}`) }))} />
            <Keuzelijst
              naam="status"
              label={t("dossiers.status_filter")}
              waarde={zoek.status ?? ""}
              leeg={t("dossiers.status_alle")}
              opties={[{ waarde: "open", label: t("dossiers.status_open") }, { waarde: "gesloten", label: t("dossiers.status_gesloten") }]}
            />
            <Keuzelijst naam="achterstallig" label={t("werkvoorraad.filter_achterstallig")} waarde={zoek.achterstallig ?? ""} leeg={t("werkvoorraad.alle")} opties={[{ waarde: "ja", label: t("werkvoorraad.alleen_achterstallig") }]} />
            <Keuzelijst naam="besluit_gevraagd" label={t("werkvoorraad.filter_besluit")} waarde={zoek.besluit_gevraagd ?? ""} leeg={t("werkvoorraad.alle")} opties={[{ waarde: "ja", label: t("werkvoorraad.alleen_besluit") }]} />
            <Keuzelijst
              naam="volgorde"
              label={t("dossiers.volgorde")}
              waarde={volgorde}
              opties={[{ waarde: "activiteit", label: t("dossiers.volgorde_activiteit") }, { waarde: "geopend", label: t("dossiers.volgorde_geopend") }]}
            />
          </div>
        </fieldset>
        <div className="mw-rij">
          <Knop soort="secondary">{t("dossiers.knop_zoeken")}</Knop>
          {loaderData.gefilterd || volgorde !== "activiteit" ? <Link className="nl-link" to="/werkvoorraad">{t("dossiers.wissen")}</Link> : null}
        </div>
      </Form>
      {loaderData.rijen.length === 0 ? (
        <p className="nl-paragraph" role="status">{loaderData.gefilterd ? t("dossiers.geen_resultaat") : t("werkvoorraad.leeg")}</p>
      ) : (
        <>
          <div className="mw-rij">
            <p className="nl-paragraph" role="status">{t("dossiers.aantal", { count: loaderData.rijen.length, pagina: loaderData.pagina })}</p>
            <a className="nl-link mw-geen-print" href={exportPad} download>{t("werkvoorraad.exporteren")}</a>
          </div>
          <table className="utrecht-table utrecht-table--html-table mw-tabel mw-tabel--stapel">
            <caption className="mw-visueel-verborgen">{t("werkvoorraad.titel")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t("dossiers.kolom_werknaam")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("dossiers.kolom_kenmerk")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("werkvoorraad.kolom_stap")}</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("werkvoorraad.kolom_dagen_stil")}</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("werkvoorraad.kolom_open")}</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("werkvoorraad.kolom_achterstallig")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("werkvoorraad.kolom_bijzonderheden")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {loaderData.rijen.map((r) => (
                <tr className="utrecht-table__row" key={r.id}>
                  <td className="utrecht-table__cell" data-label={t("dossiers.kolom_werknaam")}>
                    <Link className="nl-link" to={`/dossiers/${r.id}`}>{r.werknaam}</Link>
                  </td>
                  <td className="utrecht-table__cell mw-kenmerk" data-label={t("dossiers.kolom_kenmerk")}>{r.id.slice(0, 8)}</td>
                  <td className="utrecht-table__cell" data-label={t("werkvoorraad.kolom_stap")}>{t(`fase.${r.fase}`)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t("werkvoorraad.kolom_dagen_stil")}>{r.dagenStil}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t("werkvoorraad.kolom_open")}>{r.openTaken}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t("werkvoorraad.kolom_achterstallig")}>{r.achterstalligeTaken}</td>
                  <td className="utrecht-table__cell" data-label={t("werkvoorraad.kolom_bijzonderheden")}>
                    {[
                      r.besluitGevraagd ? t("werkvoorraad.besluit_gevraagd") : null,
                      r.gesloten ? (r.bewaarTot ? t("werkvoorraad.gesloten_bewaren", { datum: formatteerDatum(r.bewaarTot, taal) }) : t("dossiers.status_gesloten")) : null,
                    ].filter(Boolean).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Paginering pad="/werkvoorraad" zoek={zoek} pagina={loaderData.pagina} vorige={loaderData.vorige} volgende={loaderData.volgende} />
    </div>
  );
}
