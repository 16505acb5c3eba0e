import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Route } from "./+types/dossier-correctieverzoek";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { BETROKKENEN, VERZOEK_SOORTEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { VersieVeld } from "../components/stap-kop.tsx";
import { VastleggingKeuze } from "../components/vastlegging-keuze.tsx";
import { useDossier } from "../dossier-data.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "correctieverzoek_vastleggen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("correctieverzoek_vastgelegd", f),
    (id) => `/dossiers/${id}/rechten?opgeslagen=1`,
  );
}

/** Records a request for correction or removal as it came in; the decision follows on its own page. */
export default function CorrectieverzoekVastleggen() {
  const { t } = useTranslation();
  const { dossier, toestand, vandaag } = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${t("rechten.verzoek_vastleggen")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("rechten.verzoek_vastleggen")}</h2>
      <p className="nl-paragraph">{t("rechten.verzoek_uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
        <VersieVeld versie={toestand.versie} />
        <Keuzegroep
          naam="soort"
          soort="radio"
          legenda={t("veld.soort_verzoek")}
          fout={fout("soort")}
          verplicht
          gekozen={[waarde("soort", "correctie")]}
          opties={VERZOEK_SOORTEN.map((s) => ({
            waarde: s,
            label: t(`keuze.verzoek_soort.${s}`),
            hint: t(`keuze.verzoek_soort_hint.${s}`),
          }))}
        />
        <TekstVeld
          naam="verzoeker"
          label={t("veld.verzoeker")}
          hint={t("hint.gegevenDoor")}
          waarde={waarde("verzoeker")}
          fout={fout("verzoeker")}
          verplicht
        />
        <Keuzegroep
          naam="relatie"
          soort="radio"
          legenda={t("veld.relatie")}
          fout={fout("relatie")}
          verplicht
          gekozen={[waarde("relatie", "ouder")]}
          opties={BETROKKENEN.map((b) => ({ waarde: b, label: t(`keuze.betrokkene.${b}`) }))}
        />
        <TekstVeld
          naam="datum"
          type="date"
          max={vandaag}
          label={t("veld.datum_verzoek")}
          waarde={waarde("datum", vandaag)}
          fout={fout("datum")}
          verplicht
        />
        <VastleggingKeuze
          naam="vastleggingen"
          legenda={t("veld.vastleggingen")}
          fout={fout("vastleggingen")}
          gekozen={waarden("vastleggingen")}
          toestand={toestand}
          verplicht
        />
        <TekstGebied
          naam="onderdelen"
          label={t("veld.onderdelen")}
          hint={t("hint.onderdelen")}
          waarde={waarde("onderdelen")}
          fout={fout("onderdelen")}
          rijen={2}
        />
        <TekstGebied
          naam="gevraagd"
          label={t("veld.gevraagd")}
          hint={t("hint.gevraagd")}
          waarde={waarde("gevraagd")}
          fout={fout("gevraagd")}
          verplicht
          rijen={5}
        />
        <Knop>{t("rechten.verzoek_knop")}</Knop>
      </Form>
      <p className="nl-paragraph">
        <Link className="nl-link" to={`/dossiers/${dossier.id}/rechten`}>
          {t("rechten.terug")}
        </Link>
      </p>
    </div>
  );
}
