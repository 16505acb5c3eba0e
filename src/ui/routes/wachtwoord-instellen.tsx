import { useT } from "../vertaling.tsx";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/wachtwoord-instellen";
import { leesFormulier, tekstVan, formulierFout } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { linkGeldig, stelWachtwoordIn } from "../../app/sessie/account.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/** The link's token is in the path; the page is never cached and the token never logged. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const link = await linkGeldig(context.samenstelling, params.token);
  if (!link) throw data(null, { status: 404 });
  return { naam: link.naam, doel: link.doel };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const formulier = await leesFormulier(request);
  try {
    await stelWachtwoordIn(context.samenstelling, params.token, tekstVan(formulier, "nieuwWachtwoord"), context.adres);
    return redirect("/inloggen?wachtwoord=ingesteld");
  } catch (fout) {
    if (fout instanceof DomeinFout && fout.code === "NIET_GEVONDEN") throw data(null, { status: 404 });
    return formulierFout(fout, {});
  }
}

export default function WachtwoordInstellen({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("wachtwoord_instellen.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("wachtwoord_instellen.titel")}</h1>
      <p className="nl-paragraph">
        {t(loaderData.doel === "uitnodiging" ? "wachtwoord_instellen.welkom" : "wachtwoord_instellen.herstel", {
          naam: loaderData.naam,
        })}
      </p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <TekstVeld
          naam="nieuwWachtwoord"
          type="password"
          label={t("veld.nieuwWachtwoord")}
          hint={t("hint.nieuwWachtwoord")}
          fout={fout("nieuwWachtwoord")}
          autoComplete="new-password"
          verplicht
        />
        <Knop>{t("wachtwoord_instellen.knop")}</Knop>
      </Form>
    </div>
  );
}
