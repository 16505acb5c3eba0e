import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-acuut";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { ACUUT_CONTACTEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, VersieVeld } from "../components/stap-kop.tsx";
import { GebeurtenisInhoud } from "../components/gebeurtenis-inhoud.tsx";
import { useDossier } from "../dossier-data.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("acuut_contact", f),
    (id) => `/dossiers/${id}/acuut?opgeslagen=1`,
  );
}

/** Recording afterwards a call made in acute danger; the call itself never waits for this form. */
export default function Acuut() {
  const { t, taal } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const open = dossier.toestand.status === "open";
  return (
    <div className="mw-stapel">
      <title>{`${t("acuut.pagina_titel")} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("acuut.pagina_titel")}</h2>
      <p className="nl-paragraph">{t("acuut.pagina_uitleg")}</p>
      {dossier.toestand.acuteContacten.length > 0 ? (
        <section aria-labelledby="acuut-eerder" className="mw-stapel">
          <h3 id="acuut-eerder" className="nl-heading nl-heading--level-3">
            {t("acuut.eerder")}
          </h3>
          {dossier.toestand.acuteContacten.map((c) => (
            <article key={c.gebeurtenisId} className="mw-kaart">
              <p className="mw-meta">{`${formatteerTijdstip(c.vastgelegdOp, taal)} · ${c.vastgelegdDoor.naam}`}</p>
              <GebeurtenisInhoud type="acuut_contact" gegevens={c.gegevens} />
            </article>
          ))}
        </section>
      ) : null}
      {open ? (
        <>
          <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
          <Form key={dossier.toestand.versie} method="post" className="mw-formulier" noValidate>
            <VersieVeld versie={dossier.toestand.versie} />
            <Keuzegroep
              naam="met"
              soort="radio"
              legenda={t("veld.met_acuut")}
              fout={fout("met")}
              verplicht
              gekozen={[waarde("met")]}
              opties={ACUUT_CONTACTEN.map((m) => ({ waarde: m, label: t(`keuze.acuut_met.${m}`) }))}
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
            <TekstVeld
              naam="tijd"
              label={t("veld.tijd")}
              hint={t("hint.tijd")}
              waarde={waarde("tijd")}
              fout={fout("tijd")}
              verplicht
            />
            <TekstGebied
              naam="situatie"
              label={t("veld.situatie")}
              hint={t("hint.situatie")}
              waarde={waarde("situatie")}
              fout={fout("situatie")}
              verplicht
            />
            <TekstGebied
              naam="afspraken"
              label={t("veld.afspraken_acuut")}
              hint={t("hint.afspraken_acuut")}
              waarde={waarde("afspraken")}
              fout={fout("afspraken")}
              verplicht
            />
            <Knop>{t("acuut.knop")}</Knop>
          </Form>
        </>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
