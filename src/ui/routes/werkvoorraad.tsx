import { useT } from "../vertaling.tsx";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/werkvoorraad";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import {
  collegasVoorToewijzing,
  leesWerkvoorraad,
  wijsToeVanuitWerkvoorraad,
} from "../../app/werkvoorraad/werkvoorraad.ts";
import type { TELFILTERS } from "../../domain/werkvoorraad/werkvoorraad.ts";
import { VT_ANTWOORD_WERKDAGEN } from "../../domain/dossier/vervolg.ts";
import { formatteerDatum, formatteerTijdstip, type Taal } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzelijst, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { Paginering, paginaNummer } from "../components/paginering.tsx";
import { Zoekformulier } from "../components/zoekformulier.tsx";
import { Tabel } from "../components/tabel.tsx";

// Assigning from a row is the dossier action `delen` (decision 0045); the page itself needs `werkvoorraad`.
export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["werkvoorraad"] };

/** The GET parameters of the filter form; the CSV link, the counts and the way back after assigning carry the same ones. */
const ZOEKVELDEN = [
  "zoek",
  "fase",
  "status",
  "achterstallig",
  "besluit_gevraagd",
  "wacht_op_vt",
  "vt_meer_dan",
  "versneld",
  "in_monitoring",
  "volgorde",
] as const;
type Zoekvelden = Record<(typeof ZOEKVELDEN)[number], string | undefined>;

function zoekVan(params: URLSearchParams): Zoekvelden {
  return Object.fromEntries(ZOEKVELDEN.map((k) => [k, params.get(k) ?? undefined])) as Zoekvelden;
}

function alsQuery(velden: Partial<Record<string, string | undefined>>): string {
  const params = new URLSearchParams(Object.entries(velden).filter((e): e is [string, string] => Boolean(e[1])));
  return params.size > 0 ? `?${params.toString()}` : "";
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const url = new URL(request.url);
  const zoek = zoekVan(url.searchParams);
  const pagina = await ofFoutpagina(
    leesWerkvoorraad(runtime, wie, { ...zoek, cursor: url.searchParams.get("cursor") ?? undefined }),
  );
  const v = pagina.vraag;
  const toewijzen = url.searchParams.get("toewijzen");
  const teToewijzen = pagina.items.find((r) => r.id === toewijzen && r.magToewijzen)?.id ?? null;
  return {
    rijen: pagina.items.map((r) => ({
      id: r.id,
      werknaam: r.werknaam,
      fase: r.fase,
      dagenStil: r.dagenStil,
      openTaken: r.openTaken,
      achterstalligeTaken: r.achterstalligeTaken,
      besluitGevraagd: r.besluitGevraagd,
      gesloten: r.gesloten,
      bewaarTot: r.bewaarTot,
      wachtOpVtSinds: r.wachtOpVtSinds,
      wachtOpVtWerkdagen: r.wachtOpVtWerkdagen,
      versneldSinds: r.versneldSinds,
      klok: r.klok,
      inMonitoring: r.inMonitoring,
      magToewijzen: r.magToewijzen,
    })),
    tellingen: pagina.tellingen,
    vtWerkdagen: v.vt_meer_dan ?? VT_ANTWOORD_WERKDAGEN,
    teToewijzen,
    collegas: teToewijzen ? await collegasVoorToewijzing(runtime, wie) : [],
    toegewezen: url.searchParams.get("toegewezen") === "1",
    zoek,
    volgorde: v.volgorde ?? "activiteit",
    gefilterd: Boolean(
      v.zoek ||
      v.fase ||
      v.status ||
      v.achterstallig ||
      v.besluit_gevraagd ||
      v.wacht_op_vt ||
      v.vt_meer_dan !== undefined ||
      v.versneld ||
      v.in_monitoring,
    ),
    pagina: pagina.vorige === null ? 1 : paginaNummer(url.searchParams.get("pagina")),
    vorige: pagina.vorige,
    volgende: pagina.volgende,
  };
}

