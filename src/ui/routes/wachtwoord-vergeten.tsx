import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/wachtwoord-vergeten";
import { ingelogdOfNull } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { mailVoorVerzoek } from "../../adapters/http/samenstelling.ts";
import { vraagWachtwoordHerstelAan } from "../../app/sessie/wachtwoord-vergeten.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await ingelogdOfNull(request, context)) throw redirect("/account");
  return { metMail: context.samenstelling.instellingen.smtp !== null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const formulier = await leesFormulier(request);
  const email = tekstVan(formulier, "email");
  const runtime = context.samenstelling;
  const { verzender, basisUrl } = mailVoorVerzoek(runtime, request);
  // Without a relay there is nothing to send: the page says so to everyone alike, before any address is typed.
  if (!verzender) throw data(null, { status: 404 });
  try {
    const { achtergrond } = await vraagWachtwoordHerstelAan(runtime, email, context.adres, {
      verzender,
      basisUrl,
      logger: runtime.logger,
    });
    void achtergrond.finally(() => verzender.sluit());
    return data({ verstuurd: true as const });
  } catch (fout) {
    await verzender.sluit();
    return formulierFout(fout, { email });
  }
}

export default function WachtwoordVergeten({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, waarde } = useFormulier();
  const verstuurd = actionData !== undefined && "verstuurd" in actionData;
  const melding =
    antwoord && "melding" in antwoord && antwoord.melding
      ? t(
          antwoord.melding === "inloggen.te_veel" ? "wachtwoord_vergeten.te_veel" : antwoord.melding,
          antwoord.meldingWaarden,
        )
      : undefined;
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("wachtwoord_vergeten.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("wachtwoord_vergeten.titel")}</h1>
      {!loaderData.metMail ? (
        <p className="nl-paragraph">{t("wachtwoord_vergeten.geen_mail")}</p>
      ) : verstuurd ? (
        <div className="mw-melding" role="status">
          <p className="nl-paragraph">{t("wachtwoord_vergeten.verstuurd")}</p>
        </div>
      ) : (
        <>
          <p className="nl-paragraph">{t("wachtwoord_vergeten.uitleg")}</p>
          <FoutSamenvatting fouten={fouten} melding={melding} />
          <Form method="post" className="mw-formulier" noValidate>
            <TekstVeld
              naam="email"
              type="email"
              label={t("veld.email")}
              waarde={waarde("email")}
              autoComplete="username"
              verplicht
            />
            <Knop>{t("wachtwoord_vergeten.knop")}</Knop>
          </Form>
        </>
      )}
      <p className="nl-paragraph">
        <Link className="nl-link" to="/inloggen">
          {t("wachtwoord_vergeten.terug")}
        </Link>
      </p>
    </div>
  );
}
