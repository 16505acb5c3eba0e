import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer-vernietiging-dossier";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import {
  bekijkVernietiging,
  hefBewaarplichtOpVoor,
  keurVernietigingGoed,
  stelBewaarplichtIn,
  stelVernietigingVoor,
  wijsVernietigingAf,
} from "../../app/organisatie/vernietiging.ts";
import { persoonVan } from "../../app/toegang/logboek.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { formatteerDatum, formatteerTijdstip } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Knop, TekstGebied, useFormulier, VeldPrefix } from "../components/formulier.tsx";

export const beleid: RouteBeleid = {
  toegang: "algemeen",
  acties: ["vernietiging_bekijken", "vernietiging_voorstellen", "vernietiging_beoordelen", "bewaarplicht_beheren"],
};

const BEDOELINGEN = ["voorstellen", "goedkeuren", "afwijzen", "blokkeren", "opheffen"] as const;
type Bedoeling = (typeof BEDOELINGEN)[number];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.dossierId)) throw data(null, { status: 404 });
  const d = await ofFoutpagina(bekijkVernietiging(runtime, wie, params.dossierId));
  const persoon = persoonVan(wie);
  return {
    ...d,
    bewaarplichten: d.bewaarplichten.map((b) => ({
      reden: b.reden,
      door: b.ingesteldDoorNaam,
      op: b.ingesteldOp.toISOString(),
      opgehevenDoor: b.opgehevenDoorNaam,
      opgehevenOp: b.opgehevenOp?.toISOString() ?? null,
    })),
    voorstellenGeschiedenis: d.voorstellenGeschiedenis.map((v) => ({
      id: v.id,
      status: v.status,
      reden: v.reden,
      door: v.voorgesteldDoorNaam,
      op: v.voorgesteldOp.toISOString(),
      beoordeeldDoor: v.beoordeeldDoorNaam,
      beoordeeldOp: v.beoordeeldOp?.toISOString() ?? null,
      afwijsreden: v.afwijsreden,
    })),
    mag: {
      voorstellen: kanAlgemeen(persoon, "vernietiging_voorstellen"),
      beoordelen: kanAlgemeen(persoon, "vernietiging_beoordelen"),
      blokkeren: kanAlgemeen(persoon, "bewaarplicht_beheren"),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.dossierId)) throw data(null, { status: 404 });
  const f = await leesFormulier(request);
  const gekozen = tekstVan(f, "bedoeling");
  const bedoeling = BEDOELINGEN.find((b) => b === gekozen);
  const dossierId = params.dossierId;
  const invoer = { dossierId, reden: tekstVan(f, "reden") };
  const terug = (wat: string) => redirect(`/beheer/vernietiging/${dossierId}?gelukt=${wat}`);
  try {
    switch (bedoeling) {
      case "voorstellen":
        await stelVernietigingVoor(runtime, wie, invoer);
        return terug("voorgesteld");
      case "goedkeuren":
        await keurVernietigingGoed(runtime, wie, { dossierId });
        return redirect(`/beheer/vernietiging?vernietigd=${dossierId.slice(0, 8)}`);
      case "afwijzen":
        await wijsVernietigingAf(runtime, wie, invoer);
        return terug("afgewezen");
      case "blokkeren":
        await stelBewaarplichtIn(runtime, wie, invoer);
        return terug("geblokkeerd");
      case "opheffen":
        await hefBewaarplichtOpVoor(runtime, wie, { dossierId });
        return terug("opgeheven");
      default:
        throw data(null, { status: 400 });
    }
  } catch (fout) {
    return formulierFout(fout, waardenVan(f));
  }
}

