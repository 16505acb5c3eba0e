import { useT } from "../vertaling.tsx";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/cijfers";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { vandaagInNederland } from "../../app/context.ts";
import { categorieLabel, leesCijfers } from "../../app/cijfers/reflectiecijfers.ts";
import { schooljaarVan } from "../../domain/cijfers/cijfers.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { dagenNa } from "../../domain/tijd/werkdagen.ts";
import { formatteerDatum, taalVanVerzoek, vertaler } from "../../i18n/vertaal.ts";
import { Knop, TekstVeld } from "../components/formulier.tsx";
import { CelInhoud, Staafdiagram, type FiguurWeergave } from "../components/staafdiagram.tsx";
import { Tabel } from "../components/tabel.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["cijfers"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const url = new URL(request.url);
  const invoer = { van: url.searchParams.get("van") ?? undefined, tot: url.searchParams.get("tot") ?? undefined };
  const taal = taalVanVerzoek(request);
  const t = vertaler(taal);
  const dit = schooljaarVan(vandaagInNederland(runtime.klok()));
  const vorig = schooljaarVan(dagenNa(dit.van, -1));
  try {
    const c = await leesCijfers(runtime, wie, invoer);
    const figuren: FiguurWeergave[] = c.figuren.map((f) => ({
      id: f.id,
      titel: t(`cijfers.figuur.${f.id}.titel`),
      uitleg: t(`cijfers.figuur.${f.id}.uitleg`),
      soort: f.soort,
      totaal: f.totaal,
      rijen: f.rijen.map((r) => ({ label: categorieLabel(f.id, r.categorie, (k) => t(k), taal), cel: r.cel })),
    }));
    return {
      cijfers: { periode: c.periode, geopend: c.geopend, figuren, medianen: c.medianen },
      invoer,
      fouten: {} as Record<string, string>,
      dit,
      vorig,
    };
  } catch (fout) {
    // A period that cannot be used: the form again with the message beside its field, as a 400.
    if (fout instanceof DomeinFout && fout.code === "ONGELDIGE_INVOER") {
      const fouten = Object.fromEntries(fout.velden.map((v) => [v.veld, t(v.sleutel, v.waarden)]));
      return data({ cijfers: null, invoer, fouten, dit, vorig }, { status: 400 });
    }
    return ofFoutpagina(Promise.reject(fout as Error));
  }
}

export default function Cijfers({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { cijfers, invoer, fouten, dit, vorig } = loaderData;
  const periodeLink = (p: { van: string; tot: string }) => `/cijfers?van=${p.van}&tot=${p.tot}`;
  return (
    <div className="mw-stapel mw-cijfers">
      <title>{`${t("cijfers.titel")} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t("cijfers.titel")}</h1>
      <p className="nl-paragraph">{t("cijfers.uitleg")}</p>
      <Form
        method="get"
        aria-label={t("cijfers.periode_formulier")}
        className="mw-stapel mw-geen-print"
        key={JSON.stringify(invoer)}
      >
        <fieldset className="mw-filterset">
          <legend>{t("cijfers.periode_formulier")}</legend>
          <p className="mw-hint">{t("cijfers.periode_hint")}</p>
          <div className="mw-filter">
            <TekstVeld
              naam="van"
              type="date"
              label={t("cijfers.van")}
              waarde={invoer.van ?? cijfers?.periode.van ?? ""}
              fout={fouten["van"]}
            />
            <TekstVeld
              naam="tot"
              type="date"
              label={t("cijfers.tot")}
              waarde={invoer.tot ?? cijfers?.periode.tot ?? ""}
              fout={fouten["tot"]}
            />
          </div>
        </fieldset>
        <div className="mw-rij">
          <Knop soort="secondary">{t("cijfers.knop_tonen")}</Knop>
          <Link className="nl-link" to={periodeLink(dit)}>
            {t("cijfers.dit_schooljaar")}
          </Link>
          <Link className="nl-link" to={periodeLink(vorig)}>
            {t("cijfers.vorig_schooljaar")}
          </Link>
        </div>
      </Form>
      {cijfers ? (
        <>
          <h2 className="nl-heading nl-heading--level-2 mw-cijfers__periode">
            {t("cijfers.periode_kop", {
              van: formatteerDatum(cijfers.periode.van, taal),
              tot: formatteerDatum(cijfers.periode.tot, taal),
            })}
          </h2>
          <p className="nl-paragraph mw-cijfers__totaal">
            {t("cijfers.geopend_totaal")}:{" "}
            <strong>
              <CelInhoud cel={cijfers.geopend} />
            </strong>
          </p>
          <div className="mw-rij mw-geen-print">
            <a className="nl-link" href={`/cijfers.csv?van=${cijfers.periode.van}&tot=${cijfers.periode.tot}`} download>
              {t("cijfers.exporteren")}
            </a>
          </div>
          <p className="mw-hint mw-geen-print">{t("cijfers.afdrukken_hint")}</p>
          <section aria-labelledby="cijfers-legenda" className="mw-kennis">
            <h2 id="cijfers-legenda" className="nl-heading nl-heading--level-3">
              {t("cijfers.legenda_titel")}
            </h2>
            <ul className="utrecht-unordered-list">
              <li>{t("cijfers.legenda_onder5")}</li>
              <li>{t("cijfers.legenda_aanvullend")}</li>
              <li>{t("cijfers.legenda_verborgen")}</li>
            </ul>
          </section>
          {cijfers.figuren.map((f) => (
            <Staafdiagram key={f.id} figuur={f} />
          ))}
          <section aria-labelledby="cijfers-medianen" className="mw-stapel mw-cijfer">
            <h2 id="cijfers-medianen" className="nl-heading nl-heading--level-2">
              {t("cijfers.mediaan_titel")}
            </h2>
            <div className="mw-tabel-scroll" role="region" aria-labelledby="cijfers-medianen-tabel" tabIndex={0}>
              <Tabel
                klasse="mw-cijfer__tabel"
                bijschrift={t("cijfers.tabel", { titel: t("cijfers.mediaan_titel") })}
                bijschriftId="cijfers-medianen-tabel"
                kolommen={[
                  t("cijfers.kolom_categorie"),
                  { label: t("cijfers.aantal_dossiers"), klasse: "mw-getal" },
                  { label: t("cijfers.mediaan_label"), klasse: "mw-getal" },
                ]}
              >
                {cijfers.medianen.map((m) => (
                  <tr className="utrecht-table__row" key={m.id}>
                    <th className="utrecht-table__cell" scope="row">
                      {t(`cijfers.mediaan.${m.id}.titel`)}
                      <span className="mw-hint mw-blok">{t(`cijfers.mediaan.${m.id}.uitleg`)}</span>
                    </th>
                    <td className="utrecht-table__cell mw-getal">
                      <CelInhoud cel={m.aantal} />
                    </td>
                    <td className="utrecht-table__cell mw-getal">
                      {m.waarde === null
                        ? t("cijfers.niet_getoond")
                        : t(m.id === "vt_antwoordtijd" ? "cijfers.mediaan_werkdagen" : "cijfers.mediaan_dagen", {
                            waarde: m.waarde.toLocaleString(taal === "nl" ? "nl-NL" : "en-GB"),
                          })}
                    </td>
                  </tr>
                ))}
              </Tabel>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
