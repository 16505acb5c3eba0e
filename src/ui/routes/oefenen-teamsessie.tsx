import { useEffect } from "react";
import { useT } from "../vertaling.tsx";
import { Form, Link, redirect, useRevalidator } from "react-router";
import type { Route } from "./+types/oefenen-teamsessie";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { beantwoordTeamsessie, bekijkTeamsessie, onthulTeamsessie } from "../../app/oefenen/teamsessie.ts";
import { AFWEGINGSVRAGEN, evalueerAfweging, VRAAG_NUMMERS } from "../../domain/afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../../domain/dossier/keuzes.ts";
import { casusInTaal } from "../../domain/kennis/oefencasussen.ts";
import { ADVIEZEN, MIN_ANTWOORDEN_SPREIDING } from "../../domain/oefenen/oefencasus.ts";
import { taalVanVerzoek } from "../../i18n/vertaal.ts";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { FoutSamenvatting, Knop, useFormulier } from "../components/formulier.tsx";
import { AfwegingVragen } from "../components/oefen-afweging.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["oefenen", "teamsessie_leiden"] };

/** How often an open session refreshes itself while people answer; the refresh link works without JavaScript. */
const VERVERS_MS = 10_000;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const taal = taalVanVerzoek(request);
  const s = await ofFoutpagina(bekijkTeamsessie(runtime, wie, params.code));
  const groot = new URL(request.url).searchParams.get("groot") === "1";
  return {
    code: s.code,
    groot,
    casus: casusInTaal(s.casus, taal),
    isGastheer: s.isGastheer,
    aantal: s.aantal,
    eigen: s.eigen,
    onthuld: s.onthuld,
    magOnthullen: s.magOnthullen,
    spreiding: s.spreiding,
    verwacht: s.onthuld
      ? {
          uitkomst: evalueerAfweging(s.casus.afweging.antwoorden, { disclosure: s.casus.afweging.disclosure }),
          waarom: s.casus.afweging.waarom[taal],
        }
      : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  const waarden = waardenVan(formulier);
  try {
    if (tekstVan(formulier, "bedoeling") === "onthullen") await onthulTeamsessie(runtime, wie, params.code);
    else
      await beantwoordTeamsessie(
        runtime,
        wie,
        params.code,
        Object.fromEntries(Object.entries(waarden).map(([k, v]) => [k, typeof v === "string" ? v : ""])),
      );
    const url = new URL(request.url);
    return redirect(`${url.pathname}${url.search}`);
  } catch (fout) {
    return formulierFout(fout, waarden);
  }
}

/** One bar per answer, with its count as text; the bar itself is decoration. */
function Balken({ rijen, totaal }: { rijen: readonly { label: string; aantal: number }[]; totaal: number }) {
  return (
    <div className="mw-spreiding">
      {rijen.map((r) => (
        <div key={r.label} className="mw-spreiding__rij">
          <span>{r.label}</span>
          {/* An SVG bar: its width is an attribute, which the content security policy allows (no inline style). */}
          <svg
            className="mw-spreiding__balk"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect width={totaal > 0 ? Math.round((r.aantal / totaal) * 100) : 0} height="10" />
          </svg>
          <span className="mw-spreiding__getal">{r.aantal}</span>
        </div>
      ))}
    </div>
  );
}

