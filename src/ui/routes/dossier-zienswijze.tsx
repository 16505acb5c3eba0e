import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Route } from "./+types/dossier-zienswijze";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { BETROKKENEN, ZIENSWIJZE_WIJZEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { VersieVeld } from "../components/stap-kop.tsx";
import { VastleggingKeuze } from "../components/vastlegging-keuze.tsx";
import { useDossier } from "../dossier-data.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "zienswijze_toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("zienswijze_toegevoegd", f),
    (id) => `/dossiers/${id}/rechten?opgeslagen=1`,
  );
}

/** Adds the family's or client's own view to the dossier, in their words, beside the entries it concerns. */
export default function ZienswijzeToevoegen() {
  const { t } = useTranslation();
  const { dossier, toestand, vandaag } = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${t("rechten.zienswijze_toevoegen")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("rechten.zienswijze_toevoegen")}</h2>
      <p className="nl-paragraph">{t("rechten.zienswijze_uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
        <VersieVeld versie={toestand.versie} />
        <TekstVeld
          naam="gegevenDoor"
          label={t("veld.gegevenDoor")}
          hint={t("hint.gegevenDoor")}
          waarde={waarde("gegevenDoor")}
          fout={fout("gegevenDoor")}
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
          label={t("veld.datum_zienswijze")}
          waarde={waarde("datum", vandaag)}
          fout={fout("datum")}
          verplicht
        />
        <Keuzegroep
          naam="wijze"
          soort="radio"
          legenda={t("veld.wijze_zienswijze")}
          fout={fout("wijze")}
          verplicht
          gekozen={[waarde("wijze", "schriftelijk")]}
          opties={ZIENSWIJZE_WIJZEN.map((w) => ({ waarde: w, label: t(`keuze.zienswijze_wijze.${w}`) }))}
        />
        <TekstVeld
          naam="opgeschrevenDoor"
          label={t("veld.opgeschrevenDoor")}
          hint={t("hint.opgeschrevenDoor")}
          waarde={waarde("opgeschrevenDoor")}
          fout={fout("opgeschrevenDoor")}
        />
        <TekstGebied
          naam="zienswijze"
          label={t("veld.zienswijze")}
          hint={t("hint.zienswijze")}
          waarde={waarde("zienswijze")}
          fout={fout("zienswijze")}
          verplicht
          rijen={8}
        />
        <VastleggingKeuze
          naam="betreft"
          legenda={t("veld.betreft")}
          hint={t("hint.betreft")}
          fout={fout("betreft")}
          gekozen={waarden("betreft")}
          toestand={toestand}
        />
        <Knop>{t("rechten.zienswijze_knop")}</Knop>
      </Form>
      <p className="nl-paragraph">
        <Link className="nl-link" to={`/dossiers/${dossier.id}/rechten`}>
          {t("rechten.terug")}
        </Link>
      </p>
    </div>
  );
}
