import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/beheer-gebruiker";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, lijstVan, tekstVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { maakHerstelLink, mensenVoorBeheer, wijzigRollen, zetGebruikerActief } from "../../app/beheer/gebruikers.ts";
import { ROLLEN } from "../../domain/toegang/beleid.ts";
import { FoutSamenvatting, Keuzegroep, Knop, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["gebruikers_beheren"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const mensen = await ofFoutpagina(mensenVoorBeheer(runtime, wie));
  const persoon = mensen.find((m) => m.id === params.gebruikerId);
  if (!persoon) throw data(null, { status: 404 });
  return { persoon, zelf: persoon.id === wie.gebruiker.id };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    switch (tekstVan(formulier, "bedoeling")) {
      case "rollen":
        await wijzigRollen(runtime, wie, params.gebruikerId, lijstVan(formulier, "rollen"));
        return redirect(`/beheer/${params.gebruikerId}?bewaard=1`);
      case "deactiveren":
      case "activeren":
        await zetGebruikerActief(runtime, wie, params.gebruikerId, tekstVan(formulier, "bedoeling") === "activeren");
        return redirect(`/beheer/${params.gebruikerId}?bewaard=1`);
      case "herstel": {
        const { token } = await maakHerstelLink(runtime, wie, params.gebruikerId);
        return data({ link: `${new URL(request.url).origin}/wachtwoord-instellen/${token}` });
      }
      default:
        throw data(null, { status: 400 });
    }
  } catch (fout) {
    return formulierFout(fout, {});
  }
}

export default function BeheerGebruiker({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  const { persoon, zelf } = loaderData;
  const link = actionData && "link" in actionData ? actionData.link : null;
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${persoon.naam} · ${t("beheer.titel")} · Meldwijzer`}</title>
      <p className="mw-meta">
        <Link className="nl-link" to="/beheer">
          {t("beheer.titel")}
        </Link>
      </p>
      <h1 className="nl-heading nl-heading--level-1">{persoon.naam}</h1>
      <p className="nl-paragraph">{`${persoon.email} · ${t(persoon.actief ? "beheer.actief" : "beheer.gedeactiveerd")}`}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <input type="hidden" name="bedoeling" value="rollen" />
        <Keuzegroep
          naam="rollen"
          soort="checkbox"
          legenda={t("veld.rollen")}
          fout={fout("rollen")}
          gekozen={[...persoon.rollen]}
          opties={ROLLEN.map((r) => ({ waarde: r, label: t(`rol.${r}`), hint: t(`beheer.rol_hint.${r}`) }))}
        />
        <Knop>{t("beheer.rollen_knop")}</Knop>
      </Form>
      {!zelf ? (
        <Form method="post">
          <input type="hidden" name="bedoeling" value={persoon.actief ? "deactiveren" : "activeren"} />
          <p className="nl-paragraph">{t(persoon.actief ? "beheer.deactiveren_uitleg" : "beheer.activeren_uitleg")}</p>
          <Knop soort="secondary">{t(persoon.actief ? "beheer.deactiveren" : "beheer.activeren")}</Knop>
        </Form>
      ) : null}
      <section aria-labelledby="herstel-titel" className="mw-stapel">
        <h2 id="herstel-titel" className="nl-heading nl-heading--level-2">
          {t("beheer.herstel_titel")}
        </h2>
        <p className="nl-paragraph">{t("beheer.herstel_uitleg")}</p>
        {link ? (
          <div className="mw-melding" role="status">
            <p className="nl-paragraph">
              <code className="mw-geheim">{link}</code>
            </p>
          </div>
        ) : null}
        <Form method="post">
          <input type="hidden" name="bedoeling" value="herstel" />
          <Knop soort="secondary">{t("beheer.herstel_knop")}</Knop>
        </Form>
      </section>
    </div>
  );
}
