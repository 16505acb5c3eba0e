import { useT } from "../vertaling.tsx";
import { Link, useSearchParams } from "react-router";
import { beslissenUiterlijk, verzoekStand } from "../../domain/dossier/rechten.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";
import { vastleggingNaam } from "../components/vastlegging-naam.ts";
import { Zienswijze } from "../components/zienswijzen-bij.tsx";
import type { Route } from "./+types/dossier-rechten";
import { herlaadNaConflict, useDossier } from "../dossier-data.ts";
import { registerLoader } from "../register.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

/**
 * The family's rights over this record: their requests for correction or removal with where each
 * stands, and their own views. Recording happens on the pages linked from here.
 */
/** The register, to name the entries (decision 0082); the rest of the dossier comes from the layout (`useDossier`). */
export const loader = registerLoader;

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

export default function Rechten({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const [zoek] = useSearchParams();
  const { dossier, toestand } = useDossier();
  const basis = `/dossiers/${dossier.id}/rechten`;
  const { register } = loaderData;
  const naam = (id: string) => vastleggingNaam(t, register, id);
  return (
    <div className="mw-stapel">
      <title>{`${t("rechten.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("rechten.titel")}</h2>
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("stap.opgeslagen")}</p>
        </div>
      ) : null}
      <p className="nl-paragraph">{t("rechten.uitleg")}</p>
      <ul className="mw-rij mw-lijst-kaal">
        <li>
          <Link className="nl-link" to={`${basis}/zienswijze`}>
            {t("rechten.zienswijze_toevoegen")}
          </Link>
        </li>
        <li>
          <Link className="nl-link" to={`${basis}/verzoek`}>
            {t("rechten.verzoek_vastleggen")}
          </Link>
        </li>
      </ul>

      <section aria-labelledby="verzoeken-titel" className="mw-stapel">
        <h3 id="verzoeken-titel" className="nl-heading nl-heading--level-3">
          {t("rechten.verzoeken")}
        </h3>
        {toestand.correctieverzoeken.length === 0 ? (
          <p className="nl-paragraph">{t("rechten.geen_verzoeken")}</p>
        ) : (
          <ul className="mw-lijst-zonder-punt">
            {toestand.correctieverzoeken.map((v) => {
              const g = v.verzoek.gegevens;
              const stand = verzoekStand(v);
              const nummer = register.get(v.verzoek.gebeurtenisId)?.volgnummer ?? "?";
              return (
                <li key={v.verzoek.gebeurtenisId} className="mw-kaart">
                  <h4 className="nl-heading nl-heading--level-4">
                    {t("rechten.verzoek_kop", {
                      nummer,
                      soort: t(`keuze.verzoek_soort.${g.soort}`),
                      naam: g.verzoeker,
                    })}
                  </h4>
                  <p className="nl-paragraph">
                    <strong>{t(`keuze.verzoek_stand.${stand}`)}</strong>
                    {stand === "te_beslissen"
                      ? ` · ${t("rechten.uiterlijk", { datum: formatteerDatum(beslissenUiterlijk(g.datum), taal) })}`
                      : ""}
                  </p>
                  <p className="mw-meta">
                    {t("rechten.ontvangen", {
                      datum: formatteerDatum(g.datum, taal),
                      relatie: t(`keuze.betrokkene.${g.relatie}`),
                    })}
                  </p>
                  <p className="nl-paragraph">
                    {t("rechten.betreft", { lijst: g.vastleggingen.map(naam).join(", ") })}
                  </p>
                  <p className="nl-paragraph">
                    <Link className="nl-link" to={`${basis}/verzoek/${v.verzoek.gebeurtenisId}`}>
                      {stand === "te_beslissen" ? t("rechten.naar_beslissen") : t("rechten.naar_verzoek")}
                      <span className="mw-visueel-verborgen">{` ${t("geschiedenis.nummer", { nummer })}`}</span>
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="zienswijzen-titel" className="mw-stapel">
        <h3 id="zienswijzen-titel" className="nl-heading nl-heading--level-3">
          {t("rechten.zienswijzen")}
        </h3>
        {toestand.zienswijzen.length === 0 ? (
          <p className="nl-paragraph">{t("rechten.geen_zienswijzen")}</p>
        ) : (
          <ul className="mw-lijst-zonder-punt">
            {toestand.zienswijzen.map((z) => (
              <li key={z.gebeurtenisId}>
                <Zienswijze z={z} />
                <p className="mw-meta">
                  {z.gegevens.betreft.length > 0
                    ? t("rechten.betreft", { lijst: z.gegevens.betreft.map(naam).join(", ") })
                    : t("rechten.betreft_geheel")}
                  {" · "}
                  {t("rechten.toegevoegd_door", { naam: z.vastgelegdDoor.naam })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
