import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { Route } from "./+types/dossier-besluit";
import { tekstVan, verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { adviesVoorBesluit } from "../../domain/afweging/afwegingskader.ts";
import { BESLUITEN } from "../../domain/dossier/keuzes.ts";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { FoutSamenvatting, Keuzegroep, Keuzelijst, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { Vastleggingen } from "../components/vastleggingen.tsx";
import { useDossier } from "../dossier-data.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => ({
      type: "besluit_genomen",
      gegevens: {
        besluit: tekstVan(f, "besluit"),
        genomenDoor: tekstVan(f, "genomenDoor"),
        toelichting: tekstVan(f, "toelichting"),
        afwijkingMotivering: tekstVan(f, "afwijkingMotivering"),
      },
    }),
    (id) => `/dossiers/${id}/besluit?opgeslagen=1`,
  );
}

export default function Besluit() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { toestand, eindverantwoordelijken } = dossier;
  const advies = adviesVoorBesluit(toestand.afweging);
  const namen = new Map(eindverantwoordelijken.map((p) => [p.id, p.naam]));
  return (
    <div className="mw-stapel">
      <StapKop stap="beslissen" dossier={dossier} />
      <section aria-labelledby="advies-titel" className="mw-paneel">
        <h3 id="advies-titel" className="nl-heading nl-heading--level-3">{t("besluit.advies_titel")}</h3>
        <AfwegingUitleg afweging={toestand.afweging} />
        <p className="nl-paragraph">
          <Link className="nl-link" to={`/dossiers/${dossier.dossier.id}/afweging`}>{t("besluit.naar_afweging")}</Link>
        </p>
      </section>
      <Vastleggingen
        titel={t("besluit.genomen")}
        type="besluit_genomen"
        items={toestand.besluiten.map((b) => ({ ...b, gegevens: { ...b.gegevens, genomenDoor: namen.get(b.gegevens.genomenDoor) ?? b.gegevens.genomenDoor } }))}
        leeg={t("besluit.leeg")}
      />
      {toestand.status === "open" ? (
        <section className="mw-stapel" aria-labelledby="besluit-form-titel">
          <h3 id="besluit-form-titel" className="nl-heading nl-heading--level-3">{t("besluit.nieuw")}</h3>
          <p className="nl-paragraph">{t("besluit.uitleg_wie")}</p>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={toestand.versie} />
            <Keuzegroep
              naam="besluit" soort="radio" legenda={t("veld.besluit")} fout={fout("besluit")} verplicht
              gekozen={[waarde("besluit", advies ?? "")]}
              opties={BESLUITEN.map((b) => ({ waarde: b, label: t(`keuze.besluit.${b}`), ...(b === advies ? { hint: t("besluit.volgt_uit_afweging") } : {}) }))}
            />
            <Keuzelijst
              naam="genomenDoor" label={t("veld.genomenDoor")} hint={t("hint.genomenDoor")} fout={fout("genomenDoor")} verplicht
              waarde={waarde("genomenDoor", eindverantwoordelijken.length === 1 ? (eindverantwoordelijken[0]?.id ?? "") : "")}
              leeg={t("besluit.kies_persoon")}
              opties={eindverantwoordelijken.map((p) => ({ waarde: p.id, label: p.naam }))}
            />
            <TekstGebied naam="toelichting" label={t("veld.toelichting_besluit")} hint={t("hint.toelichting_besluit")} waarde={waarde("toelichting")} fout={fout("toelichting")} verplicht />
            <TekstGebied naam="afwijkingMotivering" label={t("veld.afwijkingMotivering")} hint={t("hint.afwijkingMotivering")} waarde={waarde("afwijkingMotivering")} fout={fout("afwijkingMotivering")} />
            <Knop>{t("besluit.knop")}</Knop>
          </Form>
        </section>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
