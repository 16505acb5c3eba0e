import { useT } from "../vertaling.tsx";
import { data, Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-melding-controle";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { MELD_WIJZEN } from "../../domain/dossier/keuzes.ts";
import type { MeldingInhoud } from "../../domain/melding/melding.ts";
import { formatteerDatum, formatteerTijd } from "../../i18n/vertaal.ts";
import { Bevindingen } from "../components/bevindingen.tsx";
import { FoutSamenvatting, Keuzegroep, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, VersieVeld } from "../components/stap-kop.tsx";
import { herlaadNaConflict, useDossier } from "../dossier-data.ts";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { bekijkMeldingPagina } from "../../app/dossier/dossier-pagina.ts";
import { dossierPaginaVraag } from "../geschiedenis-pagina.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/**
 * The report pages' own part (draft, findings, meldrecht check, reports sent), asked for here, from the
 * page request's one audited read that the layout's loader shares.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { vraag, verzoek } = dossierPaginaVraag(request, context);
  return { melding: await ofFoutpagina(bekijkMeldingPagina(runtime, wie, params.id, vraag, verzoek)) };
}

/** After a version conflict the draft is read again with the dossier, as the layout is. */
export const shouldRevalidate = herlaadNaConflict;

/**
 * Marks the report sent. The form gives only how and when it went; the domain freezes the latest
 * saved draft, read inside the transaction, with its hash (decision 0030), exactly as for the API.
 * Sending an unchanged draft twice is refused; a changed draft becomes the next version.
 */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("melding_verstuurd", f),
    (id) => `/dossiers/${id}/vervolg?verstuurd=1`,
  );
}

const SAMENVATTING: readonly (keyof MeldingInhoud)[] = [
  "melder",
  "betrokkenen",
  "urgentie",
  "onveiligNu",
  "feiten",
  "duiding",
  "risicofactoren",
  "beschermend",
  "stappen",
  "gezinGeinformeerd",
  "grondNietGeinformeerd",
  "toelichtingGeinformeerd",
  "zienswijze",
  "geraadpleegd",
  "verwachtingen",
];
const WAAR: Record<string, string> = {
  deskundige_geraadpleegd: "consultatie",
  feiten_verzameld: "signalen",
  belangen_gewogen: "afweging",
  gezin_geinformeerd: "gesprek",
  concept_ingevuld: "melding",
};

