import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-afsluiten";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { SLUITREDENEN } from "../../domain/dossier/keuzes.ts";
import { bewaarTot } from "../../domain/organisatie/bewaartermijn.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";
import { useDossier } from "../dossier-data.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer(f.get("bedoeling") === "heropenen" ? "dossier_heropend" : "dossier_afgesloten", f),
    (id) => `/dossiers/${id}`,
  );
}

export default function Afsluiten() {
  const { t, taal } = useT();
  const { toestand, takenlijst, dossier, vandaag, bewaarjaren } = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const open = toestand.status === "open";
  const nogOpen = takenlijst.filter((s) => s.ontbreekt.length > 0);
  return (
    <div className="mw-stapel">
      <title>{`${t(open ? "afsluiten.titel" : "afsluiten.heropenen_titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t(open ? "afsluiten.titel" : "afsluiten.heropenen_titel")}</h2>
      <p className="nl-paragraph">{t(open ? "afsluiten.uitleg" : "afsluiten.heropenen_uitleg")}</p>
      {open && nogOpen.length > 0 ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("afsluiten.nog_open")}</p>
          <ul>
            {nogOpen.map((s) => (
              <li key={s.stap}>{`${t(`stap.${s.stap}.titel`)}: ${s.ontbreekt.map((k) => t(k)).join(" ")}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
        <input type="hidden" name="versie" value={toestand.versie} />
        <input type="hidden" name="bedoeling" value={open ? "afsluiten" : "heropenen"} />
        {open ? (
          <Keuzegroep
            naam="sluitreden"
            soort="radio"
            legenda={t("veld.sluitreden")}
            fout={fout("sluitreden")}
            verplicht
            gekozen={[waarde("sluitreden")]}
            opties={SLUITREDENEN.map((r) => ({ waarde: r, label: t(`keuze.sluitreden.${r}`) }))}
          />
        ) : null}
        {open ? (
          <p className="nl-paragraph">
            {t("afsluiten.bewaartermijn", {
              datum: formatteerDatum(bewaarTot(vandaag, bewaarjaren), taal),
              jaren: bewaarjaren,
            })}
          </p>
        ) : null}
        <TekstGebied
          naam="reden"
          label={t("veld.reden")}
          hint={t(open ? "hint.reden_afsluiten" : "hint.reden_heropenen")}
          waarde={waarde("reden")}
          fout={fout("reden")}
          verplicht
          rijen={3}
        />
        <Knop>{t(open ? "afsluiten.knop" : "afsluiten.heropenen_knop")}</Knop>
      </Form>
    </div>
  );
}
