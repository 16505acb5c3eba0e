import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-gesprek";
import { tekstVan, verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { GESPREKSPARTNERS, GRONDEN_GEEN_GESPREK } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier, VeldPrefix } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Vastleggingen } from "../components/vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) =>
      tekstVan(f, "bedoeling") === "niet_gevoerd"
        ? { type: "gesprek_niet_gevoerd", gegevens: { met: tekstVan(f, "met"), grond: tekstVan(f, "grond"), toelichting: tekstVan(f, "toelichting") } }
        : {
            type: "gesprek_gevoerd",
            gegevens: {
              met: tekstVan(f, "met"),
              datum: tekstVan(f, "datum"),
              deelnemers: tekstVan(f, "deelnemers"),
              plaats: tekstVan(f, "plaats"),
              gedeeld: tekstVan(f, "gedeeld"),
              visie: tekstVan(f, "visie"),
              afspraken: tekstVan(f, "afspraken"),
            },
          },
    (id) => `/dossiers/${id}/gesprek?opgeslagen=1`,
  );
}

export default function Gesprek() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { toestand } = dossier;
  const nietGevoerd = antwoord?.waarden["bedoeling"] === "niet_gevoerd";
  const foutVoor = (bedoeling: string, veld: string) => ((antwoord?.waarden["bedoeling"] === bedoeling) ? fout(veld) : undefined);
  const waardeVoor = (bedoeling: string, veld: string, standaard = "") => (antwoord?.waarden["bedoeling"] === bedoeling ? waarde(veld, standaard) : standaard);
  return (
    <div className="mw-stapel">
      <StapKop stap="gesprek" dossier={dossier} />
      {toestand.disclosure ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("gesprek.disclosure_let_op")}</p>
        </div>
      ) : null}
      <Vastleggingen titel={t("gesprek.gevoerd")} type="gesprek_gevoerd" items={toestand.gesprekken} leeg={t("gesprek.leeg")} />
      {toestand.gesprekkenNietGevoerd.length > 0 ? (
        <Vastleggingen titel={t("gesprek.niet_gevoerd")} type="gesprek_niet_gevoerd" items={toestand.gesprekkenNietGevoerd} leeg="" />
      ) : null}
      {toestand.status === "open" ? (
        <>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} prefix={nietGevoerd ? "geen-" : ""} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate aria-labelledby="gesprek-form-titel">
            <h3 id="gesprek-form-titel" className="nl-heading nl-heading--level-3">{t("gesprek.nieuw")}</h3>
            <VersieVeld versie={toestand.versie} />
            <input type="hidden" name="bedoeling" value="gevoerd" />
            <Keuzegroep
              naam="met" soort="radio" legenda={t("veld.met_gesprek")} fout={foutVoor("gevoerd", "met")} verplicht
              gekozen={[waardeVoor("gevoerd", "met", "ouders")]}
              opties={GESPREKSPARTNERS.map((m) => ({ waarde: m, label: t(`keuze.gesprek_met.${m}`) }))}
            />
            <TekstVeld naam="datum" type="date" max={dossier.vandaag} label={t("veld.datum")} waarde={waardeVoor("gevoerd", "datum", dossier.vandaag)} fout={foutVoor("gevoerd", "datum")} verplicht />
            <TekstVeld naam="deelnemers" label={t("veld.deelnemers")} hint={t("hint.deelnemers")} waarde={waardeVoor("gevoerd", "deelnemers")} fout={foutVoor("gevoerd", "deelnemers")} verplicht />
            <TekstVeld naam="plaats" label={t("veld.plaats")} hint={t("hint.plaats_gesprek")} waarde={waardeVoor("gevoerd", "plaats")} fout={foutVoor("gevoerd", "plaats")} verplicht />
            <TekstGebied naam="gedeeld" label={t("veld.gedeeld")} hint={t("hint.gedeeld")} waarde={waardeVoor("gevoerd", "gedeeld")} fout={foutVoor("gevoerd", "gedeeld")} verplicht />
            <TekstGebied naam="visie" label={t("veld.visie")} hint={t("hint.visie")} waarde={waardeVoor("gevoerd", "visie")} fout={foutVoor("gevoerd", "visie")} verplicht />
            <TekstGebied naam="afspraken" label={t("veld.afspraken")} hint={t("hint.optioneel")} waarde={waardeVoor("gevoerd", "afspraken")} fout={foutVoor("gevoerd", "afspraken")} />
            <Knop>{t("gesprek.knop")}</Knop>
          </Form>
          <VeldPrefix.Provider value="geen-">
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate aria-labelledby="geen-gesprek-titel">
            <h3 id="geen-gesprek-titel" className="nl-heading nl-heading--level-3">{t("gesprek.geen_titel")}</h3>
            <p className="nl-paragraph">{t("gesprek.geen_uitleg")}</p>
            <VersieVeld versie={toestand.versie} />
            <input type="hidden" name="bedoeling" value="niet_gevoerd" />
            <Keuzegroep
              naam="met" soort="radio" legenda={t("veld.met_gesprek")} fout={foutVoor("niet_gevoerd", "met")} verplicht
              gekozen={[waardeVoor("niet_gevoerd", "met", "ouders")]}
              opties={GESPREKSPARTNERS.map((m) => ({ waarde: m, label: t(`keuze.gesprek_met.${m}`) }))}
            />
            <Keuzegroep
              naam="grond" soort="radio" legenda={t("veld.grond")} fout={foutVoor("niet_gevoerd", "grond")} verplicht
              gekozen={[waardeVoor("niet_gevoerd", "grond")]}
              opties={GRONDEN_GEEN_GESPREK.map((g) => ({ waarde: g, label: t(`keuze.grond.${g}`), hint: t(`keuze.grond_hint.${g}`) }))}
            />
            <TekstGebied naam="toelichting" label={t("veld.toelichting")} hint={t("hint.toelichting_geen_gesprek")} waarde={waardeVoor("niet_gevoerd", "toelichting")} fout={foutVoor("niet_gevoerd", "toelichting")} verplicht />
            <Knop soort="secondary">{t("gesprek.geen_knop")}</Knop>
          </Form>
          </VeldPrefix.Provider>
        </>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
