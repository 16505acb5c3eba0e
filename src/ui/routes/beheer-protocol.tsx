import { useT } from "../vertaling.tsx";
import { data, Form, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer-protocol";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { bekijkProtocol, wijzigBewaartermijn, wijzigProtocol } from "../../app/organisatie/protocol.ts";
import { STANDAARD_BEWAARJAREN } from "../../domain/organisatie/bewaartermijn.ts";
import { DOCUMENTEERT, PROTOCOL_STAPPEN } from "../../domain/organisatie/protocol.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["organisatie_beheren"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!kanAlgemeen(persoonVan(wie), "organisatie_beheren")) throw data(null, { status: 403 });
  return {
    ...(await ofFoutpagina(bekijkProtocol(runtime, wie))),
    bewaarjaren: wie.gebruiker.bewaarjaren,
    standaardJaren: STANDAARD_BEWAARJAREN[wie.gebruiker.sector] ?? 5,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const f = await leesFormulier(request);
  try {
    if (tekstVan(f, "bedoeling") === "bewaartermijn") {
      await wijzigBewaartermijn(runtime, wie, { bewaarjaren: tekstVan(f, "bewaarjaren") });
      return redirect("/beheer/protocol?bewaartermijn=1");
    }
    await wijzigProtocol(runtime, wie, {
      stappen: Object.fromEntries(
        PROTOCOL_STAPPEN.map((s) => [
          s,
          {
            wie: tekstVan(f, `stappen.${s}.wie`),
            werkwijze: tekstVan(f, `stappen.${s}.werkwijze`),
            documenteert: tekstVan(f, `stappen.${s}.documenteert`),
          },
        ]),
      ),
      veiligThuis: { naam: tekstVan(f, "veiligThuis.naam"), telefoon: tekstVan(f, "veiligThuis.telefoon") },
    });
    return redirect("/protocol");
  } catch (fout) {
    return formulierFout(fout, waardenVan(f));
  }
}

export default function BeheerProtocol({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { protocol } = loaderData;
  const [zoek] = useSearchParams();
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("protocol.wijzigen")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("protocol.wijzigen")}</h1>
      <p className="nl-paragraph">{t("protocol.wijzigen_uitleg")}</p>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        {PROTOCOL_STAPPEN.map((s) => (
          <fieldset key={s} className="mw-stapel">
            <legend className="nl-heading nl-heading--level-2">{t(`protocol.stap.${s}`)}</legend>
            <TekstVeld
              naam={`stappen.${s}.wie`}
              label={t("protocol.wie")}
              waarde={waarde(`stappen.${s}.wie`, protocol.stappen[s].wie)}
              fout={fout(`stappen.${s}.wie`)}
              verplicht
            />
            <TekstGebied
              naam={`stappen.${s}.werkwijze`}
              label={t("protocol.werkwijze")}
              waarde={waarde(`stappen.${s}.werkwijze`, protocol.stappen[s].werkwijze)}
              fout={fout(`stappen.${s}.werkwijze`)}
              verplicht
              rijen={3}
            />
            <Keuzegroep
              naam={`stappen.${s}.documenteert`}
              soort="radio"
              legenda={t("protocol.documenteert")}
              fout={fout(`stappen.${s}.documenteert`)}
              verplicht
              {...(s === "beslissen" ? { hint: t("protocol.documenteert_beslissen") } : {})}
              gekozen={[waarde(`stappen.${s}.documenteert`, protocol.stappen[s].documenteert)]}
              opties={DOCUMENTEERT.map((r) => ({ waarde: r, label: t(`rol.${r}`) }))}
            />
          </fieldset>
        ))}
        <fieldset className="mw-stapel">
          <legend className="nl-heading nl-heading--level-2">{t("protocol.veilig_thuis")}</legend>
          <TekstVeld
            naam="veiligThuis.naam"
            label={t("veld.naam")}
            waarde={waarde("veiligThuis.naam", protocol.veiligThuis.naam)}
            fout={fout("veiligThuis.naam")}
            verplicht
          />
          <TekstVeld
            naam="veiligThuis.telefoon"
            label={t("protocol.telefoon")}
            waarde={waarde("veiligThuis.telefoon", protocol.veiligThuis.telefoon)}
            fout={fout("veiligThuis.telefoon")}
            verplicht
          />
        </fieldset>
        <Knop>{t("protocol.opslaan")}</Knop>
      </Form>
      <Form method="post" className="mw-formulier" noValidate aria-labelledby="bewaartermijn-titel">
        <h2 id="bewaartermijn-titel" className="nl-heading nl-heading--level-2">
          {t("protocol.bewaartermijn_titel")}
        </h2>
        {zoek.get("bewaartermijn") ? (
          <div className="mw-melding mw-melding--succes" role="status">
            <p className="nl-paragraph">{t("protocol.bewaartermijn_opgeslagen")}</p>
          </div>
        ) : null}
        <p className="nl-paragraph">{t("protocol.bewaartermijn_uitleg", { standaard: loaderData.standaardJaren })}</p>
        <input type="hidden" name="bedoeling" value="bewaartermijn" />
        <TekstVeld
          naam="bewaarjaren"
          label={t("protocol.bewaarjaren")}
          waarde={waarde("bewaarjaren", loaderData.bewaarjaren === null ? "" : String(loaderData.bewaarjaren))}
          fout={fout("bewaarjaren")}
        />
        <Knop soort="secondary">{t("protocol.bewaartermijn_knop")}</Knop>
      </Form>
    </div>
  );
}
