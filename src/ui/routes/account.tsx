import { useT } from "../vertaling.tsx";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/account";
import { vereisIngelogd, sessieOfNull } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan } from "../../adapters/http/formulier.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { accountStatus, wijzigWachtwoord, zetTweestapsUit } from "../../app/sessie/account.ts";
import { FoutSamenvatting, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "ingelogd" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const gewijzigd = new URL(request.url).searchParams.get("gewijzigd");
  return { ...(await accountStatus(runtime, wie)), naam: wie.gebruiker.naam, email: wie.gebruiker.email, gewijzigd };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const sessie = await sessieOfNull(request, context);
  const formulier = await leesFormulier(request);
  try {
    if (tekstVan(formulier, "bedoeling") === "tweestaps_uit") {
      await zetTweestapsUit(runtime, wie, tekstVan(formulier, "wachtwoord"));
      return redirect("/account?gewijzigd=tweestaps_uit");
    }
    await wijzigWachtwoord(
      runtime,
      wie,
      sessie?.sessie.id ?? "",
      tekstVan(formulier, "huidigWachtwoord"),
      tekstVan(formulier, "nieuwWachtwoord"),
    );
    return redirect("/account?gewijzigd=wachtwoord");
  } catch (fout) {
    return formulierFout(fout, {});
  }
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("account.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("account.titel")}</h1>
      <p className="nl-paragraph">{`${loaderData.naam} · ${loaderData.email}`}</p>
      {loaderData.gewijzigd ? (
        <div className="mw-melding" role="status">
          <p className="nl-paragraph">
            {t(`account.gewijzigd_${loaderData.gewijzigd === "wachtwoord" ? "wachtwoord" : "tweestaps"}`)}
          </p>
        </div>
      ) : null}
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <section aria-labelledby="tweestaps-titel" className="mw-stapel">
        <h2 id="tweestaps-titel" className="nl-heading nl-heading--level-2">
          {t("tweestaps.titel")}
        </h2>
        <p className="nl-paragraph">
          {loaderData.tweestaps
            ? t("account.tweestaps_aan", { aantal: loaderData.herstelcodesOver })
            : t("account.tweestaps_uit")}
        </p>
        <p className="nl-paragraph">
          <Link className="nl-link" to="/account/tweestaps">
            {t(loaderData.tweestaps ? "account.tweestaps_opnieuw" : "account.tweestaps_instellen")}
          </Link>
        </p>
        {loaderData.tweestaps && !loaderData.verplicht ? (
          <Form method="post" className="mw-formulier" noValidate>
            <input type="hidden" name="bedoeling" value="tweestaps_uit" />
            <TekstVeld
              naam="wachtwoord"
              type="password"
              label={t("veld.wachtwoord")}
              fout={fout("wachtwoord")}
              autoComplete="current-password"
              verplicht
            />
            <Knop soort="secondary">{t("account.tweestaps_uitzetten")}</Knop>
          </Form>
        ) : null}
      </section>
      <section aria-labelledby="wachtwoord-titel" className="mw-stapel">
        <h2 id="wachtwoord-titel" className="nl-heading nl-heading--level-2">
          {t("account.wachtwoord_titel")}
        </h2>
        <p className="nl-paragraph">{t("account.wachtwoord_uitleg")}</p>
        <Form method="post" className="mw-formulier" noValidate>
          <input type="hidden" name="bedoeling" value="wachtwoord" />
          <TekstVeld
            naam="huidigWachtwoord"
            type="password"
            label={t("veld.huidigWachtwoord")}
            fout={fout("huidigWachtwoord")}
            autoComplete="current-password"
            verplicht
          />
          <TekstVeld
            naam="nieuwWachtwoord"
            type="password"
            label={t("veld.nieuwWachtwoord")}
            hint={t("hint.nieuwWachtwoord")}
            fout={fout("nieuwWachtwoord")}
            autoComplete="new-password"
            verplicht
          />
          <Knop>{t("account.wachtwoord_knop")}</Knop>
        </Form>
      </section>
    </div>
  );
}
