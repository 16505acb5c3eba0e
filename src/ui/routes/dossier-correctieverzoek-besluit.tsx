import { useT } from "../vertaling.tsx";
import { Form, Link, useParams, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-correctieverzoek-besluit";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { CORRIGEERBAAR, VERZOEK_BESLISSINGEN } from "../../domain/dossier/keuzes.ts";
import { beslissenUiterlijk, verzoekStand, vindVerzoek } from "../../domain/dossier/rechten.ts";
import { vindRegistratie, vindVastlegging } from "../../domain/dossier/toestand.ts";
import { formatteerDatum, formatteerTijdstip } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { GebeurtenisInhoud } from "../components/gebeurtenis-inhoud.tsx";
import { TerugNaarRechten } from "../components/rechten-formulier.tsx";
import { VersieVeld } from "../components/stap-kop.tsx";
import { vastleggingNaam } from "../components/vastlegging-naam.ts";
import { herlaadNaConflict, useDossier, useToestandMetRegister } from "../dossier-data.ts";
import { registerLoader } from "../register.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "correctieverzoek_beslissen"] };

/** The register, to name the entries (decision 0082); the rest of the dossier comes from the layout (`useDossier`). */
export const loader = registerLoader;

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    // The request decided on is the one in the URL, whatever the form says.
    (f) => stapInvoer("correctieverzoek_beslist", f, { verzoek: args.params.verzoekId }),
    (id) => `/dossiers/${id}/rechten/verzoek/${args.params.verzoekId}?opgeslagen=1`,
  );
}

/**
 * One request: what was asked, the decision with its reason (or the form to decide), and for a
 * granted correction the entries to correct and the corrections made under it.
 */
