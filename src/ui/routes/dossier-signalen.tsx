import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-signalen";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { BIJZONDERE_ROUTES } from "../../domain/kennis/keuzes.ts";
import { BRONNEN, SIGNAAL_SOORTEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Tijdlijn } from "../components/tijdlijn.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("signalen");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("signaal_vastgelegd", f),
    (id) => `/dossiers/${id}/signalen?opgeslagen=1`,
  );
}

export default function Signalen({ loaderData: hulp }: Route.ComponentProps) {
  const { t } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const open = dossier.toestand.status === "open";
  return (
    <div className="mw-stapel">
      <StapKop stap="signalen" dossier={dossier} kennis={hulp.kennis} />
      <section aria-labelledby="tijdlijn-titel">
        <h3 id="tijdlijn-titel" className="nl-heading nl-heading--level-3">
          {t("tijdlijn.titel")}
        </h3>
        <Tijdlijn tijdlijn={dossier.tijdlijn} />
      </section>
      <section aria-labelledby="nieuw-signaal-titel" className="mw-stapel">
        <h3 id="nieuw-signaal-titel" className="nl-heading nl-heading--level-3">
          {t("signalen.nieuw")}
        </h3>
        {open ? (
          <>
            <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
            <Form key={dossier.toestand.versie} method="post" className="mw-formulier" noValidate>
              <VersieVeld versie={dossier.toestand.versie} />
              <Keuzegroep
                naam="soort"
                soort="radio"
                legenda={t("veld.soort")}
                fout={fout("soort")}
                verplicht
                gekozen={[waarde("soort", "signaal")]}
                opties={SIGNAAL_SOORTEN.map((s) => ({
                  waarde: s,
                  label: t(`keuze.soort.${s}`),
                  hint: t(`keuze.soort_hint.${s}`),
                }))}
              />
              <TekstGebied
                naam="waarneming"
                label={t("veld.waarneming")}
                hint={t("hint.waarneming")}
                waarde={waarde("waarneming")}
                fout={fout("waarneming")}
                verplicht
              />
              <TekstVeld
                naam="datumWaarneming"
                type="date"
                max={dossier.vandaag}
                label={t("veld.datumWaarneming")}
                waarde={waarde("datumWaarneming", dossier.vandaag)}
                fout={fout("datumWaarneming")}
                verplicht
              />
              <TekstVeld
                naam="plaats"
                label={t("veld.plaats")}
                hint={t("hint.optioneel")}
                waarde={waarde("plaats")}
                fout={fout("plaats")}
              />
              <TekstVeld
                naam="waargenomenDoor"
                label={t("veld.waargenomenDoor")}
                hint={t("hint.waargenomenDoor")}
                waarde={waarde("waargenomenDoor")}
                fout={fout("waargenomenDoor")}
                verplicht
              />
              <Keuzegroep
                naam="bron"
                soort="radio"
                legenda={t("veld.bron")}
                fout={fout("bron")}
                verplicht
                gekozen={[waarde("bron", "eigen_waarneming")]}
                opties={BRONNEN.map((b) => ({ waarde: b, label: t(`keuze.bron.${b}`) }))}
              />
              <TekstGebied
                naam="interpretatie"
                label={t("veld.interpretatie")}
                hint={t("hint.interpretatie")}
                waarde={waarde("interpretatie")}
                fout={fout("interpretatie")}
              />
              <Keuzegroep
                naam="disclosure"
                soort="checkbox"
                legenda={t("signalen.disclosure_vraag")}
                hint={t("hint.disclosure")}
                fout={fout("disclosure")}
                gekozen={waarden("disclosure")}
                opties={[{ waarde: "ja", label: t("veld.disclosure") }]}
              />
              <Keuzegroep
                naam="bijzondereVormen"
                soort="checkbox"
                legenda={t("signalen.bijzonder_vraag")}
                hint={t("hint.bijzondereVormen")}
                fout={fout("bijzondereVormen")}
                gekozen={waarden("bijzondereVormen")}
                opties={BIJZONDERE_ROUTES.map((v) => ({ waarde: v, label: t(`keuze.bijzondere_vorm.${v}`) }))}
              />
              <Keuzegroep
                naam="dreigingAcuut"
                soort="checkbox"
                legenda={t("signalen.acuut_vraag")}
                hint={t("hint.dreigingAcuut")}
                fout={fout("dreigingAcuut")}
                gekozen={waarden("dreigingAcuut")}
                opties={[{ waarde: "ja", label: t("veld.dreigingAcuut") }]}
              />
              <Knop>{t("signalen.knop")}</Knop>
            </Form>
          </>
        ) : (
          <GeslotenMelding />
        )}
      </section>
    </div>
  );
}
