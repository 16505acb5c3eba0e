import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/dossier-nieuw";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { openDossier } from "../../app/dossier/voeg-gebeurtenis-toe.ts";
import { AANLEIDINGEN } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossier_aanmaken"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  await vereisIngelogd(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    const id = await openDossier(runtime, wie, {
      werknaam: tekstVan(formulier, "werknaam"),
      geboortedatum: tekstVan(formulier, "geboortedatum"),
      aanleiding: tekstVan(formulier, "aanleiding"),
      omschrijving: tekstVan(formulier, "omschrijving"),
    });
    return redirect(`/dossiers/${id}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function NieuwDossier() {
  const { t } = useTranslation();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${t("nieuw.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("nieuw.titel")}</h1>
      <p className="nl-paragraph">{t("nieuw.uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <TekstVeld naam="werknaam" label={t("veld.werknaam")} hint={t("hint.werknaam")} waarde={waarde("werknaam")} fout={fout("werknaam")} verplicht />
        <TekstVeld naam="geboortedatum" type="date" label={t("veld.geboortedatum")} hint={t("hint.optioneel")} waarde={waarde("geboortedatum")} fout={fout("geboortedatum")} />
        <Keuzegroep
          naam="aanleiding"
          soort="radio"
          legenda={t("veld.aanleiding")}
          fout={fout("aanleiding")}
          verplicht
          gekozen={[waarde("aanleiding", "zorg_om_kind")]}
          opties={AANLEIDINGEN.map((a) => ({ waarde: a, label: t(`keuze.aanleiding.${a}`), hint: t(`keuze.aanleiding_hint.${a}`) }))}
        />
        <TekstGebied naam="omschrijving" label={t("veld.omschrijving")} hint={t("hint.omschrijving")} waarde={waarde("omschrijving")} fout={fout("omschrijving")} verplicht />
        <Knop>{t("nieuw.knop")}</Knop>
      </Form>
    </div>
  );
}
