import { useT } from "../vertaling.tsx";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/beheer";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, lijstVan, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { mensenVoorBeheer, nodigUit, wijzigTweestapsBeleid } from "../../app/beheer/gebruikers.ts";
import { ROLLEN } from "../../domain/toegang/beleid.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { Tabel } from "../components/tabel.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["gebruikers_beheren"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const mensen = await ofFoutpagina(mensenVoorBeheer(runtime, wie));
  return { mensen, tweestapsVerplichtVoor: wie.gebruiker.tweestapsVerplichtVoor };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    if (tekstVan(formulier, "bedoeling") === "tweestaps") {
      await ofFoutpagina(wijzigTweestapsBeleid(runtime, wie, lijstVan(formulier, "tweestaps")));
      return data({ bewaard: true });
    }
    const { token } = await nodigUit(runtime, wie, {
      email: tekstVan(formulier, "email"),
      naam: tekstVan(formulier, "naam"),
      rollen: lijstVan(formulier, "rollen"),
    });
    return data({ link: `${new URL(request.url).origin}/wachtwoord-instellen/${token}` });
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Beheer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const link = actionData && "link" in actionData ? actionData.link : null;
  return (
    <div className="mw-stapel">
      <title>{`${t("beheer.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("beheer.titel")}</h1>
      <p className="nl-paragraph">{t("beheer.uitleg")}</p>
      <ul className="mw-lijst">
        <li>
          <Link className="nl-link" to="/beheer/protocol">
            {t("protocol.wijzigen")}
          </Link>
        </li>
        <li>
          <Link className="nl-link" to="/beheer/documenten">
            {t("documenten.titel")}
          </Link>
        </li>
        <li>
          <Link className="nl-link" to="/beheer/import">
            {t("import.link_naar_import")}
          </Link>
        </li>
        <li>
          <Link className="nl-link" to="/beheer/sso">
            {t("sso.beheer_titel")}
          </Link>
        </li>
        <li>
          <Link className="nl-link" to="/beheer/vernietiging">
            {t("vernietiging.titel")}
          </Link>
        </li>
      </ul>
      <Tabel
        bijschrift={t("beheer.mensen")}
        kolommen={[t("beheer.kolom_naam"), t("beheer.kolom_rollen"), t("beheer.kolom_status")]}
      >
        {loaderData.mensen.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">
              <Link className="nl-link" to={`/beheer/${m.id}`}>
                {m.naam}
              </Link>
              <br />
              <span className="mw-hint">{m.email}</span>
            </td>
            <td className="utrecht-table__cell">{m.rollen.map((r) => t(`rol.${r}`)).join(", ") || "—"}</td>
            <td className="utrecht-table__cell">{`${t(m.actief ? "beheer.actief" : "beheer.gedeactiveerd")}${m.tweestaps ? ` · ${t("beheer.met_tweestaps")}` : ""}`}</td>
          </tr>
        ))}
      </Tabel>

      <section aria-labelledby="uitnodigen-titel" className="mw-stapel mw-smal">
        <h2 id="uitnodigen-titel" className="nl-heading nl-heading--level-2">
          {t("beheer.uitnodigen")}
        </h2>
        {link ? (
          <div className="mw-melding" role="status">
            <p className="nl-paragraph">{t("beheer.link_uitleg")}</p>
            <p className="nl-paragraph">
              <code className="mw-geheim">{link}</code>
            </p>
          </div>
        ) : null}
        <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
        <Form method="post" className="mw-formulier" noValidate>
          <input type="hidden" name="bedoeling" value="uitnodigen" />
          <TekstVeld naam="naam" label={t("veld.naam")} waarde={waarde("naam")} fout={fout("naam")} verplicht />
          <TekstVeld
            naam="email"
            type="email"
            label={t("veld.email")}
            waarde={waarde("email")}
            fout={fout("email")}
            verplicht
          />
          <Keuzegroep
            naam="rollen"
            soort="checkbox"
            legenda={t("veld.rollen")}
            fout={fout("rollen")}
            verplicht
            gekozen={waarden("rollen")}
            opties={ROLLEN.map((r) => ({ waarde: r, label: t(`rol.${r}`), hint: t(`beheer.rol_hint.${r}`) }))}
          />
          <Knop>{t("beheer.uitnodigen_knop")}</Knop>
        </Form>
      </section>

      <section aria-labelledby="tweestaps-beleid-titel" className="mw-stapel mw-smal">
        <h2 id="tweestaps-beleid-titel" className="nl-heading nl-heading--level-2">
          {t("beheer.tweestaps_titel")}
        </h2>
        <p className="nl-paragraph">{t("beheer.tweestaps_uitleg")}</p>
        {actionData && "bewaard" in actionData ? (
          <div className="mw-melding" role="status">
            <p className="nl-paragraph">{t("beheer.bewaard")}</p>
          </div>
        ) : null}
        <Form method="post" className="mw-formulier" noValidate>
          <input type="hidden" name="bedoeling" value="tweestaps" />
          <Keuzegroep
            naam="tweestaps"
            soort="checkbox"
            legenda={t("beheer.tweestaps_legenda")}
            gekozen={[...loaderData.tweestapsVerplichtVoor]}
            opties={ROLLEN.map((r) => ({ waarde: r, label: t(`rol.${r}`) }))}
          />
          <Knop soort="secondary">{t("beheer.tweestaps_knop")}</Knop>
        </Form>
      </section>
    </div>
  );
}
