import { useT } from "../vertaling.tsx";
import { Form, Link } from "react-router";
import type { Route } from "./+types/dossier-besluit";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { adviesVoorBesluit } from "../../domain/afweging/afwegingskader.ts";
import { BESLUITEN } from "../../domain/dossier/keuzes.ts";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { Besluiten, Voorstel } from "../components/besluiten.tsx";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("beslissen");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/**
 * One form, two events: the page offers a decider the decision and anyone else a proposal (the
 * hidden `soort`). The domain decides who may record which, whatever the form says.
 */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer(f.get("soort") === "voorstel" ? "besluit_voorgesteld" : "besluit_genomen", f),
    (id) => `/dossiers/${id}/besluit?opgeslagen=1`,
  );
}

export default function Besluit({ loaderData: hulp }: Route.ComponentProps) {
  const { t } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { toestand, eindverantwoordelijken, beslisserNamen, magBesluiten, beslissers } = dossier;
  const advies = adviesVoorBesluit(toestand.afweging);
  const namen = new Map([
    ...eindverantwoordelijken.map((p) => [p.id, p.naam] as const),
    ...Object.entries(beslisserNamen),
  ]);
  const open = toestand.openVoorstel;
  // A decider starts from the waiting proposal: confirming it is sending the form as it stands.
  const start = magBesluiten && open ? open.gegevens : null;
  const wie = eindverantwoordelijken.map((p) => p.naam).join(", ");
  return (
    <div className="mw-stapel">
      <StapKop stap="beslissen" dossier={dossier} kennis={hulp.kennis} />
      <section aria-labelledby="advies-titel" className="mw-paneel">
        <h3 id="advies-titel" className="nl-heading nl-heading--level-3">
          {t("besluit.advies_titel")}
        </h3>
        <AfwegingUitleg afweging={toestand.afweging} />
        <p className="nl-paragraph">
          <Link className="nl-link" to={`/dossiers/${dossier.dossier.id}/afweging`}>
            {t("besluit.naar_afweging")}
          </Link>
        </p>
      </section>
      {open ? <Voorstel voorstel={open} titel={t("besluit.voorstel_wacht")} /> : null}
      <Besluiten toestand={toestand} namen={namen} />
      {toestand.status === "open" ? (
        <section className="mw-stapel" aria-labelledby="besluit-form-titel">
          <h3 id="besluit-form-titel" className="nl-heading nl-heading--level-3">
            {magBesluiten ? t(open ? "besluit.nieuw_bij_voorstel" : "besluit.nieuw") : t("besluit.voorstel_nieuw")}
          </h3>
          <p className="nl-paragraph">
            {magBesluiten
              ? t(open ? "besluit.uitleg_bevestigen" : "besluit.uitleg_beslisser")
              : t(
                  beslissers.includes("aandachtsfunctionaris")
                    ? "besluit.uitleg_voorstel_met_af"
                    : "besluit.uitleg_voorstel",
                  { namen: wie || t("besluit.geen_eindverantwoordelijke") },
                )}
          </p>
          {!magBesluiten && open ? <p className="nl-paragraph">{t("besluit.vervangt_voorstel")}</p> : null}
          <p className="nl-paragraph">{t("besluit.uitleg_afwijking")}</p>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={toestand.versie} />
            <input type="hidden" name="soort" value={magBesluiten ? "besluit" : "voorstel"} />
            <Keuzegroep
              naam="besluit"
              soort="radio"
              legenda={t("veld.besluit")}
              fout={fout("besluit")}
              verplicht
              gekozen={[waarde("besluit", start?.besluit ?? advies ?? "")]}
              opties={BESLUITEN.map((b) => ({
                waarde: b,
                label: t(`keuze.besluit.${b}`),
                ...(b === advies || (open && b === open.gegevens.besluit)
                  ? {
                      hint: [
                        b === advies ? t("besluit.volgt_uit_afweging") : "",
                        open && b === open.gegevens.besluit ? t("besluit.is_voorgesteld") : "",
                      ]
                        .filter(Boolean)
                        .join(" "),
                    }
                  : {}),
              }))}
            />
            <TekstGebied
              naam="toelichting"
              label={t("veld.toelichting_besluit")}
              hint={t("hint.toelichting_besluit")}
              waarde={waarde("toelichting", start?.toelichting ?? "")}
              fout={fout("toelichting")}
              verplicht
            />
            <TekstGebied
              naam="afwijkingMotivering"
              label={t("veld.afwijkingMotivering")}
              hint={t("hint.afwijkingMotivering")}
              waarde={waarde("afwijkingMotivering", start?.afwijkingMotivering ?? "")}
              fout={fout("afwijkingMotivering")}
            />
            {magBesluiten && open ? (
              <TekstGebied
                naam="wijzigingReden"
                label={t("veld.wijzigingReden")}
                hint={t("hint.wijzigingReden")}
                waarde={waarde("wijzigingReden")}
                fout={fout("wijzigingReden")}
              />
            ) : null}
            <Knop>
              {magBesluiten ? t(open ? "besluit.knop_bij_voorstel" : "besluit.knop") : t("besluit.knop_voorstel")}
            </Knop>
          </Form>
        </section>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
