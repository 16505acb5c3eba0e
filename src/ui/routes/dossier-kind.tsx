import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-kind";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { PARTICIPATIE_STATUSSEN } from "../../domain/dossier/keuzes.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";
import {
  FoutSamenvatting,
  Keuzegroep,
  Keuzelijst,
  Knop,
  TekstGebied,
  TekstVeld,
  useFormulier,
} from "../components/formulier.tsx";
import { GeslotenMelding, VersieVeld } from "../components/stap-kop.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("kind");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("participatie_bijgewerkt", f),
    (id) => `/dossiers/${id}/kind?opgeslagen=1`,
  );
}

/** The child in the case: tips for talking with the child by age, and the nine points of child participation. */
export default function Kind({ loaderData: hulp }: Route.ComponentProps) {
  const { t, taal } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { toestand } = dossier;
  const { kindHulp } = hulp;
  const gedaan = kindHulp.participatie.filter((p) => toestand.participatie[p.id]).length;
  return (
    <div className="mw-stapel">
      <title>{`${t("kind.titel")} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("kind.titel")}</h2>
      <p className="nl-paragraph">{t("kind.uitleg")}</p>

      <section aria-labelledby="kind-gesprek" className="mw-stapel">
        <h3 id="kind-gesprek" className="nl-heading nl-heading--level-3">
          {t("kind.gesprek_titel")}
        </h3>
        <ul className="mw-lijst">
          {kindHulp.algemeen.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
        {kindHulp.leeftijden.map((l) => (
          <details key={l.id} className="mw-kennis">
            <summary>{l.titel}</summary>
            <ul className="mw-lijst">
              {l.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </details>
        ))}
        <p className="nl-paragraph">{`${kindHulp.vastleggen.eigenWoorden} ${kindHulp.vastleggen.geinformeerd}`}</p>
      </section>

      <section aria-labelledby="participatie-titel" className="mw-stapel">
        <h3 id="participatie-titel" className="nl-heading nl-heading--level-3">
          {t("kind.participatie_titel")}
        </h3>
        <p className="nl-paragraph">{t("kind.participatie_stand", { gedaan, totaal: kindHulp.participatie.length })}</p>
        <table className="utrecht-table utrecht-table--html-table mw-tabel">
          <caption className="mw-visueel-verborgen">{t("kind.participatie_titel")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t("kind.kolom_punt")}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t("kind.kolom_stand")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {kindHulp.participatie.map((p, i) => {
              const v = toestand.participatie[p.id];
              return (
                <tr key={p.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <strong>{`${i + 1}. ${p.titel}`}</strong>
                    <br />
                    <span className="mw-hint">{p.uitleg}</span>
                  </td>
                  <td className="utrecht-table__cell">
                    {v
                      ? `${t(`keuze.participatie_status.${v.gegevens.status}`)}: ${v.gegevens.door}, ${formatteerDatum(v.gegevens.datum, taal)}. ${v.gegevens.toelichting}`
                      : t("kind.nog_niet")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {toestand.status === "open" ? (
        <section aria-labelledby="participatie-form" className="mw-stapel">
          <h3 id="participatie-form" className="nl-heading nl-heading--level-3">
            {t("kind.vastleggen")}
          </h3>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={toestand.versie} />
            <Keuzelijst
              naam="punt"
              label={t("veld.punt")}
              waarde={waarde("punt")}
              fout={fout("punt")}
              verplicht
              leeg={t("kind.kies_punt")}
              opties={kindHulp.participatie.map((p, i) => ({ waarde: p.id, label: `${i + 1}. ${p.titel}` }))}
            />
            <Keuzegroep
              naam="status"
              soort="radio"
              legenda={t("veld.status_participatie")}
              fout={fout("status")}
              verplicht
              gekozen={[waarde("status", "gedaan")]}
              opties={PARTICIPATIE_STATUSSEN.map((s) => ({ waarde: s, label: t(`keuze.participatie_status.${s}`) }))}
            />
            <TekstVeld
              naam="door"
              label={t("veld.door")}
              hint={t("hint.door")}
              waarde={waarde("door")}
              fout={fout("door")}
              verplicht
            />
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
              label={t("veld.toelichting_participatie")}
              hint={t("hint.toelichting_participatie")}
              waarde={waarde("toelichting")}
              fout={fout("toelichting")}
              verplicht
            />
            <Knop>{t("kind.knop")}</Knop>
          </Form>
        </section>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
