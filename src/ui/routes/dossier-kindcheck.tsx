import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-kindcheck";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { KINDCHECK_AANLEIDINGEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Vastleggingen } from "../components/vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("kindcheck");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) =>
      f.get("bedoeling") === "niet_van_toepassing"
        ? stapInvoer("stap_niet_van_toepassing", f, { stap: "kindcheck" })
        : stapInvoer("kindcheck_uitgevoerd", f),
    (id) => `/dossiers/${id}/kindcheck?opgeslagen=1`,
  );
}

export default function Kindcheck({ loaderData: hulp }: Route.ComponentProps) {
  const { t } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const { toestand } = dossier;
  const open = toestand.status === "open";
  const niet = toestand.nietVanToepassing.filter((n) => n.gegevens.stap === "kindcheck");
  return (
    <div className="mw-stapel">
      <StapKop stap="kindcheck" dossier={dossier} kennis={hulp.kennis} />
      <section aria-labelledby="kindcheck-uitleg" className="mw-stapel">
        <h3 id="kindcheck-uitleg" className="nl-heading nl-heading--level-3">
          {t("kindcheck.wat_is_het")}
        </h3>
        <p className="nl-paragraph">{hulp.kindcheckHulp.uitleg}</p>
        <dl className="mw-gegevens">
          {hulp.kindcheckHulp.aanleidingen.map((a) => (
            <div key={a.id} className="mw-dl-rij">
              <dt>{a.titel}</dt>
              <dd>{a.uitleg}</dd>
            </div>
          ))}
        </dl>
        <p className="nl-paragraph">{hulp.kindcheckHulp.vervolg}</p>
      </section>
      <Vastleggingen
        titel={t("kindcheck.vastgelegd")}
        type="kindcheck_uitgevoerd"
        items={toestand.kindcheck ? [toestand.kindcheck] : []}
        leeg={t("kindcheck.leeg")}
      />
      {niet.length > 0 ? (
        <Vastleggingen
          titel={t("kindcheck.niet_van_toepassing")}
          type="stap_niet_van_toepassing"
          items={niet}
          leeg=""
        />
      ) : null}
      {open ? (
        <>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form
            key={toestand.versie}
            method="post"
            className="mw-formulier"
            noValidate
            aria-labelledby="kindcheck-form-titel"
          >
            <h3 id="kindcheck-form-titel" className="nl-heading nl-heading--level-3">
              {t("kindcheck.formulier")}
            </h3>
            <VersieVeld versie={toestand.versie} />
            <input type="hidden" name="bedoeling" value="uitgevoerd" />
            <Keuzegroep
              naam="aanleidingen"
              soort="checkbox"
              legenda={t("veld.aanleidingen")}
              fout={fout("aanleidingen")}
              gekozen={waarden("aanleidingen")}
              opties={KINDCHECK_AANLEIDINGEN.map((a) => ({ waarde: a, label: t(`keuze.kindcheck_aanleiding.${a}`) }))}
            />
            <Keuzegroep
              naam="kinderenAanwezig"
              soort="radio"
              legenda={t("veld.kinderenAanwezig")}
              fout={fout("kinderenAanwezig")}
              verplicht
              gekozen={[waarde("kinderenAanwezig")]}
              opties={(["ja", "nee", "onbekend"] as const).map((w) => ({
                waarde: w,
                label: t(`keuze.kinderenAanwezig.${w}`),
              }))}
            />
            <TekstGebied
              naam="kinderen"
              label={t("veld.kinderen")}
              hint={t("hint.kinderen")}
              waarde={waarde("kinderen")}
              fout={fout("kinderen")}
            />
            <TekstGebied
              naam="veiligheid"
              label={t("veld.veiligheid")}
              hint={t("hint.veiligheid")}
              waarde={waarde("veiligheid")}
              fout={fout("veiligheid")}
              verplicht
            />
            <TekstGebied
              naam="vervolg"
              label={t("veld.vervolg")}
              hint={t("hint.optioneel")}
              waarde={waarde("vervolg")}
              fout={fout("vervolg")}
            />
            <Knop>{t("kindcheck.knop")}</Knop>
          </Form>
          <Form
            key={toestand.versie}
            method="post"
            className="mw-formulier"
            noValidate
            aria-labelledby="kindcheck-nvt-titel"
          >
            <h3 id="kindcheck-nvt-titel" className="nl-heading nl-heading--level-3">
              {t("kindcheck.nvt_formulier")}
            </h3>
            <VersieVeld versie={toestand.versie} />
            <input type="hidden" name="bedoeling" value="niet_van_toepassing" />
            <TekstGebied
              naam="reden"
              label={t("veld.reden")}
              hint={t("hint.kindcheck_nvt")}
              waarde={waarde("reden")}
              fout={fout("reden")}
              verplicht
              rijen={2}
            />
            <Knop soort="secondary">{t("kindcheck.nvt_knop")}</Knop>
          </Form>
        </>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