/** One form of the page; its fields get their own ids, and only its own errors. */
function Stapformulier({
  bedoeling,
  knop,
  reden,
  soort = "primary",
  children,
}: {
  bedoeling: Bedoeling;
  knop: string;
  reden?: { label: string; hint: string };
  soort?: "primary" | "secondary";
  children?: React.ReactNode;
}) {
  const { fout, waarde } = useFormulier();
  const eigen = waarde("bedoeling") === bedoeling;
  return (
    <VeldPrefix.Provider value={`${bedoeling}-`}>
      <Form method="post" className="mw-formulier" noValidate>
        <input type="hidden" name="bedoeling" value={bedoeling} />
        {children}
        {reden ? (
          <TekstGebied
            naam="reden"
            label={reden.label}
            hint={reden.hint}
            waarde={eigen ? waarde("reden") : ""}
            fout={eigen ? fout("reden") : undefined}
            verplicht
            rijen={2}
          />
        ) : null}
        <Knop soort={soort}>{knop}</Knop>
      </Form>
    </VeldPrefix.Provider>
  );
}

export default function BeheerVernietigingDossier({ loaderData: d }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { antwoord, fouten, waarde } = useFormulier();
  const [zoek] = useSearchParams();
  const gelukt = zoek.get("gelukt");
  const open = d.voorstellenGeschiedenis.find((v) => v.status === "voorgesteld") ?? null;
  const actief = d.bewaarplichten.find((b) => b.opgehevenOp === null) ?? null;
  const datum = (iso: string | null) => (iso ? formatteerDatum(iso, taal) : "—");
  const prefix = `${waarde("bedoeling")}-`;
  const weigering = fouten.get("vernietiging");
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t("vernietiging.dossier_titel", { kenmerk: d.kenmerk })} · Meldwijzer`}</title>
      <p className="nl-paragraph">
        <Link className="nl-link" to="/beheer/vernietiging">{`← ${t("vernietiging.terug")}`}</Link>
      </p>
      <h1 className="nl-heading nl-heading--level-1">{t("vernietiging.dossier_titel", { kenmerk: d.kenmerk })}</h1>
      {gelukt && !antwoord && ["voorgesteld", "afgewezen", "geblokkeerd", "opgeheven"].includes(gelukt) ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t(`vernietiging.gelukt_${gelukt}`)}</p>
        </div>
      ) : null}
      <FoutSamenvatting
        fouten={new Map([...fouten].filter(([veld]) => veld !== "vernietiging"))}
        melding={antwoord?.melding ? [t(antwoord.melding), weigering].filter(Boolean).join(" ") : weigering}
        prefix={prefix}
        labelVan={(veld) => (veld === "reden" ? t("vernietiging.reden") : t(`veld.${veld}`))}
      />
      <div>
        <dl className="mw-gegevens">
          <div className="mw-dl-rij">
            <dt>{t("dossiers.kolom_kenmerk")}</dt>
            <dd className="mw-kenmerk">{d.kenmerk}</dd>
          </div>
          <div className="mw-dl-rij">
            <dt>{t("vernietiging.geopend")}</dt>
            <dd>{datum(d.geopendOp)}</dd>
          </div>
          <div className="mw-dl-rij">
            <dt>{t("vernietiging.gesloten")}</dt>
            <dd>{d.gesloten ? datum(d.geslotenOp) : t("vernietiging.nog_open")}</dd>
          </div>
          <div className="mw-dl-rij">
            <dt>{t("vernietiging.bewaren_tot")}</dt>
            <dd>{d.gesloten ? datum(d.bewaarTot) : "—"}</dd>
          </div>
        </dl>
      </div>

      <section aria-labelledby="voorstel-titel" className="mw-stapel">
        <h2 id="voorstel-titel" className="nl-heading nl-heading--level-2">
          {t("vernietiging.voorstel_titel")}
        </h2>
        {open ? (
          <>
            <p className="nl-paragraph">
              {t("vernietiging.open_voorstel", { naam: open.door, tijd: formatteerTijdstip(open.op, taal) })}
            </p>
            <p className="nl-paragraph">{t("vernietiging.met_reden", { reden: open.reden })}</p>
            {d.mag.beoordelen ? (
              <>
                <p className="nl-paragraph">
                  {d.goedkeuren === "eigen_voorstel"
                    ? t("vernietiging.tweede_persoon")
                    : d.goedkeuren
                      ? t(`vernietiging.weigering.${d.goedkeuren}`)
                      : t("vernietiging.goedkeuren_uitleg")}
                </p>
                <Stapformulier bedoeling="goedkeuren" knop={t("vernietiging.goedkeuren_knop")} />
                <Stapformulier
                  bedoeling="afwijzen"
                  soort="secondary"
                  knop={t("vernietiging.afwijzen_knop")}
                  reden={{ label: t("vernietiging.afwijsreden"), hint: t("vernietiging.reden_hint") }}
                />
              </>
            ) : null}
          </>
        ) : d.voorstellen ? (
          <p className="nl-paragraph">{t(`vernietiging.weigering.${d.voorstellen}`)}</p>
        ) : d.mag.voorstellen ? (
          <>
            <p className="nl-paragraph">{t("vernietiging.voorstellen_uitleg")}</p>
            <Stapformulier
              bedoeling="voorstellen"
              knop={t("vernietiging.voorstellen_knop")}
              reden={{ label: t("vernietiging.reden"), hint: t("vernietiging.reden_hint") }}
            />
          </>
        ) : (
          <p className="nl-paragraph">{t("vernietiging.alleen_beheerder_stelt_voor")}</p>
        )}
      </section>

      <section aria-labelledby="bewaarplicht-titel" className="mw-stapel">
        <h2 id="bewaarplicht-titel" className="nl-heading nl-heading--level-2">
          {t("vernietiging.bewaarplicht_titel")}
        </h2>
        <p className="nl-paragraph">{t("vernietiging.bewaarplicht_uitleg")}</p>
        {actief ? (
          <>
            <p className="nl-paragraph">
              <strong>
                {t("vernietiging.bewaarplicht_actief", {
                  naam: actief.door,
                  tijd: formatteerTijdstip(actief.op, taal),
                })}
              </strong>
            </p>
            <p className="nl-paragraph">{t("vernietiging.met_reden", { reden: actief.reden })}</p>
            {d.mag.blokkeren ? (
              <Stapformulier bedoeling="opheffen" soort="secondary" knop={t("vernietiging.opheffen_knop")} />
            ) : null}
          </>
        ) : d.mag.blokkeren ? (
          <Stapformulier
            bedoeling="blokkeren"
            soort="secondary"
            knop={t("vernietiging.blokkeren_knop")}
            reden={{ label: t("vernietiging.bewaarplicht_reden"), hint: t("vernietiging.reden_hint") }}
          />
        ) : null}
      </section>

      {d.voorstellenGeschiedenis.length > 0 || d.bewaarplichten.length > 0 ? (
        <section aria-labelledby="geschiedenis-titel" className="mw-stapel">
          <h2 id="geschiedenis-titel" className="nl-heading nl-heading--level-2">
            {t("vernietiging.geschiedenis")}
          </h2>
          <ul className="mw-lijst">
            {d.voorstellenGeschiedenis.map((v) => (
              <li key={v.id}>
                {t("vernietiging.geschiedenis_voorstel", {
                  naam: v.door,
                  tijd: formatteerTijdstip(v.op, taal),
                  reden: v.reden,
                })}
                {v.status === "afgewezen" && v.beoordeeldOp ? (
                  <>
                    <br />
                    {t("vernietiging.geschiedenis_afgewezen", {
                      naam: v.beoordeeldDoor ?? "—",
                      tijd: formatteerTijdstip(v.beoordeeldOp, taal),
                      reden: v.afwijsreden ?? "",
                    })}
                  </>
                ) : null}
              </li>
            ))}
            {d.bewaarplichten.map((b) => (
              <li key={b.op}>
                {t("vernietiging.geschiedenis_bewaarplicht", {
                  naam: b.door,
                  tijd: formatteerTijdstip(b.op, taal),
                  reden: b.reden,
                })}
                {b.opgehevenOp ? (
                  <>
                    <br />
                    {t("vernietiging.geschiedenis_opgeheven", {
                      naam: b.opgehevenDoor ?? "—",
                      tijd: formatteerTijdstip(b.opgehevenOp, taal),
                    })}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
