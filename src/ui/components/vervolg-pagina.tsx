import { useT } from "../vertaling.tsx";
import { Form, Link, useSearchParams } from "react-router";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import {
  CHECK_UITKOMSTEN,
  EVALUATIE_RESULTATEN,
  EVALUATIE_VERVOLGEN,
  VT_BEOORDELINGEN,
  VT_VERVOLGEN,
  type GebeurtenisType,
} from "../../domain/dossier/keuzes.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier, VeldPrefix } from "./formulier.tsx";
import { GeslotenMelding, VersieVeld } from "./stap-kop.tsx";
import { Vastleggingen } from "./vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import { labelSleutel } from "../veldlabels.ts";

/**
 * The forms of the page after the decision. Each posts to its own route, `/dossiers/<id>/vervolg/<formulier>`
 * (dossier-vervolg-<formulier>.tsx), whose action records one kind of entry; on a refusal that route shows
 * this page with the errors beside its form.
 */
export type VervolgFormulier = "vt" | "hulp" | "afspraak" | "evaluatie" | "monitoring" | "check" | "einde";

/** The entry each form records. */
export const TYPE_VAN = {
  vt: "vt_reactie_vastgelegd",
  hulp: "hulp_gestart",
  afspraak: "hulp_afspraak_vastgelegd",
  evaluatie: "evaluatie_vastgelegd",
  monitoring: "monitoring_gestart",
  check: "veiligheidscheck_vastgelegd",
  einde: "monitoring_beeindigd",
} as const satisfies Record<VervolgFormulier, GebeurtenisType>;

/** The policy of the follow-up forms: they show the dossier and add to it. */
export const VERVOLG_BELEID: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/** Where a follow-up form returns after storing: the page, with its confirmation. */
export const naarVervolg = (dossierId: string) => `/dossiers/${dossierId}/vervolg?opgeslagen=1`;

