import { useT } from "../vertaling.tsx";
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-gesprek";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { DILEMMA_IDS } from "../../domain/kennis/keuzes.ts";
import { GESPREKSPARTNERS, GRONDEN_GEEN_GESPREK, VEILIG_GESPREK } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Vastleggingen } from "../components/vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("gesprek");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/** The page shows one form at a time, chosen by a link (`?vastleggen=…`): it works without script and keeps the page short. */
const FORMULIEREN = ["voorbereiding_ouders", "ouders", "voorbereiding_kind", "kind", "geen"] as const;
type Formulier = (typeof FORMULIEREN)[number];
const isFormulier = (w: unknown): w is Formulier =>
  typeof w === "string" && (FORMULIEREN as readonly string[]).includes(w);

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => {
      const bedoeling = f.get("bedoeling");
      if (bedoeling === "niet_gevoerd") return stapInvoer("gesprek_niet_gevoerd", f);
      if (bedoeling === "voorbereid") return stapInvoer("gesprek_voorbereid", f);
      // Two forms, one event type: the parents' form has only the parents' fields, the child's only the child's.
      return stapInvoer("gesprek_gevoerd", f);
    },
    (id) => `/dossiers/${id}/gesprek?opgeslagen=1`,
  );
}

export default function Gesprek({ loaderData: hulp }: Route.ComponentProps) {
  const { t, taal } = useT();
  const dossier = useDossier();
  const [zoek] = useSearchParams();
  const { antwoord, fouten } = useFormulier();
  const { toestand } = dossier;
  // The dilemmas for the situations recorded in any conversation so far, each once.
  const situaties = new Set(toestand.gesprekken.flatMap((g) => g.gegevens.situaties ?? []));
  const dilemmas = hulp.gesprekHulp.dilemmas.filter((d) => situaties.has(d.id as never));
  // After a refused post the same form stays open; otherwise the link's choice.
  const gepost = antwoord?.waarden["formulier"];
  const gevraagd = zoek.get("vastleggen");
  const formulier: Formulier | null = isFormulier(gepost) ? gepost : isFormulier(gevraagd) ? gevraagd : null;

  const stand = (met: (typeof GESPREKSPARTNERS)[number]): string => {
    const laatsteMet = <T extends { readonly gegevens: { readonly met: string } }>(lijst: readonly T[]) =>
      lijst.filter((g) => g.gegevens.met === met).at(-1);
    const gevoerd = laatsteMet(toestand.gesprekken);
    if (gevoerd) return t("gesprek.status.gevoerd", { datum: formatteerDatum(gevoerd.gegevens.datum, taal) });
    const niet = laatsteMet(toestand.gesprekkenNietGevoerd);
    if (niet) return t("gesprek.status.niet_gevoerd", { grond: t(`keuze.grond.${niet.gegevens.grond}`) });
    const voorbereid = laatsteMet(toestand.voorbereidingen);
    if (voorbereid)
      return voorbereid.gegevens.veilig === "ja" ? t("gesprek.status.voorbereid") : t("gesprek.status.niet_veilig");
    return t("gesprek.status.open");
  };

  return (
    <div className="mw-stapel">
      <StapKop stap="gesprek" dossier={dossier} kennis={hulp.kennis} />
      {toestand.disclosure ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("gesprek.disclosure_let_op")}</p>
        </div>
      ) : null}
      <section aria-labelledby="gesprek-stand-titel" className="mw-paneel">
        <h3 id="gesprek-stand-titel" className="nl-heading nl-heading--level-3">
          {t("gesprek.stand_titel")}
        </h3>
        <dl className="mw-gegevens">
          {GESPREKSPARTNERS.map((met) => (
            <div key={met} className="mw-dl-rij">
              <dt>{t(`keuze.gesprek_met.${met}`)}</dt>
              <dd>{stand(met)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {toestand.status !== "open" ? (
        <GeslotenMelding />
      ) : formulier === null ? (
        <nav aria-labelledby="gesprek-keuze-titel" className="mw-stapel">
          <h3 id="gesprek-keuze-titel" className="nl-heading nl-heading--level-3">
            {t("gesprek.vastleggen_titel")}
          </h3>
          <ul className="mw-lijst mw-keuzelijst">
            {FORMULIEREN.map((f) => (
              <li key={f}>
                <Link
                  className="nl-link"
                  to={`/dossiers/${dossier.dossier.id}/gesprek?vastleggen=${f}#gesprek-formulier`}
                >
                  {t(`gesprek.actie.${f}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <section id="gesprek-formulier" aria-labelledby="gesprek-form-titel" className="mw-stapel">
          <h3 id="gesprek-form-titel" className="nl-heading nl-heading--level-3">
            {formulier === "geen" ? t("gesprek.geen_titel") : t(`gesprek.form.${formulier}`)}
          </h3>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <FormulierHulp formulier={formulier} hulp={hulp} />
          <GesprekFormulier formulier={formulier} versie={toestand.versie} vandaag={dossier.vandaag} />
          <p className="nl-paragraph">
            <Link className="nl-link" to={`/dossiers/${dossier.dossier.id}/gesprek`}>
              {t("gesprek.annuleren")}
            </Link>
          </p>
        </section>
      )}
      {toestand.voorbereidingen.length > 0 ? (
        <Vastleggingen
          titel={t("gesprek.voorbereidingen")}
          type="gesprek_voorbereid"
          items={toestand.voorbereidingen}
          leeg=""
        />
      ) : null}
      <Vastleggingen
        titel={t("gesprek.gevoerd")}
        type="gesprek_gevoerd"
        items={toestand.gesprekken}
        leeg={t("gesprek.leeg")}
      />
      {dilemmas.length > 0 ? (
        <section aria-labelledby="dilemmas-titel" className="mw-stapel">
          <h3 id="dilemmas-titel" className="nl-heading nl-heading--level-3">
            {t("gesprek.dilemmas_titel")}
          </h3>
          {dilemmas.map((d) => (
            <article key={d.id} className="mw-kaart mw-stapel">
              <h4 className="nl-heading nl-heading--level-4">{d.titel}</h4>
              <p className="nl-paragraph">{d.situatie}</p>
              <p className="nl-paragraph">
                <strong>{t("gesprek.dilemma_mogelijkheden")}</strong>
              </p>
              <ul className="mw-lijst">
                {d.mogelijkheden.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      ) : null}
      {toestand.gesprekkenNietGevoerd.length > 0 ? (
        <Vastleggingen
          titel={t("gesprek.niet_gevoerd")}
          type="gesprek_niet_gevoerd"
          items={toestand.gesprekkenNietGevoerd}
          leeg=""
        />
      ) : null}
    </div>
  );
}

/** The guidance that belongs to the chosen form, folded, each under a one-line summary. */
function FormulierHulp({ formulier, hulp }: { formulier: Formulier; hulp: Route.ComponentProps["loaderData"] }) {
  const { t } = useT();
  const voorbereiden = (
    <details className="mw-kennis">
      <summary>{t("gesprek.voorbereiden")}</summary>
      <VragenLijst vragen={hulp.gesprekHulp.vragen} />
      <h4 className="nl-heading nl-heading--level-4">{t("gesprek.veiligheidscheck")}</h4>
      <p className="nl-paragraph">{`${hulp.gesprekHulp.veiligheid.vraag} ${hulp.gesprekHulp.veiligheid.uitleg}`}</p>
      <p className="nl-paragraph">{hulp.gesprekHulp.veiligheid.gevolg}</p>
    </details>
  );
  const kaart = (
    <details className="mw-kennis mw-gesprekskaart">
      <summary>{t("gesprek.kaart")}</summary>
      <ol className="mw-lijst">
        {hulp.gesprekHulp.kaart.punten.map((p) => (
          <li key={p.id}>
            <strong>{p.titel}</strong> {p.uitleg}
          </li>
        ))}
      </ol>
      <p className="nl-paragraph">
        <Link className="nl-link" to="/gesprekskaart">
          {t("gesprek.kaart_afdrukken")}
        </Link>
      </p>
    </details>
  );
  const nazorg = (
    <details className="mw-kennis">
      <summary>{t("gesprek.nazorg")}</summary>
      <VragenLijst vragen={hulp.gesprekHulp.nazorg} />
    </details>
  );
  const kindTips = (
    <details className="mw-kennis">
      <summary>{t("gesprek.kind_tips")}</summary>
      <ul className="mw-lijst">
        {hulp.kindHulp.algemeen.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {hulp.kindHulp.leeftijden.map((l) => (
        <div key={l.id} className="mw-stapel">
          <h4 className="nl-heading nl-heading--level-4">{l.titel}</h4>
          <ul className="mw-lijst">
            {l.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </div>
      ))}
      <p className="nl-paragraph">{`${hulp.kindHulp.vastleggen.eigenWoorden} ${hulp.kindHulp.vastleggen.geinformeerd}`}</p>
    </details>
  );
  if (formulier === "geen") return <p className="nl-paragraph">{t("gesprek.geen_uitleg")}</p>;
  // Each form shows two parts of the guidance: what to prepare and how, or how to talk and what comes after.
  const [eerste, tweede] = {
    voorbereiding_ouders: [voorbereiden, kaart],
    voorbereiding_kind: [voorbereiden, kindTips],
    ouders: [kaart, nazorg],
    kind: [kindTips, nazorg],
  }[formulier];
  return (
    <div className="mw-stapel">
      {eerste}
      {tweede}
    </div>
  );
}

/** Questions with their explanation, as a list of terms: the preparation and the aftercare. */
function VragenLijst({ vragen }: { vragen: readonly { id: string; vraag: string; toelichting: string }[] }) {
  return (
    <dl className="mw-gegevens">
      {vragen.map((v) => (
        <div key={v.id} className="mw-dl-rij">
          <dt>{v.vraag}</dt>
          <dd>{v.toelichting}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One of the five forms; the parents' and the child's conversation each show only their own fields. */
function GesprekFormulier({ formulier, versie, vandaag }: { formulier: Formulier; versie: number; vandaag: string }) {
  const { t } = useT();
  const { fout, waarde, waarden } = useFormulier();
  const met = formulier === "kind" || formulier === "voorbereiding_kind" ? "kind" : "ouders";
  return (
    <Form key={versie} method="post" className="mw-formulier" noValidate aria-labelledby="gesprek-form-titel">
      <VersieVeld versie={versie} />
      <input type="hidden" name="formulier" value={formulier} />
      {formulier === "geen" ? (
        <>
          <input type="hidden" name="bedoeling" value="niet_gevoerd" />
          <Keuzegroep
            naam="met"
            soort="radio"
            legenda={t("veld.met_gesprek")}
            fout={fout("met")}
            verplicht
            gekozen={[waarde("met", "ouders")]}
            opties={GESPREKSPARTNERS.map((m) => ({ waarde: m, label: t(`keuze.gesprek_met.${m}`) }))}
          />
          <Keuzegroep
            naam="grond"
            soort="radio"
            legenda={t("veld.grond")}
            fout={fout("grond")}
            verplicht
            gekozen={[waarde("grond")]}
            opties={GRONDEN_GEEN_GESPREK.map((g) => ({
              waarde: g,
              label: t(`keuze.grond.${g}`),
              hint: t(`keuze.grond_hint.${g}`),
            }))}
          />
          <TekstGebied
            naam="toelichting"
            label={t("veld.toelichting")}
            hint={t("hint.toelichting_geen_gesprek")}
            waarde={waarde("toelichting")}
            fout={fout("toelichting")}
            verplicht
          />
          <Knop soort="secondary">{t("gesprek.geen_knop")}</Knop>
        </>
      ) : formulier === "voorbereiding_ouders" || formulier === "voorbereiding_kind" ? (
        <>
          <input type="hidden" name="bedoeling" value="voorbereid" />
          <input type="hidden" name="met" value={met} />
          <TekstGebied
            naam="opening"
            label={t("veld.opening")}
            hint={t("hint.opening")}
            waarde={waarde("opening")}
            fout={fout("opening")}
            verplicht
          />
          <TekstGebied
            naam="feiten"
            label={t("veld.feiten")}
            hint={t("hint.feiten")}
            waarde={waarde("feiten")}
            fout={fout("feiten")}
            verplicht
          />
          <Keuzegroep
            naam="veilig"
            soort="radio"
            legenda={t("veld.veilig")}
            hint={t("hint.veilig")}
            fout={fout("veilig")}
            verplicht
            gekozen={[waarde("veilig")]}
            opties={VEILIG_GESPREK.map((v) => ({ waarde: v, label: t(`keuze.veilig_gesprek.${v}`) }))}
          />
          <TekstGebied
            naam="waaromNietVeilig"
            label={t("veld.waaromNietVeilig")}
            hint={t("hint.waaromNietVeilig")}
            waarde={waarde("waaromNietVeilig")}
            fout={fout("waaromNietVeilig")}
          />
          <TekstGebied
            naam="inPlaatsDaarvan"
            label={t("veld.inPlaatsDaarvan")}
            hint={t("hint.inPlaatsDaarvan")}
            waarde={waarde("inPlaatsDaarvan")}
            fout={fout("inPlaatsDaarvan")}
          />
          <TekstVeld
            naam="aanwezigen"
            label={t("veld.aanwezigen")}
            hint={t("hint.aanwezigen")}
            waarde={waarde("aanwezigen")}
            fout={fout("aanwezigen")}
            verplicht
          />
          <TekstVeld
            naam="gespreksleider"
            label={t("veld.gespreksleider")}
            waarde={waarde("gespreksleider")}
            fout={fout("gespreksleider")}
            verplicht
          />
          <Knop>{t("gesprek.voorbereiding_knop")}</Knop>
        </>
      ) : (
        <>
          <input type="hidden" name="bedoeling" value="gevoerd" />
          <input type="hidden" name="met" value={met} />
          <TekstVeld
            naam="datum"
            type="date"
            max={vandaag}
            label={t("veld.datum")}
            waarde={waarde("datum", vandaag)}
            fout={fout("datum")}
            verplicht
          />
          <TekstVeld
            naam="deelnemers"
            label={t("veld.deelnemers")}
            hint={t("hint.deelnemers")}
            waarde={waarde("deelnemers")}
            fout={fout("deelnemers")}
            verplicht
          />
          <TekstVeld
            naam="plaats"
            label={t("veld.plaats")}
            hint={t("hint.plaats_gesprek")}
            waarde={waarde("plaats")}
            fout={fout("plaats")}
            verplicht
          />
          <TekstGebied
            naam="gedeeld"
            label={t("veld.gedeeld")}
            hint={t("hint.gedeeld")}
            waarde={waarde("gedeeld")}
            fout={fout("gedeeld")}
            verplicht
          />
          <TekstGebied
            naam="visie"
            label={t(met === "kind" ? "veld.visie_kind" : "veld.visie")}
            hint={t(met === "kind" ? "hint.visie_kind" : "hint.visie")}
            waarde={waarde("visie")}
            fout={fout("visie")}
            verplicht
          />
          {met === "ouders" ? (
            <>
              <TekstGebied
                naam="wensOuders"
                label={t("veld.wensOuders_ouders")}
                hint={t("hint.wensOuders")}
                waarde={waarde("wensOuders")}
                fout={fout("wensOuders")}
              />
              <TekstGebied
                naam="afspraken"
                label={t("veld.afspraken")}
                hint={t("hint.optioneel")}
                waarde={waarde("afspraken")}
                fout={fout("afspraken")}
              />
              <TekstGebied
                naam="ervaring"
                label={t("veld.ervaring")}
                hint={t("hint.ervaring")}
                waarde={waarde("ervaring")}
                fout={fout("ervaring")}
              />
              <TekstGebied
                naam="reflectie"
                label={t("veld.reflectie")}
                hint={t("hint.reflectie")}
                waarde={waarde("reflectie")}
                fout={fout("reflectie")}
              />
              <Keuzegroep
                naam="situaties"
                soort="checkbox"
                legenda={t("veld.situaties")}
                hint={t("hint.situaties")}
                fout={fout("situaties")}
                gekozen={waarden("situaties")}
                opties={DILEMMA_IDS.map((d) => ({ waarde: d, label: t(`keuze.situatie_gesprek.${d}`) }))}
              />
              <TekstGebied
                naam="vervolggesprek"
                label={t("veld.vervolggesprek")}
                hint={t("hint.vervolggesprek")}
                waarde={waarde("vervolggesprek")}
                fout={fout("vervolggesprek")}
              />
            </>
          ) : (
            <>
              <TekstGebied
                naam="afspraken"
                label={t("veld.afspraken")}
                hint={t("hint.optioneel")}
                waarde={waarde("afspraken")}
                fout={fout("afspraken")}
              />
              <Keuzegroep
                naam="kindGeinformeerd"
                soort="radio"
                legenda={t("veld.kindGeinformeerd")}
                hint={t("gesprek.kind_deel_uitleg")}
                fout={fout("kindGeinformeerd")}
                gekozen={[waarde("kindGeinformeerd")]}
                opties={(["ja", "nee"] as const).map((w) => ({ waarde: w, label: t(`keuze.kind_geinformeerd.${w}`) }))}
              />
              <TekstGebied
                naam="hoeGeinformeerd"
                label={t("veld.hoeGeinformeerd")}
                hint={t("hint.hoeGeinformeerd")}
                waarde={waarde("hoeGeinformeerd")}
                fout={fout("hoeGeinformeerd")}
              />
            </>
          )}
          <Knop>{t("gesprek.knop")}</Knop>
        </>
      )}
    </Form>
  );
}