/** Assign a case from its row: the existing assignment (`deelDossier`, gate and log included), then back to the same filters. */
export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  try {
    await wijsToeVanuitWerkvoorraad(runtime, wie, {
      dossierId: tekstVan(formulier, "dossierId"),
      gebruikerId: tekstVan(formulier, "gebruikerId"),
      reden: tekstVan(formulier, "reden"),
    });
    return redirect(`/werkvoorraad${alsQuery({ ...zoekVan(new URL(request.url).searchParams), toegewezen: "1" })}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

type Telfilter = (typeof TELFILTERS)[number];

/** The query of the list a count stands for: that filter alone. */
function telQuery(filter: Telfilter, vtWerkdagen: number): Record<string, string> {
  switch (filter) {
    case "achterstallig":
      return { achterstallig: "ja" };
    case "besluit_gevraagd":
      return { besluit_gevraagd: "ja" };
    case "wacht_op_vt":
      return { wacht_op_vt: "ja" };
    case "wacht_op_vt_lang":
      return { wacht_op_vt: "ja", vt_meer_dan: String(vtWerkdagen) };
    case "versneld":
      return { versneld: "ja" };
    case "versneld_klok":
      return { versneld: "klok" };
    case "in_monitoring":
      return { in_monitoring: "ja" };
    case "gesloten":
      return { status: "gesloten" };
  }
}

export default function Werkvoorraad({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { zoek, volgorde } = loaderData;
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const exportPad = `/werkvoorraad.csv${alsQuery(zoek)}`;
  const ja = (label: string) => [{ waarde: "ja", label }];
  return (
    <div className="mw-stapel">
      <title>{`${t("werkvoorraad.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("werkvoorraad.titel")}</h1>
      <p className="nl-paragraph">{t("werkvoorraad.uitleg")}</p>
      {loaderData.toegewezen ? (
        <p className="mw-melding mw-melding--succes" role="status">
          {t("werkvoorraad.toegewezen")}
        </p>
      ) : null}
      {loaderData.tellingen ? (
        <nav aria-labelledby="tellingen-titel" className="mw-geen-print">
          <h2 id="tellingen-titel" className="nl-heading nl-heading--level-2">
            {t("werkvoorraad.tellingen_titel")}
          </h2>
          <ul className="mw-lijst mw-tellingen">
            {TELLING_GROEPEN.map(([hoofd, onder]) => (
              <li key={hoofd}>
                <Telling filter={hoofd} tellingen={loaderData.tellingen} vtWerkdagen={loaderData.vtWerkdagen} />
                {onder ? (
                  <ul className="mw-lijst">
                    <li>
                      <Telling filter={onder} tellingen={loaderData.tellingen} vtWerkdagen={loaderData.vtWerkdagen} />
                    </li>
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p className="nl-paragraph">{t("werkvoorraad.geen_tellingen")}</p>
      )}
      <Zoekformulier
        pad="/werkvoorraad"
        label={t("werkvoorraad.zoekformulier")}
        zoek={zoek}
        volgorde={volgorde}
        eigenVolgordes={[{ waarde: "stil", label: t("werkvoorraad.volgorde_stil") }]}
        gefilterd={loaderData.gefilterd}
      >
        <Keuzelijst
          naam="achterstallig"
          label={t("werkvoorraad.filter_achterstallig")}
          waarde={zoek.achterstallig ?? ""}
          leeg={t("werkvoorraad.alle")}
          opties={ja(t("werkvoorraad.alleen_achterstallig"))}
        />
        <Keuzelijst
          naam="besluit_gevraagd"
          label={t("werkvoorraad.filter_besluit")}
          waarde={zoek.besluit_gevraagd ?? ""}
          leeg={t("werkvoorraad.alle")}
          opties={ja(t("werkvoorraad.alleen_besluit"))}
        />
        <Keuzelijst
          naam="wacht_op_vt"
          label={t("werkvoorraad.filter_vt")}
          waarde={zoek.wacht_op_vt ?? ""}
          leeg={t("werkvoorraad.alle")}
          opties={ja(t("werkvoorraad.alleen_vt"))}
        />
        <TekstVeld
          naam="vt_meer_dan"
          label={t("werkvoorraad.filter_vt_werkdagen")}
          hint={t("werkvoorraad.filter_vt_werkdagen_hint")}
          waarde={zoek.vt_meer_dan ?? ""}
        />
        <Keuzelijst
          naam="versneld"
          label={t("werkvoorraad.filter_versneld")}
          waarde={zoek.versneld ?? ""}
          leeg={t("werkvoorraad.alle")}
          opties={[
            { waarde: "ja", label: t("werkvoorraad.alleen_versneld") },
            { waarde: "klok", label: t("werkvoorraad.alleen_klok") },
          ]}
        />
        <Keuzelijst
          naam="in_monitoring"
          label={t("werkvoorraad.filter_monitoring")}
          waarde={zoek.in_monitoring ?? ""}
          leeg={t("werkvoorraad.alle")}
          opties={ja(t("werkvoorraad.alleen_monitoring"))}
        />
      </Zoekformulier>
      {loaderData.rijen.length === 0 ? (
        <p className="nl-paragraph" role="status">
          {loaderData.gefilterd ? t("dossiers.geen_resultaat") : t("werkvoorraad.leeg")}
        </p>
      ) : (
        <>
          <div className="mw-rij">
            <p className="nl-paragraph" role="status">
              {t("dossiers.aantal", { count: loaderData.rijen.length, pagina: loaderData.pagina })}
            </p>
            <a className="nl-link mw-geen-print" href={exportPad} download>
              {t("werkvoorraad.exporteren")}
            </a>
          </div>
          <Tabel
            klasse="mw-tabel--stapel"
            bijschrift={t("werkvoorraad.titel")}
            kolommen={[
              t("dossiers.kolom_werknaam"),
              t("dossiers.kolom_kenmerk"),
              t("werkvoorraad.kolom_stap"),
              { label: t("werkvoorraad.kolom_dagen_stil"), klasse: "utrecht-table__header-cell--numeric" },
              { label: t("werkvoorraad.kolom_open"), klasse: "utrecht-table__header-cell--numeric" },
              { label: t("werkvoorraad.kolom_achterstallig"), klasse: "utrecht-table__header-cell--numeric" },
              t("werkvoorraad.kolom_bijzonderheden"),
              { label: t("werkvoorraad.kolom_acties"), klasse: "mw-geen-print" },
            ]}
          >
            {loaderData.rijen.map((r) => (
              <Rij key={r.id} r={r} taal={taal} zoek={zoek} open={loaderData.teToewijzen === r.id}>
                <section aria-labelledby="toewijzen-titel" className="mw-stapel" id="toewijzen">
                  <h2 id="toewijzen-titel" className="nl-heading nl-heading--level-3">
                    {t("werkvoorraad.toewijzen_titel", { werknaam: r.werknaam })}
                  </h2>
                  <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
                  <Form method="post" className="mw-formulier" noValidate>
                    <input type="hidden" name="dossierId" value={r.id} />
                    <Keuzelijst
                      naam="gebruikerId"
                      label={t("veld.gebruikerId")}
                      waarde={waarde("gebruikerId")}
                      fout={fout("gebruikerId")}
                      verplicht
                      leeg={t("toegang.kies_collega")}
                      opties={loaderData.collegas.map((c) => ({ waarde: c.id, label: c.naam }))}
                    />
                    <TekstGebied
                      naam="reden"
                      label={t("veld.reden_delen")}
                      hint={t("hint.reden_delen")}
                      waarde={waarde("reden")}
                      fout={fout("reden")}
                      verplicht
                      rijen={2}
                    />
                    <div className="mw-rij">
                      <Knop>{t("werkvoorraad.toewijzen_knop")}</Knop>
                      <Link className="nl-link" to={`/werkvoorraad${alsQuery(zoek)}`}>
                        {t("werkvoorraad.annuleren")}
                      </Link>
                    </div>
                  </Form>
                </section>
              </Rij>
            ))}
          </Tabel>
        </>
      )}
      <Paginering
        pad="/werkvoorraad"
        zoek={zoek}
        pagina={loaderData.pagina}
        vorige={loaderData.vorige}
        volgende={loaderData.volgende}
      />
    </div>
  );
}

/** The counts in the order shown; a narrower filter under the one it narrows. */
const TELLING_GROEPEN: readonly (readonly [Telfilter, Telfilter | null])[] = [
  ["achterstallig", null],
  ["besluit_gevraagd", null],
  ["wacht_op_vt", "wacht_op_vt_lang"],
  ["versneld", "versneld_klok"],
  ["in_monitoring", null],
  ["gesloten", null],
];

function Telling({
  filter,
  tellingen,
  vtWerkdagen,
}: {
  filter: Telfilter;
  tellingen: Readonly<Record<Telfilter, number>> | null;
  vtWerkdagen: number;
}) {
  const { t } = useT();
  return (
    <Link className="nl-link" to={`/werkvoorraad${alsQuery(telQuery(filter, vtWerkdagen))}`}>
      {t(`werkvoorraad.telling_${filter}`, { count: tellingen?.[filter] ?? 0, werkdagen: vtWerkdagen })}
    </Link>
  );
}

type RijData = Route.ComponentProps["loaderData"]["rijen"][number];

/** One case: its figures, what is special about it, and "toewijzen"; with the assignment form below it when asked for. */
function Rij({
  r,
  taal,
  zoek,
  open,
  children,
}: {
  r: RijData;
  taal: Taal;
  zoek: Zoekvelden;
  open: boolean;
  children: React.ReactNode;
}) {
  const { t } = useT();
  const bijzonderheden = [
    r.besluitGevraagd ? t("werkvoorraad.besluit_gevraagd") : null,
    r.wachtOpVtSinds
      ? t("werkvoorraad.wacht_op_vt", {
          datum: formatteerDatum(r.wachtOpVtSinds, taal),
          count: r.wachtOpVtWerkdagen ?? 0,
        })
      : null,
    r.versneldSinds ? t("werkvoorraad.versneld_sinds", { tijdstip: formatteerTijdstip(r.versneldSinds, taal) }) : null,
    r.klok
      ? t(`werkvoorraad.klok_regel_${r.klok.status}`, {
          count: r.klok.minuten,
          tijdstip: formatteerTijdstip(r.klok.deadline, taal),
        })
      : null,
    r.inMonitoring ? t("werkvoorraad.in_monitoring") : null,
    r.gesloten
      ? r.bewaarTot
        ? t("werkvoorraad.gesloten_bewaren", { datum: formatteerDatum(r.bewaarTot, taal) })
        : t("dossiers.status_gesloten")
      : null,
  ]
    .filter(Boolean)
    .join("; ");
  return (
    <>
      <tr className="utrecht-table__row">
        <td className="utrecht-table__cell" data-label={t("dossiers.kolom_werknaam")}>
          <Link className="nl-link" to={`/dossiers/${r.id}`}>
            {r.werknaam}
          </Link>
        </td>
        <td className="utrecht-table__cell mw-kenmerk" data-label={t("dossiers.kolom_kenmerk")}>
          {r.id.slice(0, 8)}
        </td>
        <td className="utrecht-table__cell" data-label={t("werkvoorraad.kolom_stap")}>
          {t(`fase.${r.fase}`)}
        </td>
        <td
          className="utrecht-table__cell utrecht-table__cell--numeric"
          data-label={t("werkvoorraad.kolom_dagen_stil")}
        >
          {r.dagenStil}
        </td>
        <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={t("werkvoorraad.kolom_open")}>
          {r.openTaken}
        </td>
        <td
          className="utrecht-table__cell utrecht-table__cell--numeric"
          data-label={t("werkvoorraad.kolom_achterstallig")}
        >
          {r.achterstalligeTaken}
        </td>
        <td className="utrecht-table__cell" data-label={t("werkvoorraad.kolom_bijzonderheden")}>
          {bijzonderheden}
        </td>
        <td className="utrecht-table__cell mw-geen-print" data-label={t("werkvoorraad.kolom_acties")}>
          {r.magToewijzen && !open ? (
            <Link className="nl-link" to={`/werkvoorraad${alsQuery({ ...zoek, toewijzen: r.id })}#toewijzen`}>
              {t("werkvoorraad.toewijzen")}
              <span className="mw-visueel-verborgen"> {r.werknaam}</span>
            </Link>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="utrecht-table__row mw-geen-print">
          <td className="utrecht-table__cell" colSpan={8}>
            {children}
          </td>
        </tr>
      ) : null}
    </>
  );
}
