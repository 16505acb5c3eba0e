import { useT } from "../vertaling.tsx";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/dossiers";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { leesDossierLijstPagina } from "../../app/dossier/bekijk-dossier.ts";
import { formatteerTijdstip, taalVanVerzoek } from "../../i18n/vertaal.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { Zoekformulier } from "../components/zoekformulier.tsx";
import { Paginering, paginaNummer } from "../components/paginering.tsx";
import { Tabel } from "../components/tabel.tsx";
import { useVolgBinnenApp } from "../volg-binnen-app.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossiers_lijst"] };

/** The GET parameters of the search form; `cursor` and `pagina` come from the page links. */
const ZOEKVELDEN = ["zoek", "fase", "status", "volgorde"] as const;
type Zoekvelden = Record<(typeof ZOEKVELDEN)[number], string | undefined>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  // A beheerder or logbeheerder has no cases: say so, and point a logbeheerder at the log.
  if (!kanAlgemeen(persoonVan(wie), "dossiers_lijst")) {
    if (kanAlgemeen(persoonVan(wie), "toegangslog_lezen")) throw redirect("/toegangslog");
    if (kanAlgemeen(persoonVan(wie), "gebruikers_beheren")) throw redirect("/beheer");
    const zoek: Zoekvelden = { zoek: undefined, fase: undefined, status: undefined, volgorde: undefined };
    return {
      dossiers: [],
      geenRol: true,
      noodtoegang: [],
      zoek,
      volgorde: "activiteit" as const,
      gefilterd: false,
      pagina: 1,
      vorige: null,
      volgende: null,
    };
  }
  const url = new URL(request.url);
  const zoek = Object.fromEntries(ZOEKVELDEN.map((k) => [k, url.searchParams.get(k) ?? undefined])) as Zoekvelden;
  const { pagina, noodtoegang: nood } = await ofFoutpagina(
    leesDossierLijstPagina(runtime, wie, { ...zoek, cursor: url.searchParams.get("cursor") ?? undefined }),
  );
  const taal = taalVanVerzoek(request);
  const volgorde = pagina.vraag.volgorde ?? "activiteit";
  return {
    // What each row shows, in the shape it is shown: the time of the column the order names, written once here.
    dossiers: pagina.items.map((d) => ({
      id: d.id,
      werknaam: d.werknaam,
      fase: d.fase,
      tijd: formatteerTijdstip((volgorde === "geopend" ? d.aangemaaktOp : d.bijgewerktOp).toISOString(), taal),
    })),
    geenRol: false,
    noodtoegang: nood.map((n) => ({
      naam: n.gebruikerNaam,
      werknaam: n.werknaam,
      begin: formatteerTijdstip(n.begin.toISOString(), taal),
      reden: n.reden,
      dossierId: n.dossierId,
    })),
    zoek,
    volgorde,
    gefilterd: Boolean(pagina.vraag.zoek || pagina.vraag.fase || pagina.vraag.status),
    // Back at the top (no previous page) is always page 1, whatever the link said.
    pagina: pagina.vorige === null ? 1 : paginaNummer(url.searchParams.get("pagina")),
    vorige: pagina.vorige,
    volgende: pagina.volgende,
  };
}

export default function Dossiers({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const volg = useVolgBinnenApp();
  const { zoek, volgorde } = loaderData;
  // Looked up once per page, not once per row: the column headings (also each cell's label when rows stack) and the phases.
  const kolommen = [
    t("dossiers.kolom_werknaam"),
    t("dossiers.kolom_kenmerk"),
    t("dossiers.kolom_fase"),
    t(volgorde === "geopend" ? "dossiers.kolom_geopend" : "dossiers.kolom_bijgewerkt"),
  ];
  const fasen = new Map(loaderData.dossiers.map((d) => [d.fase, t(`fase.${d.fase}`)]));
  return (
    <div className="mw-stapel">
      <title>{`${t("dossiers.titel")} · Meldwijzer`}</title>
      <div className="mw-rij">
        <h1 className="nl-heading nl-heading--level-1">{t("dossiers.titel")}</h1>
        <Link className="utrecht-button utrecht-button--primary-action mw-knoplink" to="/dossiers/nieuw">
          {t("dossiers.nieuw")}
        </Link>
      </div>
      <p className="nl-paragraph">{t("dossiers.uitleg")}</p>
      {loaderData.noodtoegang.length > 0 ? (
        <section aria-labelledby="nood-titel" className="mw-melding mw-melding--waarschuwing">
          <h2 id="nood-titel" className="nl-heading nl-heading--level-3">
            {t("noodtoegang.melding_titel")}
          </h2>
          <ul className="mw-lijst">
            {loaderData.noodtoegang.map((n, i) => (
              <li key={`${n.dossierId}-${i}`}>
                <Link className="nl-link" to={`/dossiers/${n.dossierId}/toegang`}>
                  {t("noodtoegang.melding_regel", {
                    naam: n.naam,
                    werknaam: n.werknaam,
                    begin: n.begin,
                    reden: n.reden,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaderData.geenRol ? (
        <p className="nl-paragraph">{t("dossiers.geen_rol")}</p>
      ) : (
        <>
          <Zoekformulier
            pad="/dossiers"
            label={t("dossiers.zoekformulier")}
            zoek={zoek}
            volgorde={volgorde}
            gefilterd={loaderData.gefilterd}
          />
          {loaderData.dossiers.length === 0 ? (
            <p className="nl-paragraph" role="status">
              {loaderData.gefilterd ? t("dossiers.geen_resultaat") : t("dossiers.leeg")}
            </p>
          ) : (
            <>
              <p className="nl-paragraph" role="status">
                {t("dossiers.aantal", { count: loaderData.dossiers.length, pagina: loaderData.pagina })}
              </p>
              {/* Plain links, followed inside the app by the table's one click handler (decision 0076); the rows as one HTML text (0081). */}
              <Tabel
                klasse="mw-tabel--stapel"
                bijschrift={t("dossiers.titel")}
                kolommen={kolommen}
                opKlik={volg}
                tekstRijen={loaderData.dossiers.map((d) => [
                  { tekst: d.werknaam, link: `/dossiers/${d.id}`, label: kolommen[0] },
                  { tekst: d.id.slice(0, 8), klasse: "mw-kenmerk", label: kolommen[1] },
                  { tekst: fasen.get(d.fase), label: kolommen[2] },
                  { tekst: d.tijd, label: kolommen[3] },
                ])}
              />
            </>
          )}
          <Paginering
            pad="/dossiers"
            zoek={zoek}
            pagina={loaderData.pagina}
            vorige={loaderData.vorige}
            volgende={loaderData.volgende}
          />
        </>
      )}
    </div>
  );
}
