import { useT } from "../vertaling.tsx";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/dossier-nieuw";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { invoerVolgensSchema } from "../../adapters/http/formulier-schema.ts";
import { INVOER_SCHEMAS } from "../../domain/dossier/gebeurtenis.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { openDossier } from "../../app/dossier/voeg-gebeurtenis-toe.ts";
import { collegasVoorVermoeden } from "../../app/dossier/route-dossier.ts";
import { AANLEIDINGEN, DOSSIER_SOORTEN, type DossierSoort } from "../../domain/dossier/keuzes.ts";
import {
  FoutSamenvatting,
  Keuzegroep,
  Keuzelijst,
  Knop,
  TekstGebied,
  TekstVeld,
  useFormulier,
} from "../components/formulier.tsx";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossier_aanmaken"] };

/** The route comes from the link chosen (`?route=`), so each route's form shows only its own fields, without script. */
function routeVan(url: string): DossierSoort {
  const gekozen = new URL(url).searchParams.get("route");
  return DOSSIER_SOORTEN.find((s) => s === gekozen) ?? "meldcode";
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const route = routeVan(request.url);
  return {
    route,
    collegas: route === "vermoeden_medewerker" ? await ofFoutpagina(collegasVoorVermoeden(runtime, wie)) : [],
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  const soort = tekstVan(formulier, "soort");
  const kinderen = tekstVan(formulier, "kinderen")
    .split(/\r?\n/u)
    .map((k) => k.trim())
    .filter((k) => k !== "");
  try {
    const id = await openDossier(
      runtime,
      wie,
      invoerVolgensSchema(INVOER_SCHEMAS.dossier_geopend, formulier, {
        // A Meldcode dossier stores no route, exactly as it always did.
        ...(soort === "meldcode" ? { soort: undefined } : {}),
        // The children's working names are one per line in the form.
        kinderen: kinderen.length > 0 ? kinderen : undefined,
      }),
    );
    return redirect(soort && soort !== "meldcode" ? `/dossiers/${id}/route` : `/dossiers/${id}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function NieuwDossier({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { route, collegas } = loaderData;
  const { antwoord, fouten, fout, waarde } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${t("nieuw.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("nieuw.titel")}</h1>
      <nav aria-labelledby="route-kiezen">
        <h2 id="route-kiezen" className="nl-heading nl-heading--level-3">
          {t("route.kiezen")}
        </h2>
        <ul className="mw-lijst mw-keuzelinks">
          {DOSSIER_SOORTEN.map((s) => (
            <li key={s}>
              {s === route ? (
                <strong aria-current="page">{t(`keuze.dossier_soort.${s}`)}</strong>
              ) : (
                <Link className="nl-link" to={s === "meldcode" ? "/dossiers/nieuw" : `/dossiers/nieuw?route=${s}`}>
                  {t(`keuze.dossier_soort.${s}`)}
                </Link>
              )}
              <span className="mw-hint">{` ${t(`route.keuze_hint.${s}`)}`}</span>
            </li>
          ))}
        </ul>
      </nav>
      {route === "meldcode" ? <p className="nl-paragraph">{t("nieuw.uitleg")}</p> : null}
      {route === "vermoeden_medewerker" ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("route.verborgen_uitleg")}</p>
        </div>
      ) : null}
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form
        method="post"
        action={route === "meldcode" ? "/dossiers/nieuw" : `/dossiers/nieuw?route=${route}`}
        className="mw-formulier"
        noValidate
      >
        <input type="hidden" name="soort" value={route} />
        <TekstVeld
          naam="werknaam"
          label={t("veld.werknaam")}
          waarde={waarde("werknaam")}
          fout={fout("werknaam")}
          verplicht
          hint={
            route === "meldcode"
              ? t("hint.werknaam")
              : t(route === "vermoeden_medewerker" ? "route.hint_werknaam_medewerker" : "route.hint_werknaam_gedrag")
          }
        />
        {route === "vermoeden_medewerker" ? (
          <>
            <Keuzelijst
              naam="betrokkeneGebruikerId"
              label={t("veld.betrokkeneGebruikerId")}
              hint={t("route.hint_betrokkene")}
              waarde={waarde("betrokkeneGebruikerId")}
              fout={fout("betrokkeneGebruikerId")}
              leeg={t("route.betrokkene_geen")}
              opties={collegas.map((c) => ({ waarde: c.id, label: c.naam }))}
            />
            <TekstVeld
              naam="betrokkeneNaam"
              label={t("veld.betrokkeneNaam")}
              hint={t("route.hint_betrokkene_naam")}
              waarde={waarde("betrokkeneNaam")}
              fout={fout("betrokkeneNaam")}
            />
          </>
        ) : null}
        {route === "gedrag_kinderen" ? (
          <TekstGebied
            naam="kinderen"
            label={t("route.label_kinderen")}
            hint={t("route.hint_kinderen")}
            waarde={waarde("kinderen")}
            fout={fout("kinderen")}
            verplicht
          />
        ) : null}
        {route === "meldcode" ? (
          <TekstVeld
            naam="geboortedatum"
            type="date"
            label={t("veld.geboortedatum")}
            hint={t("hint.optioneel")}
            waarde={waarde("geboortedatum")}
            fout={fout("geboortedatum")}
          />
        ) : null}
        {route === "meldcode" ? (
          <Keuzegroep
            naam="aanleiding"
            soort="radio"
            legenda={t("veld.aanleiding")}
            fout={fout("aanleiding")}
            verplicht
            gekozen={[waarde("aanleiding", "zorg_om_kind")]}
            opties={AANLEIDINGEN.map((a) => ({
              waarde: a,
              label: t(`keuze.aanleiding.${a}`),
              hint: t(`keuze.aanleiding_hint.${a}`),
            }))}
          />
        ) : (
          <input type="hidden" name="aanleiding" value="zorg_om_kind" />
        )}
        <TekstGebied
          naam="omschrijving"
          label={t("veld.omschrijving")}
          hint={t("hint.omschrijving")}
          waarde={waarde("omschrijving")}
          fout={fout("omschrijving")}
          verplicht
        />
        <Knop>{t("nieuw.knop")}</Knop>
      </Form>
    </div>
  );
}
