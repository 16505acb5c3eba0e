import { useT } from "../vertaling.tsx";
import { Form, Link } from "react-router";
import type { Route } from "./+types/toegangslog";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { leesToegangslogPagina } from "../../app/toegang/toegangslog-lezen.ts";
import { LOG_ACTIES, LOG_UITKOMSTEN, LOG_VOLGORDES } from "../../domain/toegang/logacties.ts";
import { OUDE_KETEN } from "../../domain/toegang/logketen.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { Keuzelijst, Knop, TekstVeld } from "../components/formulier.tsx";
import { Paginering, paginaNummer } from "../components/paginering.tsx";
import { Tabel } from "../components/tabel.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["toegangslog_lezen"] };

/** The GET parameters of the filter form; `cursor` and `pagina` come from the page links. */
const FILTERVELDEN = ["dossier", "gebruiker", "actie", "uitkomst", "van", "tot", "volgorde"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const url = new URL(request.url);
  const filter = Object.fromEntries(FILTERVELDEN.map((k) => [k, url.searchParams.get(k) ?? undefined])) as Record<
    (typeof FILTERVELDEN)[number],
    string | undefined
  >;
  const pagina = await ofFoutpagina(
    leesToegangslogPagina(runtime, wie, { ...filter, cursor: url.searchParams.get("cursor") ?? undefined }),
  );
  // Only what the table shows: `details` may hold free text that a logbeheerder is not to read.
  const zichtbaar = pagina.items.map((r) => ({
    id: r.id,
    keten: r.keten,
    oudeKeten: r.keten === OUDE_KETEN,
    volgnummer: r.volgnummer,
    tijdstip: r.tijdstip,
    gebruikerNaam: r.gebruikerNaam,
    rol: r.rol,
    actie: r.actie,
    uitkomst: r.uitkomst,
    grondslag: r.grondslag,
    dossierId: r.dossierId,
    adres: r.adres,
  }));
  return {
    regels: zichtbaar,
    filter,
    mensen: pagina.mensen,
    pagina: pagina.vorige === null ? 1 : paginaNummer(url.searchParams.get("pagina")),
    vorige: pagina.vorige,
    volgende: pagina.volgende,
  };
}

export default function Toegangslog({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { regels, filter, mensen } = loaderData;
  const gefilterd = Object.values(filter).some((w) => w);
  return (
    <div className="mw-stapel">
      <title>{`${t("toegangslog.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("toegangslog.titel")}</h1>
      <p className="nl-paragraph">{t("toegangslog.uitleg")}</p>
      {/* The key resets the fields after a search made with JavaScript, as a full page load would. */}
      <Form
        method="get"
        className="mw-zoeken mw-stapel mw-geen-print"
        aria-label={t("toegangslog.filters")}
        key={JSON.stringify(filter)}
      >
        <fieldset className="mw-filterset">
          <legend>{t("toegangslog.filters")}</legend>
          <div className="mw-filter">
            <TekstVeld naam="dossier" label={t("toegangslog.dossier")} waarde={filter.dossier ?? ""} />
            <Keuzelijst
              naam="gebruiker"
              label={t("toegangslog.gebruiker")}
              waarde={filter.gebruiker ?? ""}
              leeg={t("toegangslog.iedereen")}
              opties={mensen.map((m) => ({ waarde: m.id, label: m.naam }))}
            />
            <Keuzelijst
              naam="actie"
              label={t("toegangslog.actie")}
              waarde={filter.actie ?? ""}
              leeg={t("toegangslog.actie_alle")}
              opties={LOG_ACTIES.map((a) => ({ waarde: a, label: t(`logactie.${a}`) }))}
            />
            <Keuzelijst
              naam="uitkomst"
              label={t("toegangslog.uitkomst")}
              waarde={filter.uitkomst ?? ""}
              leeg={t("toegangslog.uitkomst_alle")}
              opties={LOG_UITKOMSTEN.map((u) => ({ waarde: u, label: t(`loguitkomst.${u}`) }))}
            />
            <TekstVeld naam="van" type="date" label={t("toegangslog.van")} waarde={filter.van ?? ""} />
            <TekstVeld naam="tot" type="date" label={t("toegangslog.tot")} waarde={filter.tot ?? ""} />
            <Keuzelijst
              naam="volgorde"
              label={t("toegangslog.volgorde")}
              waarde={filter.volgorde ?? "nieuwste"}
              opties={LOG_VOLGORDES.map((v) => ({ waarde: v, label: t(`toegangslog.volgorde_${v}`) }))}
            />
          </div>
        </fieldset>
        <div className="mw-rij">
          <Knop soort="secondary">{t("toegangslog.knop")}</Knop>
          {gefilterd ? (
            <Link className="nl-link" to="/toegangslog">
              {t("toegangslog.wissen")}
            </Link>
          ) : null}
        </div>
      </Form>
      {regels.length > 0 ? (
        <p className="nl-paragraph" role="status">
          {t("toegangslog.aantal", { count: regels.length, pagina: loaderData.pagina })}
        </p>
      ) : null}
      {regels.length === 0 ? (
        <p className="nl-paragraph" role="status">
          {t("toegangslog.leeg")}
        </p>
      ) : (
        <Tabel
          bijschrift={t("toegangslog.titel")}
          kolommen={(
            [
              "kolom_nr",
              "kolom_tijd",
              "kolom_wie",
              "kolom_actie",
              "kolom_uitkomst",
              "kolom_grondslag",
              "kolom_dossier",
              "kolom_adres",
            ] as const
          ).map((k) => t(`toegangslog.${k}`))}
        >
          {regels.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                {/* Sealed in batches shortly after the action (decision 0057): until then the entry has no number. */}
                {r.volgnummer === null
                  ? t("toegangslog.nog_niet_verzegeld")
                  : r.oudeKeten
                    ? t("toegangslog.nr_oude_keten", { volgnummer: r.volgnummer })
                    : r.volgnummer}
              </td>
              <td className="utrecht-table__cell">{formatteerTijdstip(r.tijdstip, taal)}</td>
              <td className="utrecht-table__cell">{`${r.gebruikerNaam ?? "—"}${
                r.rol
                  ? ` (${r.rol
                      .split(",")
                      .map((x) => t(`rol.${x}`))
                      .join(", ")})`
                  : ""
              }`}</td>
              <td className="utrecht-table__cell">{t(`logactie.${r.actie}`)}</td>
              <td className="utrecht-table__cell">{t(`loguitkomst.${r.uitkomst}`)}</td>
              <td className="utrecht-table__cell">{r.grondslag ? t(`grondslag.${r.grondslag}`) : "—"}</td>
              <td className="utrecht-table__cell">{r.dossierId ? r.dossierId.slice(0, 8) : "—"}</td>
              <td className="utrecht-table__cell">{r.adres ?? "—"}</td>
            </tr>
          ))}
        </Tabel>
      )}
      <Paginering
        pad="/toegangslog"
        zoek={filter}
        pagina={loaderData.pagina}
        vorige={loaderData.vorige}
        volgende={loaderData.volgende}
      />
    </div>
  );
}
