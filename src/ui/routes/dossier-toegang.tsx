import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/dossier-toegang";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { bekijkToegang, deelDossier, trekToegangIn } from "../../app/toegang/delen.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzegroep, Keuzelijst, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { useDossier } from "../dossier-data.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["toegang_bekijken", "delen", "delen_intrekken"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const overzicht = await ofFoutpagina(bekijkToegang(runtime, wie, params.id));
  return {
    ...overzicht,
    toegang: overzicht.toegang.map((r) => ({
      ...r,
      sinds: r.sinds.toISOString(),
      ingetrokkenOp: r.ingetrokkenOp?.toISOString() ?? null,
    })),
    noodtoegang: overzicht.noodtoegang.map((n) => ({ ...n, begin: n.begin.toISOString(), tot: n.tot.toISOString() })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const formulier = await leesFormulier(request);
  try {
    if (tekstVan(formulier, "bedoeling") === "intrekken") {
      await trekToegangIn(runtime, wie, params.id, tekstVan(formulier, "toegangId"));
      return redirect(`/dossiers/${params.id}/toegang?ingetrokken=1`);
    }
    await deelDossier(runtime, wie, params.id, {
      gebruikerId: tekstVan(formulier, "gebruikerId"),
      soort: tekstVan(formulier, "soort"),
      reden: tekstVan(formulier, "reden"),
    });
    return redirect(`/dossiers/${params.id}/toegang?gedeeld=1`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Toegang({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { dossier, magAfschrift } = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const actief = loaderData.toegang.filter((r) => r.ingetrokkenOp === null);
  const geschiedenis = loaderData.toegang.filter((r) => r.ingetrokkenOp !== null);
  return (
    <div className="mw-stapel">
      <title>{`${t("toegang.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("toegang.titel")}</h2>
      <p className="nl-paragraph">{t("toegang.uitleg")}</p>
      <p className="nl-paragraph">
        {t("toegang.uw_grondslag", { grondslag: t(`grondslag_zin.${loaderData.grondslag}`) })}
      </p>

      <section aria-labelledby="wie-titel" className="mw-stapel">
        <h3 id="wie-titel" className="nl-heading nl-heading--level-3">
          {t("toegang.wie")}
        </h3>
        <ul className="mw-lijst">
          <li>{t("toegang.aangemaakt_door", { naam: loaderData.aangemaaktDoor.naam })}</li>
          <li>{t("toegang.aandachtsfunctionarissen")}</li>
          {loaderData.eindverantwoordelijken.map((e) => (
            <li key={`ev-${e.id}`}>{t("toegang.regel_eindverantwoordelijke", { naam: e.naam })}</li>
          ))}
          {actief.map((r) => (
            <li key={r.id}>
              {t(`toegang.regel_${r.soort}`, {
                naam: r.gebruikerNaam,
                door: r.doorNaam,
                tijdstip: formatteerTijdstip(r.sinds, taal),
                reden: r.reden,
              })}
              {r.magIntrekken ? (
                <Form method="post" className="mw-inline-formulier">
                  <input type="hidden" name="bedoeling" value="intrekken" />
                  <input type="hidden" name="toegangId" value={r.id} />
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                    {t("toegang.intrekken", { naam: r.gebruikerNaam })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
          {loaderData.noodtoegang.map((n) => (
            <li key={`${n.gebruikerId}-${n.begin}`}>
              {t("toegang.regel_noodtoegang", {
                naam: n.gebruikerNaam,
                begin: formatteerTijdstip(n.begin, taal),
                tot: formatteerTijdstip(n.tot, taal),
                reden: n.reden,
              })}
            </li>
          ))}
        </ul>
      </section>

      {loaderData.magDelen ? (
        <section aria-labelledby="delen-titel" className="mw-stapel">
          <h3 id="delen-titel" className="nl-heading nl-heading--level-3">
            {t("toegang.delen_titel")}
          </h3>
          <p className="nl-paragraph">{t("toegang.delen_uitleg")}</p>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          {loaderData.kandidaten.length === 0 ? (
            <p className="nl-paragraph">{t("toegang.geen_kandidaten")}</p>
          ) : (
            <Form method="post" className="mw-formulier" noValidate>
              <input type="hidden" name="bedoeling" value="delen" />
              <Keuzelijst
                naam="gebruikerId"
                label={t("veld.gebruikerId")}
                waarde={waarde("gebruikerId")}
                fout={fout("gebruikerId")}
                verplicht
                leeg={t("toegang.kies_collega")}
                opties={loaderData.kandidaten.map((k) => ({
                  waarde: k.id,
                  label: `${k.naam} (${k.rollen.map((r) => t(`rol.${r}`)).join(", ")})`,
                }))}
              />
              <Keuzegroep
                naam="soort"
                soort="radio"
                legenda={t("veld.soort_toegang")}
                fout={fout("soort")}
                verplicht
                gekozen={[waarde("soort", "gedeeld")]}
                opties={["gedeeld", "toegewezen"].map((s) => ({
                  waarde: s,
                  label: t(`toegang.soort.${s}`),
                  hint: t(`toegang.soort_hint.${s}`),
                }))}
              />
              <TekstGebied
                naam="reden"
                label={t("veld.reden_delen")}
                hint={t("hint.reden_delen")}
                waarde={waarde("reden")}
                fout={fout("reden")}
                verplicht
                rijen={3}
              />
              <Knop>{t("toegang.delen_knop")}</Knop>
            </Form>
          )}
        </section>
      ) : null}

      {geschiedenis.length > 0 ? (
        <section aria-labelledby="eerder-titel" className="mw-stapel">
          <h3 id="eerder-titel" className="nl-heading nl-heading--level-3">
            {t("toegang.eerder")}
          </h3>
          <ul className="mw-lijst">
            {geschiedenis.map((r) => (
              <li key={r.id}>
                {t("toegang.regel_ingetrokken", {
                  naam: r.gebruikerNaam,
                  sinds: formatteerTijdstip(r.sinds, taal),
                  tot: formatteerTijdstip(r.ingetrokkenOp ?? r.sinds, taal),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="nl-paragraph">
        <Link className="nl-link" to={`/dossiers/${dossier.id}/inzage`}>
          {t("toegang.naar_inzage")}
        </Link>
      </p>
      {magAfschrift ? (
        <p className="nl-paragraph">
          <Link className="nl-link" to={`/dossiers/${dossier.id}/afschrift`}>
            {t("toegang.naar_afschrift")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