/** "Check your answers" before the report is marked sent: what is missing warns, it never blocks. */
export default function MeldingControle({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const [zoek] = useSearchParams();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { melding } = loaderData;
  const { toestand } = dossier;
  const id = dossier.dossier.id;
  const i = melding.inhoud;
  const toon = (veld: keyof MeldingInhoud): string => {
    const w = i[veld];
    if (w === undefined || w === "") return "—";
    if (veld === "urgentie") return t(`keuze.urgentie.${String(w)}`);
    if (veld === "gezinGeinformeerd") return t(`algemeen.${String(w)}`);
    if (veld === "grondNietGeinformeerd") return t(`keuze.grond.${String(w)}`);
    return String(w);
  };
  const { controle } = melding;
  const teVersturen = melding.opgeslagen && (melding.verstuurd.length === 0 || melding.gewijzigdNaVersturen);
  return (
    <div className="mw-stapel">
      <title>{`${t("melding.controle_titel")} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("melding.controle_titel")}</h2>
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("melding.concept_opgeslagen")}</p>
        </div>
      ) : null}
      {controle.acuut ? (
        <div className="mw-melding mw-melding--fout">
          <p className="nl-paragraph">
            <strong>{t("melding.acuut")}</strong>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="meldrecht-titel" className="mw-stapel">
        <h3 id="meldrecht-titel" className="nl-heading nl-heading--level-3">
          {t("melding.meldrecht_titel")}
        </h3>
        {controle.ontbreekt.length === 0 ? (
          <p className="nl-paragraph">{t("melding.meldrecht_compleet")}</p>
        ) : (
          <div className="mw-melding mw-melding--waarschuwing">
            <p className="nl-paragraph">{t("melding.meldrecht_uitleg")}</p>
            <ul className="mw-lijst">
              {controle.ontbreekt.map((p) => (
                <li key={p}>
                  {t(`melding.meldrecht.${p}`)}{" "}
                  <Link className="nl-link" to={`/dossiers/${id}/${WAAR[p] ?? ""}`}>
                    {t(`melding.meldrecht_link.${p}`)}
                  </Link>
                </li>
              ))}
            </ul>
            {controle.openPlekken.length > 0 ? (
              <p className="nl-paragraph">{t("melding.open_plekken", { plekken: controle.openPlekken.join(", ") })}</p>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="inhoud-titel" className="mw-stapel">
        <h3 id="inhoud-titel" className="nl-heading nl-heading--level-3">
          {melding.opgeslagen ? t("melding.inhoud_titel") : t("melding.inhoud_niet_opgeslagen")}
        </h3>
        {melding.zienswijzenNaConcept ? (
          <div className="mw-melding mw-melding--waarschuwing">
            <p className="nl-paragraph">
              {t("melding.zienswijze_ontbreekt")}{" "}
              <Link className="nl-link" to={`/dossiers/${id}/melding#veld-zienswijze`}>
                {t("melding.naar_concept")}
              </Link>
            </p>
          </div>
        ) : null}
        <dl className="mw-samenvattingslijst">
          {SAMENVATTING.map((veld) => (
            <div key={veld} className="mw-samenvattingslijst__rij">
              <dt>{t(`melding.veld.${veld}`)}</dt>
              <dd>
                <span className="mw-bewaar-regels">{toon(veld)}</span>
                {veld === "onveiligNu" || veld === "feiten" || veld === "risicofactoren" ? (
                  <Bevindingen
                    tekst={String(i[veld] ?? "")}
                    bevindingen={melding.bevindingen[veld]}
                    id={`controle-${veld}`}
                  />
                ) : null}
              </dd>
              <dd className="mw-samenvattingslijst__actie">
                <Link className="nl-link" to={`/dossiers/${id}/melding#veld-${veld}`}>
                  {t("melding.wijzigen")}
                  <span className="mw-visueel-verborgen">{` ${t(`melding.veld.${veld}`)}`}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        <ul className="mw-rij mw-lijst-kaal">
          <li>
            <Link className="nl-link" to={`/dossiers/${id}/melding/afdrukken`}>
              {t("melding.afdrukken")}
            </Link>
          </li>
          <li>
            <a className="nl-link" href={`/api/dossiers/${id}/melding.pdf`} download>
              {t("melding.pdf_downloaden")}
            </a>
          </li>
        </ul>
      </section>

      {melding.verstuurd.length > 0 ? (
        <section aria-labelledby="verstuurd-titel" className="mw-stapel">
          <h3 id="verstuurd-titel" className="nl-heading nl-heading--level-3">
            {t("melding.verstuurd_titel")}
          </h3>
          <ul className="mw-lijst">
            {melding.verstuurd.map((v) => (
              <li key={v.versie}>
                {t("melding.verstuurd_regel", {
                  versie: v.versie,
                  datum: formatteerDatum(v.datum, taal),
                  tijd: v.tijd,
                  wijze: t(`keuze.meld_wijze.${v.wijze}`),
                  contactpersoon: v.contactpersoon,
                })}
                {v.referentie ? ` ${t("melding.referentie", { referentie: v.referentie })}` : ""}
                <br />
                <span className="mw-hint mw-geheim">{`SHA-256 ${v.hash}`}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {toestand.status !== "open" ? (
        <GeslotenMelding />
      ) : teVersturen ? (
        <>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form
            key={toestand.versie}
            method="post"
            className="mw-formulier"
            noValidate
            aria-labelledby="versturen-titel"
          >
            <h3 id="versturen-titel" className="nl-heading nl-heading--level-3">
              {melding.verstuurd.length > 0 ? t("melding.versturen_nieuw") : t("melding.versturen")}
            </h3>
            <p className="nl-paragraph">{t("melding.versturen_uitleg")}</p>
            <VersieVeld versie={toestand.versie} />
            <Keuzegroep
              naam="wijze"
              soort="radio"
              legenda={t("veld.wijze")}
              fout={fout("wijze")}
              verplicht
              gekozen={[waarde("wijze", "telefoon")]}
              opties={MELD_WIJZEN.map((w) => ({ waarde: w, label: t(`keuze.meld_wijze.${w}`) }))}
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
            <TekstVeld
              naam="tijd"
              label={t("veld.tijd")}
              hint={t("hint.tijd")}
              waarde={waarde("tijd", formatteerTijd(dossier.nu, taal))}
              fout={fout("tijd")}
              verplicht
            />
            <TekstVeld
              naam="contactpersoon"
              label={t("veld.contactpersoon")}
              hint={t("hint.contactpersoon")}
              waarde={waarde("contactpersoon")}
              fout={fout("contactpersoon")}
              verplicht
            />
            <TekstVeld
              naam="referentie"
              label={t("veld.referentie")}
              hint={t("hint.optioneel")}
              waarde={waarde("referentie")}
              fout={fout("referentie")}
            />
            <Knop>{t("melding.versturen_knop")}</Knop>
          </Form>
        </>
      ) : !melding.opgeslagen ? (
        <p className="nl-paragraph">
          {t("melding.eerst_opslaan")}{" "}
          <Link className="nl-link" to={`/dossiers/${id}/melding`}>
            {t("melding.naar_concept")}
          </Link>
        </p>
      ) : (
        <p className="nl-paragraph">{t("melding.ongewijzigd")}</p>
      )}
    </div>
  );
}