export default function Teamsessie({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { code, casus, spreiding, groot } = loaderData;
  const revalidator = useRevalidator();
  const wacht = !loaderData.onthuld && (loaderData.isGastheer || loaderData.eigen !== null);
  useEffect(() => {
    if (!wacht) return;
    const klok = window.setInterval(() => void revalidator.revalidate(), VERVERS_MS);
    return () => window.clearInterval(klok);
  }, [wacht, revalidator]);
  const hier = `/oefenen/team/${code}${groot ? "?groot=1" : ""}`;
  return (
    <article className={`mw-stapel${groot ? " mw-groot" : ""}`} aria-labelledby="team-titel">
      <title>{`${t("oefenen.team.sessie_titel")} · ${casus.titel} · Meldwijzer`}</title>
      <p className="mw-rij">
        <Link className="nl-link" to="/oefenen">
          {t("oefenen.terug")}
        </Link>
        <Link className="nl-link" to={groot ? `/oefenen/team/${code}` : `/oefenen/team/${code}?groot=1`}>
          {groot ? t("oefenen.team.normaal_beeld") : t("oefenen.team.groot_beeld")}
        </Link>
      </p>
      <h1 id="team-titel" className="nl-heading nl-heading--level-1">
        {t("oefenen.team.sessie_titel")}: {casus.titel}
      </h1>
      <p className="nl-paragraph">
        {t("oefenen.team.code_is")} <span className="mw-code">{code}</span>
      </p>
      <p className="nl-paragraph" role="status">
        {t("oefenen.team.aantal", { count: loaderData.aantal })}{" "}
        {!loaderData.onthuld ? (
          <Link className="nl-link" to={hier} reloadDocument>
            {t("oefenen.team.vernieuwen")}
          </Link>
        ) : null}
      </p>
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding) : undefined}
        labelVan={(v) => t(`oefenen.veld.${v.replace(/^vraag_\d$/, "vraag")}`, { n: v.slice(-1) })}
      />

      <details className="mw-kennis" open={!groot}>
        <summary>{t("oefenen.team.casus_lezen")}</summary>
        <div className="mw-stapel">
          {casus.fasen.map((f) => (
            <div key={f.id}>
              <h2 className="nl-heading nl-heading--level-3">{f.titel}</h2>
              <p className="nl-paragraph mw-verhaal">{f.verhaal}</p>
            </div>
          ))}
          <h2 className="nl-heading nl-heading--level-3">{t("oefenen.team.na_gesprek")}</h2>
          <p className="nl-paragraph mw-verhaal">{casus.naGesprek}</p>
        </div>
      </details>

      {!loaderData.onthuld ? (
        <section aria-labelledby="antwoorden-titel" className="mw-stapel">
          <h2 id="antwoorden-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.team.uw_antwoorden")}
          </h2>
          <p className="nl-paragraph">{loaderData.eigen ? t("oefenen.team.opgeslagen") : t("oefenen.team.anoniem")}</p>
          <Form method="post" className="mw-formulier">
            <input type="hidden" name="bedoeling" value="antwoorden" />
            <AfwegingVragen verplicht fout={fout} waarde={waarde} gekozen={loaderData.eigen ?? {}} />
            <Knop>{loaderData.eigen ? t("oefenen.team.wijzigen") : t("oefenen.team.insturen")}</Knop>
          </Form>
        </section>
      ) : null}

      {loaderData.isGastheer && !loaderData.onthuld ? (
        <section aria-labelledby="leiden-titel" className="mw-paneel mw-stapel">
          <h2 id="leiden-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.team.leiden")}
          </h2>
          {loaderData.magOnthullen ? (
            <Form method="post">
              <input type="hidden" name="bedoeling" value="onthullen" />
              <Knop>{t("oefenen.team.onthullen")}</Knop>
            </Form>
          ) : (
            <p className="nl-paragraph">{t("oefenen.team.te_weinig", { min: MIN_ANTWOORDEN_SPREIDING })}</p>
          )}
        </section>
      ) : null}

      {loaderData.onthuld ? (
        <section id="sessie" tabIndex={-1} aria-labelledby="spreiding-titel" className="mw-stapel">
          <h2 id="spreiding-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.team.spreiding")}
          </h2>
          {spreiding ? (
            <>
              <p className="nl-paragraph">{t("oefenen.team.spreiding_uitleg")}</p>
              {VRAAG_NUMMERS.map((n) => (
                <div key={n} className="mw-paneel">
                  <h3 className="nl-heading nl-heading--level-4">
                    {t("afweging.vraag_n", { n })}: <span lang="nl">{AFWEGINGSVRAGEN[n - 1]?.tekst}</span>
                  </h3>
                  <Balken
                    totaal={spreiding.aantal}
                    rijen={ANTWOORDEN.map((a) => ({
                      label: t(`keuze.antwoord.${a}`),
                      aantal: spreiding.perVraag[n][a],
                    }))}
                  />
                </div>
              ))}
              <div className="mw-paneel">
                <h3 className="nl-heading nl-heading--level-4">{t("oefenen.team.adviezen")}</h3>
                <Balken
                  totaal={spreiding.aantal}
                  rijen={[...ADVIEZEN, "geen" as const].map((a) => ({
                    label: t(a === "geen" ? "oefenen.team.geen_advies" : `oefenen.team.advies.${a}`),
                    aantal: spreiding.perAdvies[a],
                  }))}
                />
              </div>
            </>
          ) : (
            <p className="nl-paragraph">{t("oefenen.team.te_weinig", { min: MIN_ANTWOORDEN_SPREIDING })}</p>
          )}
          {loaderData.verwacht ? (
            <details className="mw-kennis">
              <summary>{t("oefenen.team.casus_antwoord")}</summary>
              <AfwegingUitleg afweging={loaderData.verwacht.uitkomst} />
              <p className="nl-paragraph">{loaderData.verwacht.waarom}</p>
            </details>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
