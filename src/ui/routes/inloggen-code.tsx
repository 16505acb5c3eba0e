import { useT } from "../vertaling.tsx";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/inloggen-code";
import { vereisSessie } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { sessieCookie, leesSessieToken } from "../../adapters/http/sessie-cookie.ts";
import { bevestigTweedeStap } from "../../app/sessie/inloggen.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { veiligTerug } from "../veilig-terug.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export async function loader({ request, context }: Route.LoaderArgs) {
  await vereisSessie(request, context, ["tweede_stap"]);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime } = await vereisSessie(request, context, ["tweede_stap"]);
  const formulier = await leesFormulier(request);
  const terug = veiligTerug(new URL(request.url).searchParams.get("terug"), "/dossiers");
  try {
    const { token } = await bevestigTweedeStap(
      runtime,
      leesSessieToken(request) ?? "",
      tekstVan(formulier, "code"),
      context.adres,
    );
    return redirect(terug, { headers: { "Set-Cookie": sessieCookie(request, token) } });
  } catch (fout) {
    if (fout instanceof DomeinFout && fout.code === "NIET_INGELOGD") throw redirect("/inloggen");
    return formulierFout(fout, {});
  }
}

export default function InloggenCode() {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("tweestaps.code_titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("tweestaps.code_titel")}</h1>
      <p className="nl-paragraph">{t("tweestaps.code_uitleg")}</p>
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding, antwoord.meldingWaarden) : undefined}
      />
      <Form method="post" className="mw-formulier" noValidate>
        <TekstVeld
          naam="code"
          label={t("veld.code")}
          hint={t("hint.code")}
          fout={fout("code")}
          autoComplete="one-time-code"
          verplicht
        />
        <Knop>{t("tweestaps.code_knop")}</Knop>
      </Form>
    </div>
  );
}
