import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-consultatie";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { CONSULTATIE_PARTNERS } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Vastleggingen } from "../components/vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("consultatie");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("consultatie_gehouden", f),
    (id) => `/dossiers/${id}/consultatie?opgeslagen=1`,
  );
}

export default function Consultatie({ loaderData: hulp }: Route.ComponentProps) {
  const { t } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const { toestand } = dossier;
  return (
    <div className="mw-stapel">
      <StapKop stap="consultatie" dossier={dossier} kennis={hulp.kennis} />
      <Vastleggingen
        titel={t("consultatie.vastgelegd")}
        type="consultatie_gehouden"
        items={toestand.consultaties}
        leeg={t("consultatie.leeg")}
      />
      {toestand.status === "open" ? (
        <section className="mw-stapel" aria-labelledby="consultatie-form-titel">
          <h3 id="consultatie-form-titel" className="nl-heading nl-heading--level-3">
            {t("consultatie.nieuw")}
          </h3>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={toestand.versie} />
            <Keuzegroep
              naam="met"
              soort="radio"
              legenda={t("veld.met_consultatie")}
              fout={fout("met")}
              verplicht
              gekozen={[waarde("met", "aandachtsfunctionaris")]}
              opties={CONSULTATIE_PARTNERS.map((m) => ({
                waarde: m,
                label: t(`keuze.consultatie_met.${m}`),
                hint: t(`keuze.consultatie_met_hint.${m}`),
              }))}
            />
            <TekstVeld
              naam="naam"
              label={t("veld.naam")}
              hint={t("hint.naam_consultatie")}
              waarde={waarde("naam")}
              fout={fout("naam")}
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
              naam="uitkomst"
              label={t("veld.uitkomst")}
              hint={t("hint.uitkomst")}
              waarde={waarde("uitkomst")}
              fout={fout("uitkomst")}
              verplicht
            />
            <TekstGebied
              naam="vervolgstap"
              label={t("veld.vervolgstap")}
              hint={t("hint.vervolgstap")}
              waarde={waarde("vervolgstap")}
              fout={fout("vervolgstap")}
              verplicht
              rijen={2}
            />
            <Keuzegroep
              naam="geanonimiseerd"
              soort="checkbox"
              legenda={t("consultatie.anoniem_vraag")}
              hint={t("hint.geanonimiseerd")}
              fout={fout("geanonimiseerd")}
              gekozen={waarden("geanonimiseerd")}
              opties={[{ waarde: "ja", label: t("veld.geanonimiseerd") }]}
            />
            <Knop>{t("consultatie.knop")}</Knop>
          </Form>
        </section>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
