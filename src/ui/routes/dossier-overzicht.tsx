import { useT } from "../vertaling.tsx";
import { useSearchParams } from "react-router";
import { useVolgBinnenApp } from "../volg-binnen-app.ts";
import type { Route } from "./+types/dossier-overzicht";
import { herlaadNaConflict, useDossier } from "../dossier-data.ts";
import { geschiedenisLoader } from "../register.server.ts";
import { Geschiedenis } from "../components/geschiedenis.tsx";
import { GebeurtenisInhoud } from "../components/gebeurtenis-inhoud.tsx";
import { Takenlijst } from "../components/takenlijst.tsx";
import { Tijdlijn } from "../components/tijdlijn.tsx";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { naamVanBeslisser } from "../components/besluiten.tsx";
import { voorstelVan } from "../../domain/dossier/besluit.ts";
import { openVerzoeken } from "../../domain/dossier/rechten.ts";
import { stapPad } from "../stap-pad.ts";
import { RECENT_IN_OVERZICHT } from "../geschiedenis-pagina.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

/**
 * The overview's own part (decision 0082): its page of the history and only the register entries that page
 * names; the rest of the dossier comes from the layout (`useDossier`).
 */
export const loader = geschiedenisLoader;

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

/**
 * The case at a glance, led by what to do now and the task list; the timeline with its table folded,
 * and only the newest entries of the history, the full history one link away. Its links (here, in the task
 * list and in the history) are plain links with one click handler (`useVolgBinnenApp`), as the case navigation
 * (decision 0070): a `Link` resolved its path on every render; the HTML is the same (decision 0075).
 */
