import { useT } from "../vertaling.tsx";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/beheer-vernietiging";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { STATUS_VAN_FOUT } from "../../adapters/http/fout-naar-status.ts";
import { alsLogStoringDan503 } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { leesVernietigingen } from "../../app/organisatie/vernietiging.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { formatteerDatum, formatteerTijdstip } from "../../i18n/vertaal.ts";
import { Keuzelijst, Knop, TekstVeld } from "../components/formulier.tsx";
import { Paginering, paginaNummer } from "../components/paginering.tsx";
import { Tabel } from "../components/tabel.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["vernietiging_bekijken"] };

const ZOEKVELDEN = ["kenmerk", "alle"] as const;
type Zoekvelden = Record<(typeof ZOEKVELDEN)[number], string | undefined>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const url = new URL(request.url);
  const zoek = Object.fromEntries(ZOEKVELDEN.map((k) => [k, url.searchParams.get(k) ?? undefined])) as Zoekvelden;
  const kop = {
    zoek,
    vernietigdKenmerk: /^[0-9a-f]{8}$/.test(url.searchParams.get("vernietigd") ?? "")
      ? url.searchParams.get("vernietigd")
      : null,
  };
  try {
    const pagina = await leesVernietigingen(runtime, wie, {
      ...zoek,
      cursor: url.searchParams.get("cursor") ?? undefined,
    });
    return {
      ...kop,
      zoekFout: null,
      rijen: pagina.items.map((r) => ({
        dossierId: r.dossierId,
        kenmerk: r.kenmerk,
        geopendOp: r.geopendOp,
        geslotenOp: r.geslotenOp,
        bewaarTot: r.bewaarTot,
        verstreken: r.verstreken,
        bewaarplicht: r.bewaarplicht
          ? { door: r.bewaarplicht.ingesteldDoorNaam, op: r.bewaarplicht.ingesteldOp.toISOString() }
          : null,
        voorstel: r.voorstel
          ? { door: r.voorstel.voorgesteldDoorNaam, op: r.voorstel.voorgesteldOp.toISOString() }
          : null,
      })),
      vernietigd: pagina.vernietigd.map((r) => ({
        ...r,
        voorgesteldOp: r.voorgesteldOp.toISOString(),
        vernietigdOp: r.vernietigdOp?.toISOString() ?? null,
      })),
      pagina: pagina.vorige === null ? 1 : paginaNummer(url.searchParams.get("pagina")),
      vorige: pagina.vorige,
      volgende: pagina.volgende,
    };
  } catch (fout) {
    // A reference that is not one is said beside the search field, not as an error page.
    const veld =
      fout instanceof DomeinFout && fout.code === "ONGELDIGE_INVOER"
        ? fout.velden.find((v) => v.veld === "kenmerk")
        : undefined;
    if (!veld) {
      alsLogStoringDan503(fout);
      if (fout instanceof DomeinFout) throw data(null, { status: STATUS_VAN_FOUT[fout.code] });
      throw fout;
    }
    return data(
      { ...kop, zoekFout: veld.sleutel, rijen: [], vernietigd: [], pagina: 1, vorige: null, volgende: null },
      { status: 400 },
    );
  }
}