export default function CorrectieverzoekBesluit({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { verzoekId } = useParams();
  const [zoek] = useSearchParams();
  const { dossier, magVerzoekBeslissen } = useDossier();
  const toestand = useToestandMetRegister(loaderData.register);
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const verzoek = verzoekId ? vindVerzoek(toestand, verzoekId) : null;
  if (!verzoek) return <p className="nl-paragraph">{t("rechten.verzoek_onbekend")}</p>;
  const g = verzoek.verzoek.gegevens;
  const stand = verzoekStand(verzoek);
  const nummer = vindRegistratie(toestand, verzoek.verzoek.gebeurtenisId)?.volgnummer ?? "?";
  const naam = (id: string) => vastleggingNaam(t, toestand.register, id);
  const titel = t("rechten.verzoek_kop", { nummer, soort: t(`keuze.verzoek_soort.${g.soort}`), naam: g.verzoeker });
  const correcties = g.vastleggingen.flatMap((id) =>
    (vindVastlegging(toestand, id)?.correcties ?? [])
      .filter((c) => c.gegevens.verzoek === verzoek.verzoek.gebeurtenisId)
      .map((c) => ({ doel: id, c })),
  );
  return (
    <div className="mw-stapel">
      <title>{`${titel} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{titel}</h2>
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("stap.opgeslagen")}</p>
        </div>
      ) : null}
      <p className="nl-paragraph">
        <strong>{t(`keuze.verzoek_stand.${stand}`)}</strong>
      </p>
      <section className="mw-kaart" aria-labelledby="verzoek-titel">
        <h3 id="verzoek-titel" className="nl-heading nl-heading--level-4">
          {t("rechten.het_verzoek")}
        </h3>
        <p className="mw-meta">
          {t("geschiedenis.wie_wanneer", {
            tijd: formatteerTijdstip(verzoek.verzoek.vastgelegdOp, taal),
            naam: verzoek.verzoek.vastgelegdDoor.naam,
            rol: t(`rol.${verzoek.verzoek.vastgelegdDoor.rol}`),
          })}
        </p>
        <GebeurtenisInhoud type="correctieverzoek_vastgelegd" gegevens={g} />
        <p className="nl-paragraph">{t("rechten.betreft", { lijst: g.vastleggingen.map(naam).join(", ") })}</p>
      </section>

      {verzoek.beslissing ? (
        <section className="mw-kaart" aria-labelledby="beslissing-titel">
          <h3 id="beslissing-titel" className="nl-heading nl-heading--level-4">
            {t("rechten.de_beslissing")}
          </h3>
          <p className="mw-meta">
            {t("geschiedenis.wie_wanneer", {
              tijd: formatteerTijdstip(verzoek.beslissing.vastgelegdOp, taal),
              naam: verzoek.beslissing.vastgelegdDoor.naam,
              rol: t(`rol.${verzoek.beslissing.vastgelegdDoor.rol}`),
            })}
          </p>
          <GebeurtenisInhoud type="correctieverzoek_beslist" gegevens={verzoek.beslissing.gegevens} />
        </section>
      ) : magVerzoekBeslissen ? (
        <section className="mw-stapel" aria-labelledby="beslissen-titel">
          <h3 id="beslissen-titel" className="nl-heading nl-heading--level-3">
            {t("rechten.beslissen")}
          </h3>
          <p className="nl-paragraph">
            {t("rechten.beslissen_uitleg", { datum: formatteerDatum(beslissenUiterlijk(g.datum), taal) })}
          </p>
          {g.soort === "verwijdering" ? <p className="nl-paragraph">{t("rechten.verwijdering_uitleg")}</p> : null}
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={toestand.versie} />
            <Keuzegroep
              naam="beslissing"
              soort="radio"
              legenda={t("veld.beslissing")}
              fout={fout("beslissing")}
              verplicht
              gekozen={[waarde("beslissing")]}
              opties={VERZOEK_BESLISSINGEN.map((b) => ({ waarde: b, label: t(`keuze.verzoek_beslissing.${b}`) }))}
            />
            <TekstGebied
              naam="reden"
              label={t("veld.reden_verzoek")}
              hint={t("hint.reden_verzoek")}
              waarde={waarde("reden")}
              fout={fout("reden")}
              verplicht
              rijen={4}
            />
            <Knop>{t("rechten.beslissen_knop")}</Knop>
          </Form>
        </section>
      ) : (
        <p className="nl-paragraph">
          {t("rechten.niet_beslissen", { datum: formatteerDatum(beslissenUiterlijk(g.datum), taal) })}
        </p>
      )}

      {stand === "verwijdering_open" ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("rechten.verwijdering_open")}</p>
        </div>
      ) : null}

      {stand === "correctie_te_maken" || stand === "gecorrigeerd" ? (
        <section className="mw-stapel" aria-labelledby="corrigeren-titel">
          <h3 id="corrigeren-titel" className="nl-heading nl-heading--level-3">
            {t("rechten.corrigeren")}
          </h3>
          <p className="nl-paragraph">{t("rechten.corrigeren_uitleg")}</p>
          <ul className="mw-lijst">
            {g.vastleggingen.map((id) => {
              const r = vindRegistratie(toestand, id);
              return (
                <li key={id}>
                  {r && CORRIGEERBAAR.includes(r.type) ? (
                    <Link
                      className="nl-link"
                      to={`/dossiers/${dossier.id}/correctie/${id}?verzoek=${verzoek.verzoek.gebeurtenisId}`}
                    >
                      {t("rechten.corrigeer", { naam: naam(id) })}
                    </Link>
                  ) : (
                    `${naam(id)}: ${t("rechten.niet_corrigeerbaar")}`
                  )}
                </li>
              );
            })}
          </ul>
          <h4 className="nl-heading nl-heading--level-4">{t("rechten.gemaakte_correcties")}</h4>
          {correcties.length === 0 ? (
            <p className="nl-paragraph">{t("rechten.nog_geen_correcties")}</p>
          ) : (
            <ul className="mw-lijst">
              {correcties.map(({ doel, c }) => (
                <li key={c.id}>
                  {t("rechten.correctie_regel", { nummer: c.volgnummer, naam: naam(doel), reden: c.gegevens.reden })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <TerugNaarRechten />
    </div>
  );
}
