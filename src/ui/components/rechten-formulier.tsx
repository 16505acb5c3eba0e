import { useT } from "../vertaling.tsx";
import { Form, Link } from "react-router";
import { BETROKKENEN } from "../../domain/dossier/keuzes.ts";
import { useDossier } from "../dossier-data.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstVeld, useFormulier } from "./formulier.tsx";
import { VersieVeld } from "./stap-kop.tsx";

/**
 * The frame of a form on the family's rights (decision 0049): a correction request, a view. Title, heading,
 * explanation, the error summary, the form with the version it was read at, and the way back to the rights.
 */
export function RechtenFormulier({
  titel,
  uitleg,
  knop,
  children,
}: {
  titel: string;
  uitleg: string;
  knop: string;
  children: React.ReactNode;
}) {
  const { t } = useT();
  const { dossier, toestand } = useDossier();
  const { antwoord, fouten } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${titel} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{titel}</h2>
      <p className="nl-paragraph">{uitleg}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form key={toestand.versie} method="post" className="mw-formulier" noValidate>
        <VersieVeld versie={toestand.versie} />
        {children}
        <Knop>{knop}</Knop>
      </Form>
      <TerugNaarRechten />
    </div>
  );
}

/** The way back from a page of the family's rights to their overview. */
export function TerugNaarRechten() {
  const { t } = useT();
  const { dossier } = useDossier();
  return (
    <p className="nl-paragraph">
      <Link className="nl-link" to={`/dossiers/${dossier.id}/rechten`}>
        {t("rechten.terug")}
      </Link>
    </p>
  );
}

/**
 * Who brought it in and when: the person (a parent, the child, another), how they relate to the child, and
 * the date it came in (not after today).
 */
export function IngebrachtDoor({ naam, label, datumLabel }: { naam: string; label: string; datumLabel: string }) {
  const { t } = useT();
  const { vandaag } = useDossier();
  const { fout, waarde } = useFormulier();
  return (
    <>
      <TekstVeld
        naam={naam}
        label={label}
        hint={t("hint.gegevenDoor")}
        waarde={waarde(naam)}
        fout={fout(naam)}
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
        label={datumLabel}
        waarde={waarde("datum", vandaag)}
        fout={fout("datum")}
        verplicht
      />
    </>
  );
}