export default function DossierOverzicht({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const volg = useVolgBinnenApp();
  const [zoek] = useSearchParams();
  const { dossier, toestand, takenlijst, tijdlijn, eindverantwoordelijken, beslisserNamen, volgende, route } =
    useDossier();
  const namen = new Map([
    ...eindverantwoordelijken.map((p) => [p.id, p.naam] as const),
    ...Object.entries(beslisserNamen),
  ]);
  const besluit = toestand.besluiten.at(-1);
  const voorstel = besluit ? voorstelVan(toestand, besluit) : null;
  const openVoorstel = toestand.openVoorstel;
  const alles = zoek.get("verloop") === "alles";
  const verzoekenOpen = openVerzoeken(toestand).length;
  // The weighing's state only once there is something to weigh: before any signal it would point at question 1.
  const afwegingTonen =
    route === null && (toestand.signalen.length > 0 || toestand.afweging.pad.length > 0 || besluit !== undefined);
  const routeVolgende = route?.voortgang.find((s) => !s.gedaan);
  return (
    <div className="mw-stapel" onClick={volg}>
      <title>{`${dossier.werknaam} · Meldwijzer`}</title>
      <div className="mw-twee-kolommen mw-overzicht">
        <div className="mw-stapel mw-overzicht__hoofd">
          <section aria-labelledby="wat-nu-titel" className="mw-paneel mw-wat-nu">
            <h2 id="wat-nu-titel" className="nl-heading nl-heading--level-2">
              {t("overzicht.wat_nu")}
            </h2>
            {openVoorstel && toestand.status !== "gesloten" ? (
              <p className="nl-paragraph">
                {t("overzicht.voorstel_wacht", {
                  besluit: t(`keuze.besluit.${openVoorstel.gegevens.besluit}`),
                  naam: openVoorstel.vastgelegdDoor.naam,
                })}{" "}
                <a className="nl-link" href={`/dossiers/${dossier.id}/besluit`} data-discover="true">
                  {t("overzicht.naar_besluit")}
                </a>
              </p>
            ) : null}
            {toestand.status === "gesloten" ? (
              <p className="nl-paragraph">{t("overzicht.gesloten")}</p>
            ) : route ? (
              // A route beside the Meldcode (decisions 0053, 0054) is led by its own next step.
              <>
                <p className="nl-paragraph">
                  <strong>{routeVolgende ? t("route.wat_nu") : t(`keuze.dossier_soort.${route.soort}`)}</strong>
                </p>
                <p className="nl-paragraph">
                  {routeVolgende ? t(`route.stap.${routeVolgende.stap}`) : t("route.klaar")}
                </p>
                <p className="nl-paragraph">
                  <a className="nl-link mw-nadruk" href={`/dossiers/${dossier.id}/route`} data-discover="true">
                    {t("route.naar_route")}
                  </a>
                </p>
              </>
            ) : volgende ? (
              <>
                <p className="nl-paragraph">
                  <strong>{t(`stap.${volgende.stap}.titel`)}</strong>
                </p>
                <p className="nl-paragraph">{t(volgende.wat)}</p>
                <p className="nl-paragraph">
                  <a
                    className="nl-link mw-nadruk"
                    href={`/dossiers/${dossier.id}/${stapPad(volgende.stap)}`}
                    data-discover="true"
                  >
                    {t("overzicht.naar_stap", { stap: t(`stap.${volgende.stap}.kort`) })}
                  </a>
                </p>
              </>
            ) : besluit ? (
              <>
                <p className="nl-paragraph">
                  {t("overzicht.besluit", {
                    besluit: t(`keuze.besluit.${besluit.gegevens.besluit}`),
                    naam: naamVanBeslisser(besluit, namen) ?? t("algemeen.onbekend"),
                  })}
                  {voorstel ? ` ${t("overzicht.op_voorstel_van", { naam: voorstel.vastgelegdDoor.naam })}` : ""}
                </p>
                <p className="nl-paragraph">{t("overzicht.na_besluit")}</p>
                <p className="mw-rij">
                  <a className="nl-link" href={`/dossiers/${dossier.id}/melding`} data-discover="true">
                    {t("overzicht.naar_melding")}
                  </a>
                  <a className="nl-link" href={`/dossiers/${dossier.id}/vervolg`} data-discover="true">
                    {t("overzicht.naar_vervolg")}
                  </a>
                </p>
              </>
            ) : (
              <>
                <p className="nl-paragraph">{t("overzicht.stappen_klaar")}</p>
                <p className="nl-paragraph">
                  <a className="nl-link mw-nadruk" href={`/dossiers/${dossier.id}/besluit`} data-discover="true">
                    {t("overzicht.naar_stap", { stap: t("stap.beslissen.kort") })}
                  </a>
                </p>
              </>
            )}
          </section>
          {afwegingTonen ? (
            <section aria-labelledby="stand-titel" className="mw-paneel">
              <h2 id="stand-titel" className="nl-heading nl-heading--level-2">
                {t("overzicht.stand")}
              </h2>
              <AfwegingUitleg afweging={toestand.afweging} />
              <p className="nl-paragraph">
                <a className="nl-link" href={`/dossiers/${dossier.id}/afweging`} data-discover="true">
                  {t("overzicht.naar_afweging")}
                </a>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="tijdlijn-titel" className="mw-paneel">
            <h2 id="tijdlijn-titel" className="nl-heading nl-heading--level-2">
              {t("tijdlijn.titel")}
            </h2>
            <Tijdlijn tijdlijn={tijdlijn} tabelGevouwen />
          </section>
          {toestand.opening ? (
            <section aria-labelledby="aanleiding-titel" className="mw-paneel">
              <h2 id="aanleiding-titel" className="nl-heading nl-heading--level-2">
                {t("overzicht.aanleiding")}
              </h2>
              {route?.betrokkene.naam ? (
                <p className="nl-paragraph">
                  <strong>{`${t("route.betrokkene")}: `}</strong>
                  {route.betrokkene.account
                    ? t("route.betrokkene_account", { naam: route.betrokkene.naam })
                    : route.betrokkene.naam}
                </p>
              ) : null}
              <GebeurtenisInhoud
                type="dossier_geopend"
                gegevens={toestand.opening.gegevens}
                verberg={["werknaam", "betrokkeneGebruikerId", "betrokkeneNaam", ...(route ? ["aanleiding"] : [])]}
              />
            </section>
          ) : null}
        </div>
        <div className="mw-stapel mw-overzicht__taken">
          {route ? (
            <section aria-labelledby="route-voortgang" className="mw-paneel">
              <h2 id="route-voortgang" className="nl-heading nl-heading--level-2">
                {t("route.stappen")}
              </h2>
              <ul className="mw-lijst">
                {route.voortgang.map((s) => (
                  <li
                    key={s.stap}
                  >{`${t(`route.stap.${s.stap}`)}: ${s.gedaan ? t("route.gedaan") : t("route.open")}`}</li>
                ))}
              </ul>
            </section>
          ) : (
            <Takenlijst dossierId={dossier.id} takenlijst={takenlijst} />
          )}
          <p className="nl-paragraph">
            <a className="nl-link" href={`/dossiers/${dossier.id}/afsluiten`} data-discover="true">
              {toestand.status === "open" ? t("overzicht.afsluiten") : t("overzicht.heropenen")}
            </a>
          </p>
          <p className="nl-paragraph">
            <a className="nl-link" href={`/dossiers/${dossier.id}/rechten`} data-discover="true">
              {t("overzicht.naar_rechten")}
            </a>
            {verzoekenOpen > 0 ? ` · ${t("overzicht.verzoeken_open", { count: verzoekenOpen })}` : ""}
          </p>
        </div>
      </div>
      <Geschiedenis
        dossierId={dossier.id}
        gebeurtenissen={loaderData.gebeurtenissen}
        totaal={toestand.versie}
        register={loaderData.register}
        namen={namen}
        open={toestand.status === "open"}
        volledig={alles}
      />
      {alles && toestand.versie > RECENT_IN_OVERZICHT ? (
        <p className="nl-paragraph">
          <a className="nl-link" href={`/dossiers/${dossier.id}#geschiedenis-titel`} data-discover="true">
            {t("geschiedenis.minder_tonen")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