/** After the decision: the report's answer from Veilig Thuis, help with agreements and evaluation, and monitoring. */
export function VervolgPagina({ actief }: { readonly actief?: VervolgFormulier }) {
  const { t, taal } = useT();
  const [zoek] = useSearchParams();
  const dossier = useDossier();
  const formulier = useFormulier();
  const { toestand, vervolg } = dossier;
  const id = dossier.dossier.id;
  const open = toestand.status === "open";
  const datum = (iso: string) => formatteerDatum(iso, taal);
  const voor = (bedoeling: VervolgFormulier) => {
    const isActief = actief === bedoeling;
    return {
      fout: (veld: string) => (isActief ? formulier.fout(veld) : undefined),
      waarde: (veld: string, standaard = "") => (isActief ? formulier.waarde(veld, standaard) : standaard),
      fouten: isActief ? formulier.fouten : new Map<string, string>(),
      melding: isActief && formulier.antwoord?.melding ? t(formulier.antwoord.melding) : undefined,
    };
  };
  const labelVan = (bedoeling: VervolgFormulier) => (veld: string) => t(labelSleutel(TYPE_VAN[bedoeling], veld));
  // Each form posts to its own route (dossier-vervolg-<formulier>.tsx), which records one kind of entry.
  const naar = (bedoeling: VervolgFormulier) => `/dossiers/${id}/vervolg/${bedoeling}`;
  /** The reply of Veilig Thuis kept its heading id from before the forms shared this frame. */
  const kopId = (bedoeling: VervolgFormulier) => (bedoeling === "vt" ? "vt-titel-form" : `${bedoeling}-form-titel`);
  /** One form of the page: its own field prefix and error summary, a heading, the version, posting to its own route. */
  const eigenFormulier = (bedoeling: VervolgFormulier, titel: string, velden: React.ReactNode) => (
    <VeldPrefix.Provider value={`${bedoeling}-`}>
      <FoutSamenvatting
        fouten={voor(bedoeling).fouten}
        melding={voor(bedoeling).melding}
        prefix={`${bedoeling}-`}
        labelVan={labelVan(bedoeling)}
      />
      <Form
        key={toestand.versie}
        method="post"
        action={naar(bedoeling)}
        className="mw-formulier"
        noValidate
        aria-labelledby={kopId(bedoeling)}
      >
        <h4 id={kopId(bedoeling)} className="nl-heading nl-heading--level-4">
          {titel}
        </h4>
        <VersieVeld versie={toestand.versie} />
        {velden}
      </Form>
    </VeldPrefix.Provider>
  );
  /** The date of what is recorded: today unless given, not after today. */
  const datumVeld = (bedoeling: VervolgFormulier) => (
    <TekstVeld
      naam="datum"
      type="date"
      max={dossier.vandaag}
      label={t("veld.datum")}
      waarde={voor(bedoeling).waarde("datum", dossier.vandaag)}
      fout={voor(bedoeling).fout("datum")}
      verplicht
    />
  );
  const vt = vervolg.vt;
  const hulp = vervolg.hulp;
  const monitoring = vervolg.monitoring;
  return (
    <div className="mw-stapel">
      <title>{`${t("vervolg.titel")} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("vervolg.titel")}</h2>
      {zoek.get("verstuurd") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("vervolg.verstuurd")}</p>
        </div>
      ) : null}
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("stap.opgeslagen")}</p>
        </div>
      ) : null}
      {vervolg.derdeMeldnorm ? (
        <div className="mw-melding mw-melding--fout">
          <p className="nl-paragraph">
            <strong>{t("vervolg.derde_meldnorm")}</strong>{" "}
            <Link className="nl-link" to={`/dossiers/${id}/melding`}>
              {t("vervolg.opnieuw_melden")}
            </Link>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="vt-titel" className="mw-stapel">
        <h3 id="vt-titel" className="nl-heading nl-heading--level-3">
          {t("vervolg.vt_titel")}
        </h3>
        {vervolg.meldingNodig ? (
          <p className="nl-paragraph">
            {t("vervolg.melding_nodig", { datum: datum(vervolg.meldingNodig) })}{" "}
            <Link className="nl-link" to={`/dossiers/${id}/melding`}>
              {t("vervolg.naar_melding")}
            </Link>
          </p>
        ) : null}
        {vt === null ? (
          <p className="nl-paragraph">{t("vervolg.nog_niet_gemeld")}</p>
        ) : (
          <>
            <p className="nl-paragraph">
              {t("vervolg.gemeld_op", {
                datum: datum(vt.melding.gegevens.datum),
                tijd: vt.melding.gegevens.tijd,
                contactpersoon: vt.melding.gegevens.contactpersoon,
                verwacht: datum(vt.verwachtUiterlijk),
              })}
            </p>
            {vt.teLaat ? (
              <div className="mw-melding mw-melding--waarschuwing">
                <p className="nl-paragraph">
                  <strong>{t("vervolg.vt_te_laat", { verwacht: datum(vt.verwachtUiterlijk) })}</strong>{" "}
                  <a
                    className="nl-link"
                    href={`tel:${dossier.veiligThuis.telefoon.replace(/[^0-9+]/g, "")}`}
                  >{`${dossier.veiligThuis.naam}, ${dossier.veiligThuis.telefoon}`}</a>
                </p>
              </div>
            ) : null}
            <Vastleggingen
              titel={t("vervolg.reacties")}
              type="vt_reactie_vastgelegd"
              items={toestand.vtReacties}
              leeg={t("vervolg.geen_reactie")}
            />
            {open
              ? eigenFormulier(
                  "vt",
                  t("vervolg.reactie_vastleggen"),
                  <>
                    {datumVeld("vt")}
                    <TekstVeld
                      naam="contactpersoon"
                      label={t("veld.contactpersoon")}
                      waarde={voor("vt").waarde("contactpersoon")}
                      fout={voor("vt").fout("contactpersoon")}
                      verplicht
                    />
                    <Keuzegroep
                      naam="beoordeling"
                      soort="radio"
                      legenda={t("veld.beoordeling")}
                      fout={voor("vt").fout("beoordeling")}
                      verplicht
                      gekozen={[voor("vt").waarde("beoordeling")]}
                      opties={VT_BEOORDELINGEN.map((b) => ({ waarde: b, label: t(`keuze.vt_beoordeling.${b}`) }))}
                    />
                    <Keuzegroep
                      naam="vervolg"
                      soort="radio"
                      legenda={t("veld.vt_vervolg")}
                      fout={voor("vt").fout("vervolg")}
                      verplicht
                      gekozen={[voor("vt").waarde("vervolg")]}
                      opties={VT_VERVOLGEN.map((b) => ({ waarde: b, label: t(`keuze.vt_vervolg.${b}`) }))}
                    />
                    <TekstGebied
                      naam="toelichting"
                      label={t("veld.toelichting_vt")}
                      hint={t("hint.toelichting_vt")}
                      waarde={voor("vt").waarde("toelichting")}
                      fout={voor("vt").fout("toelichting")}
                      verplicht
                    />
                    <Knop>{t("vervolg.reactie_knop")}</Knop>
                  </>,
                )
              : null}
          </>
        )}
      </section>

      <section aria-labelledby="hulp-titel" className="mw-stapel">
        <h3 id="hulp-titel" className="nl-heading nl-heading--level-3">
          {t("vervolg.hulp_titel")}
        </h3>
        <p className="nl-paragraph">{t("vervolg.hulp_uitleg")}</p>
        {hulp ? (
          <>
            <Vastleggingen titel={t("vervolg.hulp_gestart")} type="hulp_gestart" items={[hulp.gestart]} leeg="" />
            <p className="nl-paragraph">
              {hulp.lopend && hulp.volgendeEvaluatie
                ? t(hulp.evaluatieNodig ? "vervolg.evaluatie_nu" : "vervolg.evaluatie_op", {
                    datum: datum(hulp.volgendeEvaluatie),
                  })
                : t("vervolg.hulp_beeindigd")}
            </p>
            <Vastleggingen
              titel={t("vervolg.afspraken")}
              type="hulp_afspraak_vastgelegd"
              items={hulp.afspraken}
              leeg={t("vervolg.geen_afspraken")}
            />
            <Vastleggingen
              titel={t("vervolg.evaluaties")}
              type="evaluatie_vastgelegd"
              items={hulp.evaluaties}
              leeg={t("vervolg.geen_evaluaties")}
            />
          </>
        ) : null}
        {open && !hulp?.lopend && toestand.besluiten.length === 0 ? (
          <p className="nl-paragraph">{t("vervolg.eerst_besluit")}</p>
        ) : null}
        {open && !hulp?.lopend && toestand.besluiten.length > 0
          ? eigenFormulier(
              "hulp",
              t("vervolg.hulp_starten"),
              <>
                <TekstGebied
                  naam="omschrijving"
                  label={t("veld.omschrijving_hulp")}
                  hint={t("hint.omschrijving_hulp")}
                  waarde={voor("hulp").waarde("omschrijving")}
                  fout={voor("hulp").fout("omschrijving")}
                  verplicht
                />
                <TekstGebied
                  naam="doelen"
                  label={t("veld.doelen")}
                  hint={t("hint.doelen")}
                  waarde={voor("hulp").waarde("doelen")}
                  fout={voor("hulp").fout("doelen")}
                  verplicht
                />
                <TekstGebied
                  naam="veiligheidsafspraken"
                  label={t("veld.veiligheidsafspraken")}
                  hint={t("hint.optioneel")}
                  waarde={voor("hulp").waarde("veiligheidsafspraken")}
                  fout={voor("hulp").fout("veiligheidsafspraken")}
                />
                <TekstVeld
                  naam="evaluatieOp"
                  type="date"
                  label={t("veld.evaluatieOp")}
                  hint={t("hint.evaluatieOp")}
                  waarde={voor("hulp").waarde("evaluatieOp")}
                  fout={voor("hulp").fout("evaluatieOp")}
                  verplicht
                />
                <Knop>{t("vervolg.hulp_knop")}</Knop>
              </>,
            )
          : null}
        {open && hulp?.lopend ? (
          <>
            {eigenFormulier(
              "afspraak",
              t("vervolg.afspraak_toevoegen"),
              <>
                <TekstGebied
                  naam="wat"
                  label={t("veld.wat")}
                  waarde={voor("afspraak").waarde("wat")}
                  fout={voor("afspraak").fout("wat")}
                  verplicht
                  rijen={2}
                />
                <TekstVeld
                  naam="wie"
                  label={t("veld.wie")}
                  hint={t("hint.wie")}
                  waarde={voor("afspraak").waarde("wie")}
                  fout={voor("afspraak").fout("wie")}
                  verplicht
                />
                <TekstVeld
                  naam="uiterlijk"
                  type="date"
                  label={t("veld.uiterlijk")}
                  waarde={voor("afspraak").waarde("uiterlijk")}
                  fout={voor("afspraak").fout("uiterlijk")}
                  verplicht
                />
                <Knop soort="secondary">{t("vervolg.afspraak_knop")}</Knop>
              </>,
            )}
            {eigenFormulier(
              "evaluatie",
              t("vervolg.evalueren"),
              <>
                <p className="nl-paragraph">{t("vervolg.vraag5")}</p>
                {datumVeld("evaluatie")}
                <Keuzegroep
                  naam="resultaat"
                  soort="radio"
                  legenda={t("veld.resultaat")}
                  fout={voor("evaluatie").fout("resultaat")}
                  verplicht
                  gekozen={[voor("evaluatie").waarde("resultaat")]}
                  opties={EVALUATIE_RESULTATEN.map((r) => ({ waarde: r, label: t(`keuze.resultaat.${r}`) }))}
                />
                <Keuzegroep
                  naam="vervolg"
                  soort="radio"
                  legenda={t("veld.evaluatie_vervolg")}
                  fout={voor("evaluatie").fout("vervolg")}
                  verplicht
                  gekozen={[voor("evaluatie").waarde("vervolg")]}
                  opties={EVALUATIE_VERVOLGEN.map((r) => ({
                    waarde: r,
                    label: t(`keuze.evaluatie_vervolg.${r}`),
                    hint: t(`keuze.evaluatie_vervolg_hint.${r}`),
                  }))}
                />
                <TekstVeld
                  naam="volgendeEvaluatieOp"
                  type="date"
                  label={t("veld.volgendeEvaluatieOp")}
                  hint={t("hint.volgendeEvaluatieOp")}
                  waarde={voor("evaluatie").waarde("volgendeEvaluatieOp")}
                  fout={voor("evaluatie").fout("volgendeEvaluatieOp")}
                />
                <TekstGebied
                  naam="toelichting"
                  label={t("veld.toelichting_evaluatie")}
                  hint={t("hint.toelichting_evaluatie")}
                  waarde={voor("evaluatie").waarde("toelichting")}
                  fout={voor("evaluatie").fout("toelichting")}
                  verplicht
                />
                <Knop>{t("vervolg.evaluatie_knop")}</Knop>
              </>,
            )}
          </>
        ) : null}
      </section>

      <section aria-labelledby="monitoring-titel" className="mw-stapel">
        <h3 id="monitoring-titel" className="nl-heading nl-heading--level-3">
          {t("vervolg.monitoring_titel")}
        </h3>
        <p className="nl-paragraph">{t("vervolg.monitoring_uitleg")}</p>
        {monitoring ? (
          <>
            <p className="nl-paragraph">
              {t(monitoring.checkNodig ? "vervolg.check_nu" : "vervolg.check_op", {
                datum: datum(monitoring.volgendeCheck),
                weken: monitoring.periode.start.gegevens.ritmeWeken,
              })}
            </p>
            <Vastleggingen
              titel={t("vervolg.checks")}
              type="veiligheidscheck_vastgelegd"
              items={monitoring.periode.checks}
              leeg={t("vervolg.geen_checks")}
            />
          </>
        ) : null}
        {open && !monitoring
          ? eigenFormulier(
              "monitoring",
              t("vervolg.monitoring_starten"),
              <>
                <TekstVeld
                  naam="ritmeWeken"
                  label={t("veld.ritmeWeken")}
                  hint={t("hint.ritmeWeken")}
                  waarde={voor("monitoring").waarde("ritmeWeken", "6")}
                  fout={voor("monitoring").fout("ritmeWeken")}
                  verplicht
                />
                <TekstGebied
                  naam="reden"
                  label={t("veld.reden_monitoring")}
                  waarde={voor("monitoring").waarde("reden")}
                  fout={voor("monitoring").fout("reden")}
                  verplicht
                  rijen={3}
                />
                <Knop soort="secondary">{t("vervolg.monitoring_knop")}</Knop>
              </>,
            )
          : null}
        {open && monitoring ? (
          <>
            {eigenFormulier(
              "check",
              t("vervolg.check_vastleggen"),
              <>
                {datumVeld("check")}
                <Keuzegroep
                  naam="uitkomst"
                  soort="radio"
                  legenda={t("veld.uitkomst_check")}
                  fout={voor("check").fout("uitkomst")}
                  verplicht
                  gekozen={[voor("check").waarde("uitkomst")]}
                  opties={CHECK_UITKOMSTEN.map((u) => ({ waarde: u, label: t(`keuze.check_uitkomst.${u}`) }))}
                />
                <TekstGebied
                  naam="bevinding"
                  label={t("veld.bevinding")}
                  waarde={voor("check").waarde("bevinding")}
                  fout={voor("check").fout("bevinding")}
                  verplicht
                />
                <Knop>{t("vervolg.check_knop")}</Knop>
              </>,
            )}
            {eigenFormulier(
              "einde",
              t("vervolg.monitoring_stoppen"),
              <>
                <TekstGebied
                  naam="reden"
                  label={t("veld.reden")}
                  waarde={voor("einde").waarde("reden")}
                  fout={voor("einde").fout("reden")}
                  verplicht
                  rijen={2}
                />
                <Knop soort="secondary">{t("vervolg.monitoring_stop_knop")}</Knop>
              </>,
            )}
          </>
        ) : null}
      </section>
      {!open ? <GeslotenMelding /> : null}
    </div>
  );
}
