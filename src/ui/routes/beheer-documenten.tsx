import { useT } from "../vertaling.tsx";
import { data, Form, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer-documenten";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import {
  documentenVanOrganisatie,
  verwijderOrganisatieDocument,
  voegOrganisatieDocumentToe,
} from "../../app/organisatie/documenten.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { STAPPEN } from "../../domain/dossier/keuzes.ts";
import { MAX_DOCUMENTEN_PER_STAP } from "../../domain/organisatie/documenten.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { FoutSamenvatting, Keuzelijst, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["organisatie_beheren"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!kanAlgemeen(persoonVan(wie), "organisatie_beheren")) throw data(null, { status: 403 });
  return { documenten: await ofFoutpagina(documentenVanOrganisatie(runtime, wie)) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const f = await leesFormulier(request);
  try {
    if (tekstVan(f, "bedoeling") === "verwijderen") {
      await verwijderOrganisatieDocument(runtime, wie, tekstVan(f, "id"));
      return redirect("/beheer/documenten?verwijderd=1");
    }
    await voegOrganisatieDocumentToe(runtime, wie, {
      stap: tekstVan(f, "stap"),
      titel: tekstVan(f, "titel"),
      url: tekstVan(f, "url"),
    });
    return redirect("/beheer/documenten?toegevoegd=1");
  } catch (fout) {
    return formulierFout(fout, waardenVan(f));
  }
}

/** The beheerder's page for the documents beside each step: the organisation's own protocol, forms, afwegingskaders. */
export default function BeheerDocumenten({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const [zoek] = useSearchParams();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { documenten } = loaderData;
  const bevestiging = zoek.get("toegevoegd")
    ? t("documenten.toegevoegd")
    : zoek.get("verwijderd")
      ? t("documenten.verwijderd")
      : null;
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("documenten.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("documenten.titel")}</h1>
      <p className="nl-paragraph">{t("documenten.uitleg", { max: MAX_DOCUMENTEN_PER_STAP })}</p>
      {bevestiging ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{bevestiging}</p>
        </div>
      ) : null}
      {STAPPEN.map((stap) => {
        const bijStap = documenten.filter((d) => d.stap === stap);
        return (
          <section key={stap} aria-labelledby={`documenten-${stap}`} className="mw-stapel">
            <h2 id={`documenten-${stap}`} className="nl-heading nl-heading--level-2">
              {t(`stap.${stap}.titel`)}
            </h2>
            {bijStap.length === 0 ? (
              <p className="nl-paragraph">{t("documenten.geen")}</p>
            ) : (
              <ul className="mw-lijst">
                {bijStap.map((d) => (
                  <li key={d.id} className="mw-document">
                    <a className="nl-link" href={d.url} rel="noopener noreferrer">
                      {d.titel}
                    </a>
                    <Form method="post" className="mw-inline">
                      <input type="hidden" name="bedoeling" value="verwijderen" />
                      <input type="hidden" name="id" value={d.id} />
                      <button
                        type="submit"
                        className="utrecht-button utrecht-button--secondary-action"
                        aria-label={t("documenten.verwijder_label", { titel: d.titel })}
                      >
                        {t("documenten.verwijder")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate aria-labelledby="document-nieuw">
        <h2 id="document-nieuw" className="nl-heading nl-heading--level-2">
          {t("documenten.nieuw")}
        </h2>
        <input type="hidden" name="bedoeling" value="toevoegen" />
        <Keuzelijst
          naam="stap"
          label={t("documenten.bij_stap")}
          waarde={waarde("stap", "signalen")}
          fout={fout("stap")}
          verplicht
          opties={STAPPEN.map((s) => ({ waarde: s, label: t(`stap.${s}.titel`) }))}
        />
        <TekstVeld
          naam="titel"
          label={t("documenten.titel_veld")}
          hint={t("documenten.titel_hint")}
          waarde={waarde("titel")}
          fout={fout("titel")}
          verplicht
        />
        <TekstVeld
          naam="url"
          label={t("documenten.url")}
          hint={t("documenten.url_hint")}
          waarde={waarde("url")}
          fout={fout("url")}
          verplicht
        />
        <Knop>{t("documenten.knop")}</Knop>
      </Form>
    </div>
  );
}