export default function BeheerVernietiging({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { zoek, rijen, vernietigd } = loaderData;
  const gefilterd = Boolean(zoek.kenmerk || zoek.alle);
  return (
    <div className="mw-stapel">
      <title>{`${t("vernietiging.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("vernietiging.titel")}</h1>
      <p className="nl-paragraph">{t("vernietiging.uitleg")}</p>
      {loaderData.vernietigdKenmerk ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">
            {t("vernietiging.vernietigd_melding", { kenmerk: loaderData.vernietigdKenmerk })}
          </p>
        </div>
      ) : null}
      <Form
        method="get"
        role="search"
        aria-label={t("vernietiging.zoekformulier")}
        className="mw-zoeken mw-stapel"
        key={JSON.stringify(zoek)}
      >
        <div className="mw-filter">
          <TekstVeld
            naam="kenmerk"
            label={t("vernietiging.zoek_kenmerk")}
            hint={t("vernietiging.zoek_kenmerk_hint")}
            waarde={zoek.kenmerk ?? ""}
            fout={loaderData.zoekFout ? t(loaderData.zoekFout) : undefined}
          />
          <Keuzelijst
            naam="alle"
            label={t("vernietiging.welke")}
            waarde={zoek.alle ?? ""}
            leeg={t("vernietiging.welke_verstreken")}
            opties={[{ waarde: "ja", label: t("vernietiging.welke_alle") }]}
          />
        </div>
        <div className="mw-rij">
          <Knop soort="secondary">{t("dossiers.knop_zoeken")}</Knop>
          {gefilterd ? (
            <Link className="nl-link" to="/beheer/vernietiging">
              {t("dossiers.wissen")}
            </Link>
          ) : null}
        </div>
      </Form>
      {rijen.length === 0 ? (
        <p className="nl-paragraph" role="status">
          {gefilterd ? t("dossiers.geen_resultaat") : t("vernietiging.leeg")}
        </p>
      ) : (
        <>
          <p className="nl-paragraph" role="status">
            {t("dossiers.aantal", { count: rijen.length, pagina: loaderData.pagina })}
          </p>
          <Tabel
            klasse="mw-tabel--stapel"
            bijschrift={t("vernietiging.tabel")}
            kolommen={[
              t("dossiers.kolom_kenmerk"),
              t("vernietiging.geopend"),
              t("vernietiging.gesloten"),
              t("vernietiging.bewaren_tot"),
              t("vernietiging.stand"),
            ]}
          >
            {rijen.map((r) => (
              <tr className="utrecht-table__row" key={r.dossierId}>
                <td className="utrecht-table__cell mw-kenmerk" data-label={t("dossiers.kolom_kenmerk")}>
                  <Link
                    className="nl-link"
                    to={`/beheer/vernietiging/${r.dossierId}`}
                    aria-label={t("vernietiging.open_dossier", { kenmerk: r.kenmerk })}
                  >
                    {r.kenmerk}
                  </Link>
                </td>
                <td className="utrecht-table__cell" data-label={t("vernietiging.geopend")}>
                  {formatteerDatum(r.geopendOp, taal)}
                </td>
                <td className="utrecht-table__cell" data-label={t("vernietiging.gesloten")}>
                  {formatteerDatum(r.geslotenOp, taal)}
                </td>
                <td className="utrecht-table__cell" data-label={t("vernietiging.bewaren_tot")}>
                  {formatteerDatum(r.bewaarTot, taal)}
                </td>
                <td className="utrecht-table__cell" data-label={t("vernietiging.stand")}>
                  {r.bewaarplicht
                    ? t("vernietiging.stand_bewaarplicht", {
                        naam: r.bewaarplicht.door,
                        datum: formatteerDatum(r.bewaarplicht.op, taal),
                      })
                    : r.voorstel
                      ? t("vernietiging.stand_voorgesteld", {
                          naam: r.voorstel.door,
                          datum: formatteerDatum(r.voorstel.op, taal),
                        })
                      : t(r.verstreken ? "vernietiging.stand_verstreken" : "vernietiging.stand_bewaren")}
                </td>
              </tr>
            ))}
          </Tabel>
        </>
      )}
      <Paginering
        pad="/beheer/vernietiging"
        zoek={zoek}
        pagina={loaderData.pagina}
        vorige={loaderData.vorige}
        volgende={loaderData.volgende}
      />

      <section aria-labelledby="vernietigd-titel" className="mw-stapel">
        <h2 id="vernietigd-titel" className="nl-heading nl-heading--level-2">
          {t("vernietiging.vernietigd_titel")}
        </h2>
        <p className="nl-paragraph">{t("vernietiging.vernietigd_uitleg")}</p>
        {vernietigd.length === 0 ? (
          <p className="nl-paragraph">{t("vernietiging.vernietigd_leeg")}</p>
        ) : (
          <Tabel
            klasse="mw-tabel--stapel"
            bijschrift={t("vernietiging.vernietigd_titel")}
            kolommen={[
              t("dossiers.kolom_kenmerk"),
              t("vernietiging.termijn"),
              t("vernietiging.voorgesteld_door"),
              t("vernietiging.goedgekeurd_door"),
            ]}
          >
            {vernietigd.map((r) => (
              <tr className="utrecht-table__row" key={r.dossierId}>
                <td className="utrecht-table__cell mw-kenmerk" data-label={t("dossiers.kolom_kenmerk")}>
                  {r.kenmerk}
                </td>
                <td className="utrecht-table__cell" data-label={t("vernietiging.termijn")}>
                  {t("vernietiging.termijn_tekst", {
                    geopend: formatteerDatum(r.geopendOp, taal),
                    gesloten: formatteerDatum(r.geslotenOp, taal),
                    tot: formatteerDatum(r.bewaarTot, taal),
                  })}
                </td>
                <td
                  className="utrecht-table__cell"
                  data-label={t("vernietiging.voorgesteld_door")}
                >{`${r.voorgesteldDoorNaam}, ${formatteerTijdstip(r.voorgesteldOp, taal)}`}</td>
                <td
                  className="utrecht-table__cell"
                  data-label={t("vernietiging.goedgekeurd_door")}
                >{`${r.goedgekeurdDoorNaam ?? "—"}${r.vernietigdOp ? `, ${formatteerTijdstip(r.vernietigdOp, taal)}` : ""}`}</td>
              </tr>
            ))}
          </Tabel>
        )}
      </section>
    </div>
  );
}
