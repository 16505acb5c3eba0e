import { useT } from "../vertaling.tsx";
import { data, Form, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer-sso";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, vinkjeVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { ssoOmgeving } from "../../adapters/http/sso-cookie.ts";
import { bekijkSso, verwijderSsoInstelling, wijzigSso } from "../../app/beheer/sso.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { TWEEDE_FACTOR_AMR } from "../../domain/aanmelding/sso.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["organisatie_beheren"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!kanAlgemeen(persoonVan(wie), "organisatie_beheren")) throw data(null, { status: 403 });
  return { sso: await ofFoutpagina(bekijkSso(runtime, wie)), redirectUri: ssoOmgeving(runtime, request).redirectUri };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const f = await leesFormulier(request);
  try {
    if (tekstVan(f, "bedoeling") === "verwijderen") {
      await verwijderSsoInstelling(runtime, wie);
      return redirect("/beheer/sso?verwijderd=1");
    }
    await wijzigSso(
      runtime,
      wie,
      {
        issuer: tekstVan(f, "issuer"),
        clientId: tekstVan(f, "clientId"),
        clientGeheim: tekstVan(f, "clientGeheim"),
        domeinen: tekstVan(f, "domeinen"),
        idpTweedeFactor: vinkjeVan(f, "idpTweedeFactor"),
        acr: tekstVan(f, "acr"),
        wachtwoordUit: vinkjeVan(f, "wachtwoordUit"),
      },
      ssoOmgeving(runtime, request),
    );
    return redirect("/beheer/sso?opgeslagen=1");
  } catch (fout) {
    const waarden = waardenVan(f);
    delete waarden["clientGeheim"]; // a secret is never sent back to the browser
    return formulierFout(fout, waarden);
  }
}

export default function BeheerSso({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const [zoek] = useSearchParams();
  const { sso, redirectUri } = loaderData;
  const gekozen = (naam: string, opgeslagen: boolean) =>
    antwoord ? (antwoord.waarden[naam] === "ja" ? ["ja"] : []) : opgeslagen ? ["ja"] : [];
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("sso.beheer_titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("sso.beheer_titel")}</h1>
      <p className="nl-paragraph">{t("sso.beheer_uitleg")}</p>
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("sso.opgeslagen")}</p>
        </div>
      ) : null}
      {zoek.get("verwijderd") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("sso.verwijderd")}</p>
        </div>
      ) : null}
      <dl className="utrecht-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t("sso.redirect_uri")}</dt>
          <dd className="utrecht-data-list__item-value">
            <code>{redirectUri}</code>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t("sso.status")}</dt>
          <dd className="utrecht-data-list__item-value">
            {!sso.ingesteld
              ? t("sso.status_uit")
              : sso.gewerktOp
                ? t("sso.status_gewerkt", {
                    tijd: new Date(sso.gewerktOp).toLocaleString(taal === "en" ? "en-GB" : "nl-NL", {
                      timeZone: "Europe/Amsterdam",
                      dateStyle: "long",
                      timeStyle: "short",
                    }),
                  })
                : t("sso.status_nog_niet")}
          </dd>
        </div>
      </dl>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form key={sso.gewijzigdOp ?? "nieuw"} method="post" className="mw-formulier" noValidate>
        <TekstVeld
          naam="issuer"
          label={t("sso.issuer")}
          hint={t("sso.issuer_hint")}
          waarde={waarde("issuer", sso.issuer)}
          fout={fout("issuer")}
          verplicht
        />
        <TekstVeld
          naam="clientId"
          label={t("sso.client_id")}
          waarde={waarde("clientId", sso.clientId)}
          fout={fout("clientId")}
          verplicht
        />
        <TekstVeld
          naam="clientGeheim"
          type="password"
          autoComplete="off"
          label={t("sso.client_geheim")}
          hint={sso.geheimIngesteld ? t("sso.client_geheim_ingesteld") : t("sso.client_geheim_hint")}
          fout={fout("clientGeheim")}
          verplicht={!sso.geheimIngesteld}
        />
        <TekstGebied
          naam="domeinen"
          label={t("sso.domeinen")}
          hint={t("sso.domeinen_hint")}
          waarde={waarde("domeinen", sso.domeinen.join("\n"))}
          fout={fout("domeinen")}
          rijen={3}
          verplicht
        />
        <Keuzegroep
          naam="idpTweedeFactor"
          soort="checkbox"
          legenda={t("sso.tweede_factor")}
          hint={t("sso.tweede_factor_hint", { amr: TWEEDE_FACTOR_AMR.join(", ") })}
          fout={fout("idpTweedeFactor")}
          gekozen={gekozen("idpTweedeFactor", sso.idpTweedeFactor)}
          opties={[{ waarde: "ja", label: t("sso.tweede_factor_ja") }]}
        />
        <TekstVeld
          naam="acr"
          label={t("sso.acr")}
          hint={t("sso.acr_hint")}
          waarde={waarde("acr", sso.acr)}
          fout={fout("acr")}
        />
        <Keuzegroep
          naam="wachtwoordUit"
          soort="checkbox"
          legenda={t("sso.wachtwoord_uit")}
          hint={t("sso.wachtwoord_uit_hint")}
          fout={fout("wachtwoordUit")}
          gekozen={gekozen("wachtwoordUit", sso.wachtwoordUit)}
          opties={[{ waarde: "ja", label: t("sso.wachtwoord_uit_ja") }]}
        />
        <Knop>{t("sso.opslaan")}</Knop>
      </Form>
      {sso.ingesteld ? (
        <Form method="post" className="mw-formulier" noValidate>
          <input type="hidden" name="bedoeling" value="verwijderen" />
          <p className="nl-paragraph">{t("sso.verwijderen_uitleg")}</p>
          <Knop soort="secondary">{t("sso.verwijderen")}</Knop>
        </Form>
      ) : null}
    </div>
  );
}
