import { useT } from "../vertaling.tsx";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/noodtoegang";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { vraagNoodtoegang } from "../../app/toegang/delen.ts";
import { FoutSamenvatting, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["noodtoegang_vragen"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  await vereisIngelogd(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    const id = await vraagNoodtoegang(runtime, wie, {
      dossier: tekstVan(formulier, "dossier"),
      reden: tekstVan(formulier, "reden"),
    });
    return redirect(`/dossiers/${id}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Noodtoegang() {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("noodtoegang.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("noodtoegang.titel")}</h1>
      <p className="nl-paragraph">{t("noodtoegang.uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <TekstVeld
          naam="dossier"
          label={t("veld.dossier")}
          hint={t("hint.dossier_verwijzing")}
          waarde={waarde("dossier")}
          fout={fout("dossier")}
          verplicht
        />
        <TekstGebied
          naam="reden"
          label={t("veld.reden")}
          hint={t("hint.reden_noodtoegang")}
          waarde={waarde("reden")}
          fout={fout("reden")}
          verplicht
          rijen={3}
        />
        <Knop>{t("noodtoegang.knop")}</Knop>
      </Form>
    </div>
  );
}
