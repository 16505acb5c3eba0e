import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Route } from "./+types/dossier-gesprek";
import { lijstVan, tekstVan, verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { DILEMMA_IDS } from "../../domain/kennis/keuzes.ts";
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
              wensOuders: tekstVan(f, "wensOuders"),
              afspraken: tekstVan(f, "afspraken"),
              ervaring: tekstVan(f, "ervaring"),
              reflectie: tekstVan(f, "reflectie"),
              situaties: lijstVan(f, "situaties"),
              vervolggesprek: tekstVan(f, "vervolggesprek"),
              kindGeinformeerd: tekstVan(f, "kindGeinformeerd"),
              hoeGeinformeerd: tekstVan(f, "hoeGeinformeerd"),
            },
          },
    (id) => `/dossiers/${id}/gesprek?opgeslagen=1`,
  );
}

export default function Gesprek() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const { toestand } = dossier;
  // The dilemmas for the situations recorded in any conversation so far, each once.
  const situaties = new Set(toestand.gesprekken.flatMap((g) => g.gegevens.situaties ?? []));
  const dilemmas = dossier.gesprekHulp.dilemmas.filter((d) => situaties.has(d.id as never));
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
      <details className="mw-kennis">
        <summary>{t("gesprek.voorbereiden")}</summary>
        <dl className="mw-gegevens">
          {dossier.gesprekHulp.vragen.map((v) => (
            <div key={v.id} className="mw-dl-rij">
              <dt>{v.vraag}</dt>
              <dd>{v.toelichting}</dd>
            </div>
          ))}
        </dl>
        <h3 className="nl-heading nl-heading--level-4">{t("gesprek.veiligheidscheck")}</h3>
        <p className="nl-paragraph">{`${dossier.gesprekHulp.veiligheid.vraag} ${dossier.gesprekHulp.veiligheid.uitleg}`}</p>
        <p className="nl-paragraph">{dossier.gesprekHulp.veiligheid.gevolg}</p>
      </details>
      <details className="mw-kennis mw-gesprekskaart">
        <summary>{t("gesprek.kaart")}</summary>
        <ol className="mw-lijst">
          {dossier.gesprekHulp.kaart.punten.map((p) => (
            <li key={p.id}><strong>{p.titel}</strong> {p.uitleg}</li>
          ))}
        </ol>
        <p className="nl-paragraph"><Link className="nl-link" to="/gesprekskaart">{t("gesprek.kaart_afdrukken")}</Link></p>
      </details>
      <details className="mw-kennis">
        <summary>{t("gesprek.nazorg")}</summary>
        <dl className="mw-gegevens">
          {dossier.gesprekHulp.nazorg.map((n) => (
            <div key={n.id} className="mw-dl-rij">
              <dt>{n.vraag}</dt>
              <dd>{n.toelichting}</dd>
            </div>
          ))}
        </dl>
      </details>
      <details className="mw-kennis">
        <summary>{t("gesprek.kind_tips")}</summary>
        <ul className="mw-lijst">
          {dossier.kindHulp.algemeen.map((a) => <li key={a}>{a}</li>)}
        </ul>
        {dossier.kindHulp.leeftijden.map((l) => (
          <div key={l.id} className="mw-stapel">
            <h3 className="nl-heading nl-heading--level-4">{l.titel}</h3>
            <ul className="mw-lijst">
              {l.tips.map((tip) => <li key={tip}>{tip}</li>)}
            </ul>
          </div>
        ))}
        <p className="nl-paragraph">{`${dossier.kindHulp.vastleggen.eigenWoorden} ${dossier.kindHulp.vastleggen.geinformeerd}`}</p>
      </details>
      <Vastleggingen titel={t("gesprek.gevoerd")} type="gesprek_gevoerd" items={toestand.gesprekken} leeg={t("gesprek.leeg")} />
      {dilemmas.length > 0 ? (
        <section aria-labelledby="dilemmas-titel" className="mw-stapel">
          <h3 id="dilemmas-titel" className="nl-heading nl-heading--level-3">{t("gesprek.dilemmas_titel")}</h3>
          {dilemmas.map((d) => (
            <article key={d.id} className="mw-kaart mw-stapel">
              <h4 className="nl-heading nl-heading--level-4">{d.titel}</h4>
              <p className="nl-paragraph">{d.situatie}</p>
              <p className="nl-paragraph"><strong>{t("gesprek.dilemma_mogelijkheden")}</strong></p>
              <ul className="mw-lijst">
                {d.mogelijkheden.map((m) => <li key={m}>{m}</li>)}
              </ul>
            </article>
          ))}
        </section>
      ) : null}
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
            <TekstGebied naam="wensOuders" label={t("veld.wensOuders")} hint={t("hint.wensOuders")} waarde={waardeVoor("gevoerd", "wensOuders")} fout={foutVoor("gevoerd", "wensOuders")} />
            <TekstGebied naam="afspraken" label={t("veld.afspraken")} hint={t("hint.optioneel")} waarde={waardeVoor("gevoerd", "afspraken")} fout={foutVoor("gevoerd", "afspraken")} />
            <TekstGebied naam="ervaring" label={t("veld.ervaring")} hint={t("hint.ervaring")} waarde={waardeVoor("gevoerd", "ervaring")} fout={foutVoor("gevoerd", "ervaring")} />
            <TekstGebied naam="reflectie" label={t("veld.reflectie")} hint={t("hint.reflectie")} waarde={waardeVoor("gevoerd", "reflectie")} fout={foutVoor("gevoerd", "reflectie")} />
            <Keuzegroep
              naam="situaties" soort="checkbox" legenda={t("veld.situaties")} hint={t("hint.situaties")} fout={foutVoor("gevoerd", "situaties")}
              gekozen={antwoord?.waarden["bedoeling"] === "gevoerd" ? waarden("situaties") : []}
              opties={DILEMMA_IDS.map((d) => ({ waarde: d, label: t(`keuze.situatie_gesprek.${d}`) }))}
            />
            <TekstGebied naam="vervolggesprek" label={t("veld.vervolggesprek")} hint={t("hint.vervolggesprek")} waarde={waardeVoor("gevoerd", "vervolggesprek")} fout={foutVoor("gevoerd", "vervolggesprek")} />
            <fieldset className="mw-stapel mw-deelformulier" aria-describedby="kind-deel-uitleg">
              <legend className="nl-heading nl-heading--level-4">{t("gesprek.kind_deel")}</legend>
              <p id="kind-deel-uitleg" className="mw-hint">{t("gesprek.kind_deel_uitleg")}</p>
              <Keuzegroep
                naam="kindGeinformeerd" soort="radio" legenda={t("veld.kindGeinformeerd")} fout={foutVoor("gevoerd", "kindGeinformeerd")}
                gekozen={[waardeVoor("gevoerd", "kindGeinformeerd")]}
                opties={(["ja", "nee"] as const).map((w) => ({ waarde: w, label: t(`keuze.kind_geinformeerd.${w}`) }))}
              />
              <TekstGebied naam="hoeGeinformeerd" label={t("veld.hoeGeinformeerd")} hint={t("hint.hoeGeinformeerd")} waarde={waardeVoor("gevoerd", "hoeGeinformeerd")} fout={foutVoor("gevoerd", "hoeGeinformeerd")} />
            </fieldset>
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
