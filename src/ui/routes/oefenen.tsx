import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/oefenen";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, vinkjeVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { oefenOverzicht, verwijderOefendataVanOrganisatie } from "../../app/oefenen/oefenen.ts";
import { mijnTeamsessies, openTeamsessie } from "../../app/oefenen/teamsessie.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { veldFout } from "../../domain/fouten.ts";
import { OEFENCASUSSEN } from "../../domain/kennis/oefencasussen.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { formatteerTijdstip, taalVanVerzoek } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzelijst, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = {
  toegang: "algemeen",
  acties: ["oefenen", "teamsessie_leiden", "organisatie_beheren"],
};

/** The practice cases, the person's own progress, joining a team session; opening one for an aandachtsfunctionaris, removal for a beheerder. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const taal = taalVanVerzoek(request);
  const overzicht = await ofFoutpagina(oefenOverzicht(runtime, wie));
  const teams = await ofFoutpagina(mijnTeamsessies(runtime, wie));
  const status = new Map(overzicht.mijn.map((s) => [s.casus, s.afgerondOp ? "afgerond" : "bezig"] as const));
  return {
    casussen: OEFENCASUSSEN.map((c) => ({
      id: c.id,
      titel: c.titel[taal],
      kern: c.kern[taal],
      sector: c.sector,
      themas: c.themas,
      status: status.get(c.id) ?? "niet_gestart",
    })),
    magLeiden: kanAlgemeen(persoonVan(wie), "teamsessie_leiden"),
    teams: teams.map((s) => ({
      code: s.code,
      titel: OEFENCASUSSEN.find((c) => c.id === s.casus)?.titel[taal] ?? s.casus,
      geopendOp: s.geopendOp.toISOString(),
      aantal: s.aantal,
      onthuld: s.onthuldOp !== null,
    })),
    oefendata: overzicht.oefendata,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    if (tekstVan(formulier, "bedoeling") === "verwijderen") {
      if (!vinkjeVan(formulier, "zeker")) throw veldFout("zeker", "oefenen.fout.bevestigen");
      const weg = await verwijderOefendataVanOrganisatie(runtime, wie);
      return data({ verwijderd: weg });
    }
    const code = await openTeamsessie(runtime, wie, tekstVan(formulier, "casus"));
    return redirect(`/oefenen/team/${code}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Oefenen({ loaderData, actionData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { fouten, antwoord, fout } = useFormulier();
  const verwijderd = actionData && "verwijderd" in actionData ? actionData.verwijderd : null;
  return (
    <div className="mw-stapel">
      <title>{`${t("oefenen.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("oefenen.titel")}</h1>
      <p className="nl-paragraph">{t("oefenen.uitleg")}</p>
      <p className="nl-paragraph">
        <span className="mw-oefenlabel">{t("oefenen.label")}</span> {t("oefenen.apart")}
      </p>
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding) : undefined}
        labelVan={(v) => t(`oefenen.veld.${v}`)}
      />
      {verwijderd ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">
            {t("oefenen.beheer.verwijderd", { oefen: verwijderd.oefenSessies, team: verwijderd.teamSessies })}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="casussen-titel" className="mw-stapel">
        <h2 id="casussen-titel" className="nl-heading nl-heading--level-2">
          {t("oefenen.casussen")}
        </h2>
        <ul className="mw-casussen">
          {loaderData.casussen.map((c) => (
            <li key={c.id} className="mw-kaart">
              <h3 className="nl-heading nl-heading--level-4">
                <Link className="nl-link" to={`/oefenen/${c.id}`}>
                  {c.titel}
                </Link>
              </h3>
              <p className="nl-paragraph">{c.kern}</p>
              <p className="mw-meta">
                {t(`sector.${c.sector}`)} · {c.themas.map((th) => t(`oefenen.thema.${th}`)).join(", ")}
              </p>
              <p className="mw-meta">{t(`oefenen.status.${c.status}`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="team-titel" className="mw-paneel mw-stapel">
        <h2 id="team-titel" className="nl-heading nl-heading--level-2">
          {t("oefenen.team.titel")}
        </h2>
        <p className="nl-paragraph">{t("oefenen.team.uitleg")}</p>
        <Form method="get" action="/oefenen/team" className="mw-formulier">
          <TekstVeld
            naam="code"
            label={t("oefenen.team.code_label")}
            hint={t("oefenen.team.code_hint")}
            autoComplete="off"
          />
          <Knop soort="secondary">{t("oefenen.team.deelnemen")}</Knop>
        </Form>
        {loaderData.magLeiden ? (
          <>
            <h3 className="nl-heading nl-heading--level-3">{t("oefenen.team.openen_titel")}</h3>
            <Form method="post" className="mw-formulier">
              <input type="hidden" name="bedoeling" value="team" />
              <Keuzelijst
                naam="casus"
                label={t("oefenen.team.casus_label")}
                leeg={t("oefenen.team.casus_leeg")}
                fout={fout("casus")}
                verplicht
                opties={loaderData.casussen.map((c) => ({ waarde: c.id, label: c.titel }))}
              />
              <Knop>{t("oefenen.team.openen")}</Knop>
            </Form>
            {loaderData.teams.length > 0 ? (
              <>
                <h3 className="nl-heading nl-heading--level-3">{t("oefenen.team.mijn_sessies")}</h3>
                <ul className="mw-lijst">
                  {loaderData.teams.map((s) => (
                    <li key={s.code}>
                      <Link className="nl-link" to={`/oefenen/team/${s.code}`}>
                        {s.titel}
                      </Link>{" "}
                      <span className="mw-meta">
                        {t("oefenen.team.sessie_meta", {
                          code: s.code,
                          tijd: formatteerTijdstip(s.geopendOp, taal),
                          aantal: s.aantal,
                        })}
                        {s.onthuld ? ` · ${t("oefenen.team.onthuld")}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </section>

      {loaderData.oefendata ? (
        <section aria-labelledby="beheer-titel" className="mw-paneel mw-stapel">
          <h2 id="beheer-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.beheer.titel")}
          </h2>
          <p className="nl-paragraph">
            {t("oefenen.beheer.uitleg", {
              oefen: loaderData.oefendata.oefenSessies,
              team: loaderData.oefendata.teamSessies,
            })}
          </p>
          <Form method="post" className="mw-formulier">
            <input type="hidden" name="bedoeling" value="verwijderen" />
            <div className={`mw-keuze${fout("zeker") ? " mw-veld--fout" : ""}`}>
              <input
                id="veld-zeker"
                type="checkbox"
                name="zeker"
                value="ja"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-invalid={fout("zeker") ? true : undefined}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="veld-zeker">
                {t("oefenen.beheer.zeker")}
              </label>
            </div>
            <Knop soort="secondary">{t("oefenen.beheer.verwijderen")}</Knop>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
