import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/inloggen";
import { ingelogdOfNull } from "../../adapters/http/aanmelding.ts";
import { sessieCookie } from "../../adapters/http/sessie-cookie.ts";
import { formulierFout, leesFormulier, tekstVan, type FormulierAntwoord } from "../../adapters/http/formulier.ts";
import { inloggen, TeVeelPogingenFout, WachtwoordUitFout } from "../../app/sessie/inloggen.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { veiligTerug } from "../veilig-terug.ts";
import { SsoFormulier } from "./inloggen-sso.tsx";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await ingelogdOfNull(request, context)) throw redirect("/dossiers");
  return { wachtwoordIngesteld: new URL(request.url).searchParams.get("wachtwoord") === "ingesteld" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const formulier = await leesFormulier(request);
  const email = tekstVan(formulier, "email");
  const terug = veiligTerug(new URL(request.url).searchParams.get("terug"), "/dossiers");
  try {
    const { token, stap } = await inloggen(
      context.samenstelling,
      email,
      tekstVan(formulier, "wachtwoord"),
      context.adres,
    );
    const verder = stap === "tweede_stap" ? "/inloggen/code" : stap === "instellen" ? "/account/tweestaps" : terug;
    const metTerug = stap === "volledig" ? verder : `${verder}?terug=${encodeURIComponent(terug)}`;
    return redirect(metTerug, { headers: { "Set-Cookie": sessieCookie(request, token) } });
  } catch (fout) {
    if (!(fout instanceof DomeinFout) || fout instanceof TeVeelPogingenFout) return formulierFout(fout, { email });
    // Only after the right password: the organisation signs in with its own accounts (decision 0038).
    if (fout instanceof WachtwoordUitFout)
      return data({ fouten: [], waarden: { email }, melding: "sso.wachtwoord_uitgezet" } satisfies FormulierAntwoord, {
        status: 403,
      });
    // One message for every failure: it does not reveal whether the address exists.
    return data({ fouten: [], waarden: { email }, melding: "inloggen.mislukt" } satisfies FormulierAntwoord, {
      status: 401,
    });
  }
}

export default function Inloggen({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, waarde } = useFormulier();
  return (
    <div className="mw-stapel">
      <title>{`${t("inloggen.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("inloggen.titel")}</h1>
      <p className="nl-paragraph">{t("inloggen.uitleg")}</p>
      {loaderData.wachtwoordIngesteld ? (
        <div className="mw-melding" role="status">
          <p className="nl-paragraph">{t("inloggen.wachtwoord_ingesteld")}</p>
        </div>
      ) : null}
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding, antwoord.meldingWaarden) : undefined}
      />
      <Form method="post" className="mw-formulier" noValidate>
        <TekstVeld
          naam="email"
          type="email"
          label={t("veld.email")}
          waarde={waarde("email")}
          autoComplete="username"
          verplicht
        />
        <TekstVeld
          naam="wachtwoord"
          type="password"
          label={t("veld.wachtwoord")}
          autoComplete="current-password"
          verplicht
        />
        <Knop>{t("inloggen.knop")}</Knop>
      </Form>
      <p className="nl-paragraph">
        <Link className="nl-link" to="/wachtwoord-vergeten">
          {t("wachtwoord_vergeten.link")}
        </Link>
      </p>
      <section className="mw-stapel" aria-labelledby="sso-titel">
        <h2 id="sso-titel" className="nl-heading nl-heading--level-2">
          {t("sso.inloggen_titel")}
        </h2>
        <p className="nl-paragraph">{t("sso.inloggen_uitleg")}</p>
        <SsoFormulier />
      </section>
    </div>
  );
}
