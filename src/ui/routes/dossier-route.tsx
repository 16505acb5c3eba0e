import { useT } from "../vertaling.tsx";
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-route";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { VLAGGEN } from "../../domain/dossier/keuzes.ts";
import { GEDRAG_CRITERIA, VLAGGEN_KENNIS, type RouteKennis } from "../../domain/kennis/routes-naast-meldcode.inhoud.ts";
import { isSector } from "../../domain/kennis/keuzes.ts";
import type { Tekst } from "../../domain/kennis/schema.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, VersieVeld } from "../components/stap-kop.tsx";
import { useDossier } from "../dossier-data.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("routestap_vastgelegd", f),
    (id) => `/dossiers/${id}/route?opgeslagen=1`,
  );
}

/**
 * The steps of a route beside the Meldcode (decisions 0053, 0054): the guidance, where each step
 * stands, the sector's duties, and one form to record a step. On route gedrag_kinderen also the flag
 * system and a link per family to the overview that names only their own child.
 */
export default function RoutePagina() {
  const { t, taal } = useT();
  const tekst = (x: Tekst) => x[taal];
  const [zoek] = useSearchParams();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const route = dossier.route;
  if (!route || !route.kennis) return <p className="nl-paragraph">{t("route.klaar")}</p>;
  const kennis: RouteKennis = route.kennis;
  const sector = isSector(dossier.sector) ? dossier.sector : "overig";
  const open = dossier.toestand.status === "open";
  const eerstOpen = route.voortgang.find((s) => !s.gedaan)?.stap;
  return (
    <div className="mw-stapel">
      <title>{`${t("route.pagina_titel", { soort: tekst(kennis.titel) })} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{tekst(kennis.titel)}</h2>
      {zoek.get("opgeslagen") ? (
        <p className="mw-melding mw-melding--succes" role="status">
          {t("route.opgeslagen")}
        </p>
      ) : null}
      <p className="nl-paragraph">{tekst(kennis.inleiding)}</p>
      <p className="mw-hint">{t("route.deskundige")}</p>
      {route.betrokkene.naam ? (
        <p className="nl-paragraph">
          <strong>{`${t("route.betrokkene")}: `}</strong>
          {route.betrokkene.account
            ? t("route.betrokkene_account", { naam: route.betrokkene.naam })
            : route.betrokkene.naam}
        </p>
      ) : null}
      <section aria-labelledby="route-stappen" className="mw-paneel mw-stapel">
        <h3 id="route-stappen" className="nl-heading nl-heading--level-3">
          {t("route.stappen")}
        </h3>
        <ol className="mw-lijst mw-stapel">
          {route.voortgang.map((s) => {
            const k = kennis.stappen.find((x) => x.id === s.stap);
            return (
              <li key={s.stap}>
                <p className="nl-paragraph">
                  <strong>{k ? tekst(k.titel) : t(`route.stap.${s.stap}`)}</strong>{" "}
                  <span className="mw-label">{s.gedaan ? t("route.gedaan") : t("route.open")}</span>
                </p>
                {s.openVoorKinderen.length > 0 && s.vastleggingen.length > 0 ? (
                  <p className="mw-hint">{t("route.ouders_open", { kinderen: s.openVoorKinderen.join(", ") })}</p>
                ) : null}
                {s.vastleggingen.map((v) => (
                  <p key={v.gebeurtenisId} className="mw-meta">
                    {`${t("route.vastgelegd_op", { datum: formatteerDatum(v.gegevens.datum, taal), naam: v.vastgelegdDoor.naam })}${v.gegevens.kind ? ` · ${v.gegevens.kind}` : ""}${v.gegevens.vlag ? ` · ${t(`keuze.vlag.${v.gegevens.vlag}`)}` : ""}: ${v.gegevens.toelichting}`}
                  </p>
                ))}
                {k ? (
                  <details className="mw-kennis" open={s.stap === eerstOpen}>
                    <summary>{t("route.wat_te_doen")}</summary>
                    <p className="nl-paragraph">{tekst(k.uitleg)}</p>
                    {k.perSector ? (
                      <p className="nl-paragraph">
                        <strong>{`${t("route.uw_sector")}: `}</strong>
                        {tekst(k.perSector[sector])}
                      </p>
                    ) : null}
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="route-let-op" className="mw-paneel">
        <h3 id="route-let-op" className="nl-heading nl-heading--level-3">
          {t("route.aandachtspunten")}
        </h3>
        <ul className="mw-lijst">
          {kennis.aandachtspunten.map((p) => (
            <li key={p.nl}>{tekst(p)}</li>
          ))}
        </ul>
      </section>
      {route.soort === "gedrag_kinderen" ? (
        <>
          <section aria-labelledby="route-vlaggen" className="mw-paneel mw-stapel">
            <h3 id="route-vlaggen" className="nl-heading nl-heading--level-3">
              {t("route.vlag_uitleg")}
            </h3>
            {route.vlag ? (
              <p className="nl-paragraph mw-nadruk">
                {t("route.huidige_vlag", { vlag: t(`keuze.vlag.${route.vlag}`) })}
              </p>
            ) : null}
            <details className="mw-kennis">
              <summary>{t("route.criteria")}</summary>
              <dl className="mw-gegevens">
                {GEDRAG_CRITERIA.map((c) => (
                  <div key={c.id} className="mw-dl-rij">
                    <dt>{tekst(c.titel)}</dt>
                    <dd>{tekst(c.vraag)}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <details className="mw-kennis">
              <summary>{t("route.vlaggen")}</summary>
              <dl className="mw-gegevens">
                {VLAGGEN_KENNIS.map((v) => (
                  <div key={v.id} className="mw-dl-rij">
                    <dt>{tekst(v.titel)}</dt>
                    <dd>{`${tekst(v.betekenis)} ${tekst(v.reactie)}`}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </section>
          <section aria-labelledby="route-gezinnen" className="mw-paneel">
            <h3 id="route-gezinnen" className="nl-heading nl-heading--level-3">
              {t("route.per_gezin")}
            </h3>
            <p className="nl-paragraph">{t("route.per_gezin_uitleg")}</p>
            <ul className="mw-lijst">
              {route.kinderen.map((k) => (
                <li key={k}>
                  <Link className="nl-link" to={`/dossiers/${dossier.dossier.id}/gezin?kind=${encodeURIComponent(k)}`}>
                    {t("route.gezin_link", { kind: k })}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="nl-paragraph">
              {`${t("route.thuis_meldcode")} `}
              <Link className="nl-link" to="/dossiers/nieuw">
                {t("route.thuis_meldcode_link")}
              </Link>
            </p>
          </section>
        </>
      ) : null}
      {open ? (
        <section aria-labelledby="route-vastleggen" className="mw-stapel">
          <h3 id="route-vastleggen" className="nl-heading nl-heading--level-3">
            {t("route.vastleggen")}
          </h3>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={dossier.toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={dossier.toestand.versie} />
            <Keuzegroep
              naam="stap"
              soort="radio"
              legenda={t("veld.routestap")}
              fout={fout("stap")}
              verplicht
              gekozen={[waarde("stap", eerstOpen ?? "")]}
              opties={route.voortgang.map((s) => ({ waarde: s.stap, label: t(`route.stap.${s.stap}`) }))}
            />
            {route.soort === "gedrag_kinderen" ? (
              <>
                <Keuzegroep
                  naam="kind"
                  soort="radio"
                  legenda={t("veld.kind")}
                  hint={t("route.hint_kind")}
                  fout={fout("kind")}
                  gekozen={[waarde("kind")]}
                  opties={[
                    { waarde: "", label: t("route.geen_kind") },
                    ...route.kinderen.map((k) => ({ waarde: k, label: k })),
                  ]}
                />
                <Keuzegroep
                  naam="vlag"
                  soort="radio"
                  legenda={t("veld.vlag")}
                  hint={t("route.hint_vlag")}
                  fout={fout("vlag")}
                  gekozen={[waarde("vlag")]}
                  opties={[
                    { waarde: "", label: t("route.geen_vlag") },
                    ...VLAGGEN.map((v) => ({ waarde: v, label: t(`keuze.vlag.${v}`) })),
                  ]}
                />
              </>
            ) : null}
            <TekstVeld
              naam="datum"
              type="date"
              max={dossier.vandaag}
              label={t("veld.datum")}
              waarde={waarde("datum", dossier.vandaag)}
              fout={fout("datum")}
              verplicht
            />
            <TekstGebied
              naam="toelichting"
              label={t("veld.toelichting")}
              hint={t("route.hint_toelichting")}
              waarde={waarde("toelichting")}
              fout={fout("toelichting")}
              verplicht
            />
            <Knop>{t("route.knop")}</Knop>
          </Form>
        </section>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
