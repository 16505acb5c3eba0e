import { useT } from "../vertaling.tsx";
import { data, Form } from "react-router";
import type { Route } from "./+types/account-tweestaps";
import { vereisSessie } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan } from "../../adapters/http/formulier.ts";
import { qrSvg } from "../../adapters/http/qr.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { bevestigTweestaps, nieuwTotpGeheim } from "../../app/sessie/account.ts";
import { moetTweestaps } from "../../app/sessie/inloggen.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { veiligTerug } from "../veilig-terug.ts";

export const beleid: RouteBeleid = { toegang: "ingelogd" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { sessie } = await vereisSessie(request, context, ["instellen", "volledig"]);
  const { geheimHex, uri } = nieuwTotpGeheim(sessie.gebruiker.email);
  return {
    geheimHex,
    // The secret in groups of four, for typing it into an app without a camera.
    geheimTekst:
      uri
        .match(/secret=([A-Z2-7]+)/)?.[1]
        ?.replace(/(.{4})/g, "$1 ")
        .trim() ?? "",
    qr: qrSvg(uri),
    verplicht: moetTweestaps(sessie.gebruiker),
    alIngesteld: sessie.gebruiker.tweestaps,
    terug: veiligTerug(new URL(request.url).searchParams.get("terug"), "/account"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, sessie, wie } = await vereisSessie(request, context, ["instellen", "volledig"]);
  const formulier = await leesFormulier(request);
  try {
    const codes = await bevestigTweestaps(
      runtime,
      wie,
      sessie.id,
      tekstVan(formulier, "geheim"),
      tekstVan(formulier, "code"),
      tekstVan(formulier, "wachtwoord"),
    );
    return data({ herstelcodes: codes });
  } catch (fout) {
    return formulierFout(fout, {});
  }
}

export default function AccountTweestaps({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  const codes = actionData && "herstelcodes" in actionData ? actionData.herstelcodes : null;
  if (codes) {
    return (
      <div className="mw-stapel mw-smal">
        <title>{`${t("tweestaps.klaar_titel")} · Meldwijzer`}</title>
        <h1 className="nl-heading nl-heading--level-1">{t("tweestaps.klaar_titel")}</h1>
        <p className="nl-paragraph">{t("tweestaps.herstelcodes_uitleg")}</p>
        <ul className="mw-herstelcodes" aria-label={t("tweestaps.herstelcodes")}>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p className="nl-paragraph">
          <a className="utrecht-button utrecht-button--primary-action mw-knoplink" href={loaderData.terug}>
            {t("tweestaps.verder")}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("tweestaps.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("tweestaps.titel")}</h1>
      {loaderData.verplicht && !loaderData.alIngesteld ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("tweestaps.verplicht")}</p>
        </div>
      ) : null}
      {loaderData.alIngesteld ? <p className="nl-paragraph">{t("tweestaps.al_ingesteld")}</p> : null}
      <p className="nl-paragraph">{t("tweestaps.uitleg")}</p>
      <div
        className="mw-qr"
        role="img"
        aria-label={t("tweestaps.qr_label")}
        dangerouslySetInnerHTML={{ __html: loaderData.qr }}
      />
      <p className="nl-paragraph">
        {t("tweestaps.handmatig")} <code className="mw-geheim">{loaderData.geheimTekst}</code>
      </p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <input type="hidden" name="geheim" value={loaderData.geheimHex} />
        <TekstVeld
          naam="code"
          label={t("veld.code")}
          hint={t("hint.code_instellen")}
          fout={fout("code")}
          autoComplete="one-time-code"
          verplicht
        />
        {loaderData.alIngesteld ? (
          <TekstVeld
            naam="wachtwoord"
            type="password"
            label={t("veld.wachtwoord")}
            hint={t("hint.wachtwoord_bevestigen")}
            fout={fout("wachtwoord")}
            autoComplete="current-password"
            verplicht
          />
        ) : null}
        <Knop>{t("tweestaps.knop")}</Knop>
      </Form>
    </div>
  );
}
