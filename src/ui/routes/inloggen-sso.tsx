import { useT } from "../vertaling.tsx";
import { data, Form, redirect, useLocation } from "react-router";
import type { Route } from "./+types/inloggen-sso";
import { ingelogdOfNull } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, type FormulierAntwoord } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { ssoCookie, ssoOmgeving } from "../../adapters/http/sso-cookie.ts";
import { beginSso, SsoGeweigerdFout } from "../../app/sessie/sso.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { veiligTerug } from "../veilig-terug.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await ingelogdOfNull(request, context)) throw redirect("/dossiers");
  return null;
}

/** The e-mail domain selects the organisation's provider; the browser goes there with PKCE, state and nonce. */
export async function action({ request, context }: Route.ActionArgs) {
  const formulier = await leesFormulier(request);
  const email = tekstVan(formulier, "ssoEmail");
  const terug = veiligTerug(new URL(request.url).searchParams.get("terug"), "/dossiers");
  const runtime = context.samenstelling;
  try {
    const { url, cookieToken } = await beginSso(runtime, email, terug, ssoOmgeving(runtime, request));
    return redirect(url, { headers: { "Set-Cookie": ssoCookie(request, cookieToken) } });
  } catch (fout) {
    if (fout instanceof SsoGeweigerdFout) {
      runtime.logger.warn(
        { reden: fout.reden },
        "organisatie-account: aanbieder niet bereikbaar bij het begin van het inloggen",
      );
      return data(
        {
          fouten: [],
          waarden: { ssoEmail: email },
          melding: "sso.fout.aanbieder_onbereikbaar",
        } satisfies FormulierAntwoord,
        { status: 502 },
      );
    }
    return formulierFout(fout, { ssoEmail: email });
  }
}

export default function InloggenSso() {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("sso.inloggen_titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("sso.inloggen_titel")}</h1>
      <p className="nl-paragraph">{t("sso.inloggen_uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <SsoFormulier waarde={waarde("ssoEmail")} fout={fout("ssoEmail")} />
      <p className="nl-paragraph">
        <a className="nl-link" href="/inloggen">
          {t("sso.terug_naar_wachtwoord")}
        </a>
      </p>
    </div>
  );
}

/** The form on this page and on the sign-in page: an e-mail address, then off to the organisation's provider. */
export function SsoFormulier({ waarde, fout }: { waarde?: string | undefined; fout?: string | undefined }) {
  const { t } = useT();
  const terug = new URLSearchParams(useLocation().search).get("terug");
  return (
    <Form
      method="post"
      action={`/inloggen/sso${terug ? `?terug=${encodeURIComponent(terug)}` : ""}`}
      className="mw-formulier"
      noValidate
    >
      <TekstVeld
        naam="ssoEmail"
        type="email"
        label={t("sso.email_label")}
        hint={t("sso.email_hint")}
        {...(waarde ? { waarde } : {})}
        {...(fout ? { fout } : {})}
        autoComplete="username"
        verplicht
      />
      <Knop soort="secondary">{t("sso.knop")}</Knop>
    </Form>
  );
}
