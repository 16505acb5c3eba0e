import { Fragment } from "react";
import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-afschrift";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, lijstVan, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { leesbareWaarde, veldLabel } from "../../adapters/pdf/afschrift-naar-pdf.ts";
import { leesAfschriftVoorbereiding, markeerTekst } from "../../app/dossier/afschrift.ts";
import { voegGebeurtenisToeAanDossier } from "../../app/dossier/voeg-gebeurtenis-toe.ts";
import { markeerStukken, type Vermelding } from "../../domain/dossier/afschrift.ts";
import type { Weglating } from "../../domain/dossier/gebeurtenis.ts";
import { VERZOEKERS, WEIGERGRONDEN, type Weigergrond } from "../../domain/dossier/keuzes.ts";
import { formatteerDatum, formatteerTijdstip } from "../../i18n/vertaal.ts";
import {
  FoutSamenvatting,
  Keuzegroep,
  Keuzelijst,
  Knop,
  TekstGebied,
  TekstVeld,
  useFormulier,
  VeldPrefix,
} from "../components/formulier.tsx";
import { useDossier } from "../dossier-data.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["inzage_afschrift"] };

const verzoekUit = (url: URL) => {
  const id = url.searchParams.get("verzoek");
  return id && isGeldigId(id) ? id : null;
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  return await ofFoutpagina(leesAfschriftVoorbereiding(runtime, wie, params.id, verzoekUit(new URL(request.url))));
}

/**
 * Three forms on one page: record a request, withhold a text wherever it stands, and save the marks per
 * entry and field (spans found earlier are kept unless ticked off). Each saves through the one append.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const formulier = await leesFormulier(request);
  const basis = `/dossiers/${params.id}/afschrift`;
  const versie = Number(tekstVan(formulier, "versie"));
  const verzoek = tekstVan(formulier, "verzoek");
  try {
    switch (tekstVan(formulier, "bedoeling")) {
      case "verzoek": {
        const { gebeurtenisId } = await voegGebeurtenisToeAanDossier(runtime, wie, params.id, {
          ...stapInvoer("inzageverzoek_ontvangen", formulier),
          verwachteVersie: versie,
        });
        return redirect(`${basis}?verzoek=${gebeurtenisId}`);
      }
      case "tekst": {
        const { gevonden } = await markeerTekst(runtime, wie, params.id, {
          verzoek,
          tekst: tekstVan(formulier, "tekst"),
          grond: tekstVan(formulier, "grond"),
          versie,
        });
        return redirect(`${basis}?verzoek=${verzoek}&gemarkeerd=${gevonden}`);
      }
      default: {
        const huidig = await leesAfschriftVoorbereiding(runtime, wie, params.id, isGeldigId(verzoek) ? verzoek : null);
        const opheffen = new Set(lijstVan(formulier, "opheffen"));
        const spans = (huidig.gekozen?.weglatingen ?? []).filter(
          (w, i) => w.van !== undefined && !opheffen.has(String(i)),
        );
        // Fields are named by position (`v3`, `f3.2`) to keep a long dossier's form small; the append's
        // version check guarantees the positions still mean the entries the page showed.
        const vermeldingen = huidig.gekozen?.vermeldingen ?? [];
        const gekozen: Weglating[] = [];
        for (const [naam, waarde] of formulier) {
          if (typeof waarde !== "string" || waarde === "") continue;
          const positie = /^(v|f)(\d{1,5})(?:\.(\d{1,5}))?$/u.exec(naam);
          const vermelding = positie ? vermeldingen[Number(positie[2])] : undefined;
          if (!positie || !vermelding) continue;
          if (positie[1] === "v")
            gekozen.push({ gebeurtenisId: vermelding.gebeurtenisId, grond: waarde as Weigergrond });
          const veld = positie[3] === undefined ? undefined : vermelding.velden[Number(positie[3])];
          if (positie[1] === "f" && veld)
            gekozen.push({ gebeurtenisId: vermelding.gebeurtenisId, veld: veld.pad, grond: waarde as Weigergrond });
        }
        await voegGebeurtenisToeAanDossier(runtime, wie, params.id, {
          type: "inzage_voorbereid",
          verwachteVersie: versie,
          gegevens: { verzoek, weglatingen: [...gekozen, ...spans] },
        });
        return redirect(`${basis}?verzoek=${verzoek}&opgeslagen=1`);
      }
    }
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Afschrift({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { dossier, vandaag } = useDossier();
  const { verzoeken, gekozen, versie } = loaderData;
  const [zoek] = useSearchParams();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const gronden = WEIGERGRONDEN.map((g) => ({ waarde: g, label: t(`afschrift.grond.${g}.kort`) }));
  const bedoeling = antwoord?.waarden["bedoeling"];
  const gemarkeerd = zoek.get("gemarkeerd");
  return (
    <div className="mw-stapel">
      <title>{`${t("afschrift.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("afschrift.titel")}</h2>
      <p className="nl-paragraph">{t("afschrift.uitleg")}</p>
      <p className="nl-paragraph">
        {t("afschrift.verschil")}{" "}
        <Link className="nl-link" to={`/dossiers/${dossier.id}/inzage`}>
          {t("afschrift.naar_inzage")}
        </Link>
      </p>
      {gemarkeerd ? (
        <p className="mw-melding mw-melding--succes" role="status">
          {t("afschrift.gemarkeerd", { count: Number(gemarkeerd) })}
        </p>
      ) : null}
      {zoek.get("opgeslagen") ? (
        <p className="mw-melding mw-melding--succes" role="status">
          {t("afschrift.opgeslagen")}
        </p>
      ) : null}
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding) : undefined}
        labelVan={(veld) => (veld.startsWith("weglatingen") ? t("afschrift.markeringen") : t(`afschrift.veld.${veld}`))}
      />

      <section aria-labelledby="verzoeken-titel" className="mw-stapel">
        <h3 id="verzoeken-titel" className="nl-heading nl-heading--level-3">
          {t("afschrift.verzoeken")}
        </h3>
        {verzoeken.length === 0 ? (
          <p className="nl-paragraph">{t("afschrift.geen_verzoeken")}</p>
        ) : (
          <ul className="mw-lijst">
            {verzoeken.map((v) => (
              <li key={v.id}>
                <Link
                  className="nl-link"
                  to={`?verzoek=${v.id}`}
                  aria-current={gekozen?.verzoek.id === v.id ? "true" : undefined}
                >
                  {t("afschrift.verzoek_regel", {
                    naam: v.gegevens.naam,
                    wie: t(`keuze.verzoeker.${v.gegevens.verzoeker}`),
                    datum: formatteerDatum(v.gegevens.datum, taal),
                  })}
                </Link>
                {" — "}
                {v.verstrekt
                  ? t("afschrift.status_verstrekt", {
                      datum: formatteerDatum(v.verstrekt.gegevens.datum, taal),
                      aan: v.verstrekt.gegevens.aan,
                    })
                  : v.voorbereidOp
                    ? t("afschrift.status_voorbereid")
                    : t("afschrift.status_nieuw")}
              </li>
            ))}
          </ul>
        )}
        <details className="mw-kennis" open={bedoeling === "verzoek" || verzoeken.length === 0}>
          <summary>{t("afschrift.nieuw_verzoek")}</summary>
          <VeldPrefix.Provider value="verzoek-">
            <Form method="post" className="mw-formulier" noValidate>
              <input type="hidden" name="bedoeling" value="verzoek" />
              <input type="hidden" name="versie" value={versie} />
              <Keuzegroep
                naam="verzoeker"
                soort="radio"
                legenda={t("afschrift.veld.verzoeker")}
                fout={fout("verzoeker")}
                verplicht
                gekozen={[waarde("verzoeker")]}
                opties={VERZOEKERS.map((v) => ({ waarde: v, label: t(`keuze.verzoeker.${v}`) }))}
              />
              <TekstVeld
                naam="naam"
                label={t("afschrift.veld.naam")}
                waarde={waarde("naam")}
                fout={fout("naam")}
                verplicht
              />
              <TekstVeld
                naam="datum"
                type="date"
                max={vandaag}
                label={t("afschrift.veld.datum")}
                waarde={waarde("datum", vandaag)}
                fout={fout("datum")}
                verplicht
              />
              <TekstGebied
                naam="gevraagd"
                label={t("afschrift.veld.gevraagd")}
                hint={t("afschrift.hint_gevraagd")}
                waarde={waarde("gevraagd")}
                fout={fout("gevraagd")}
                verplicht
                rijen={2}
              />
              <Knop>{t("afschrift.verzoek_knop")}</Knop>
            </Form>
          </VeldPrefix.Provider>
        </details>
      </section>

      {gekozen && gekozen.verzoek.verstrekt ? (
        <section aria-labelledby="verstrekt-titel" className="mw-stapel">
          <h3 id="verstrekt-titel" className="nl-heading nl-heading--level-3">
            {t("afschrift.verstrekt_titel")}
          </h3>
          <p className="nl-paragraph">
            {t("afschrift.verstrekt_op", {
              datum: formatteerDatum(gekozen.verzoek.verstrekt.gegevens.datum, taal),
              aan: gekozen.verzoek.verstrekt.gegevens.aan,
              wijze: t(`keuze.verstrek_wijze.${gekozen.verzoek.verstrekt.gegevens.wijze}`),
            })}
          </p>
          <p className="nl-paragraph">
            <Link className="nl-link" to={`voorbeeld?verzoek=${gekozen.verzoek.id}`}>
              {t("afschrift.naar_voorbeeld")}
            </Link>
          </p>
        </section>
      ) : gekozen ? (
        <section aria-labelledby="voorbereiden-titel" className="mw-stapel">
          <h3 id="voorbereiden-titel" className="nl-heading nl-heading--level-3">
            {t("afschrift.voorbereiden", { naam: gekozen.verzoek.gegevens.naam })}
          </h3>
          <p className="nl-paragraph">{t("afschrift.voorbereiden_uitleg")}</p>
          {gekozen.nieuwer > 0 ? (
            <p className="mw-melding mw-melding--waarschuwing">{t("afschrift.nieuwer", { count: gekozen.nieuwer })}</p>
          ) : null}
          <GrondenUitleg />
          {gekozen.verzoek.voorbereidOp ? (
            <p className="nl-paragraph">
              <Link className="nl-link" to={`voorbeeld?verzoek=${gekozen.verzoek.id}`}>
                {t("afschrift.naar_voorbeeld")}
              </Link>
            </p>
          ) : null}

          <VeldPrefix.Provider value="tekst-">
            <Form method="post" className="mw-formulier" noValidate aria-labelledby="tekst-titel">
              <h4 id="tekst-titel" className="nl-heading nl-heading--level-4">
                {t("afschrift.tekst_titel")}
              </h4>
              <input type="hidden" name="bedoeling" value="tekst" />
              <input type="hidden" name="versie" value={versie} />
              <input type="hidden" name="verzoek" value={gekozen.verzoek.id} />
              <TekstVeld
                naam="tekst"
                label={t("afschrift.veld.tekst")}
                hint={t("afschrift.hint_tekst")}
                fout={bedoeling === "tekst" ? fout("tekst") : undefined}
                verplicht
              />
              <Keuzelijst
                naam="grond"
                label={t("afschrift.veld.grond")}
                opties={gronden}
                fout={bedoeling === "tekst" ? fout("grond") : undefined}
                verplicht
              />
              <Knop soort="secondary">{t("afschrift.tekst_knop")}</Knop>
            </Form>
          </VeldPrefix.Provider>

          <Form method="post" className="mw-formulier" noValidate aria-labelledby="markeringen-titel">
            <h4 id="markeringen-titel" className="nl-heading nl-heading--level-4">
              {t("afschrift.markeringen")}
            </h4>
            <input type="hidden" name="bedoeling" value="markeringen" />
            <input type="hidden" name="versie" value={versie} />
            <input type="hidden" name="verzoek" value={gekozen.verzoek.id} />
            {gekozen.vermeldingen.map((v, i) => (
              <VermeldingMarkeren
                key={v.gebeurtenisId}
                index={i}
                vermelding={v}
                weglatingen={gekozen.weglatingen}
                gronden={gronden}
              />
            ))}
            <Knop>{t("afschrift.opslaan")}</Knop>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

function GrondenUitleg() {
  const { t } = useT();
  return (
    <details className="mw-kennis">
      <summary>{t("afschrift.gronden_titel")}</summary>
      <dl className="mw-gegevens">
        {WEIGERGRONDEN.map((g) => (
          <Fragment key={g}>
            <dt>{t(`afschrift.grond.${g}.kort`)}</dt>
            <dd>{t(`afschrift.grond.${g}.uitleg`)}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}

/** One entry: withhold it whole, or a field of it; the spans found by a search are shown marked, each with a box to lift it. */
function VermeldingMarkeren({
  index,
  vermelding: v,
  weglatingen,
  gronden,
}: {
  index: number;
  vermelding: Vermelding;
  weglatingen: readonly Weglating[];
  gronden: { waarde: string; label: string }[];
}) {
  const { t, taal } = useT();
  const eigen = weglatingen.map((w, i) => ({ w, i })).filter(({ w }) => w.gebeurtenisId === v.gebeurtenisId);
  const heel = eigen.find(({ w }) => w.veld === undefined)?.w.grond ?? "";
  return (
    <fieldset className="mw-afschrift-vermelding">
      <legend>{`${v.volgnummer}. ${t(`gebeurtenis.${v.type}`)} · ${formatteerTijdstip(v.opgetredenOp, taal)}`}</legend>
      <Keuzelijst
        naam={`v${index}`}
        label={t("afschrift.hele_vermelding")}
        waarde={heel}
        opties={gronden}
        leeg={t("afschrift.niet_weglaten")}
      />
      {v.velden.map((veld, j) => {
        const spans = eigen.filter(({ w }) => w.veld === veld.pad && w.van !== undefined);
        const veldGrond = eigen.find(({ w }) => w.veld === veld.pad && w.van === undefined)?.w.grond ?? "";
        const stukken = markeerStukken(
          veld.waarde,
          spans.map(({ w }) => ({ van: w.van ?? 0, tot: w.tot ?? 0, grond: w.grond })),
        );
        return (
          <div key={veld.pad} className="mw-afschrift-veld">
            <p className="nl-paragraph">
              <strong>{veldLabel(veld.pad, t)}</strong>
              {": "}
              {stukken.map((s, i) =>
                s.gronden ? (
                  // The preparer sees what she withholds: the original text, marked, with its grounds for a screen reader.
                  <mark key={i} className="mw-weggelaten">
                    {s.tekst}
                    <span className="mw-visueel-verborgen">{` (${t("afschrift.wordt_weggelaten", { gronden: s.gronden.map((g) => t(`afschrift.grond.${g}.kort`)).join(", ") })})`}</span>
                  </mark>
                ) : (
                  <span key={i}>
                    {spans.length === 0 ? leesbareWaarde(veld.pad, s.tekst, v.type, t, taal) : s.tekst}
                  </span>
                ),
              )}
            </p>
            <div className="mw-afschrift-keuze">
              <label className="utrecht-form-label" htmlFor={`weglaten-${index}-${j}`}>
                {t("afschrift.veld_weglaten_kort")}
                <span className="mw-visueel-verborgen">{`: ${veldLabel(veld.pad, t)}`}</span>
              </label>
              <select
                id={`weglaten-${index}-${j}`}
                name={`f${index}.${j}`}
                defaultValue={veldGrond}
                className="utrecht-select utrecht-select--html-select"
              >
                <option value="">{t("afschrift.niet_weglaten")}</option>
                {gronden.map((g) => (
                  <option key={g.waarde} value={g.waarde}>
                    {g.label}
                  </option>
                ))}
              </select>
            </div>
            {spans.length > 0 ? (
              <fieldset className="mw-afschrift-spans">
                <legend className="mw-visueel-verborgen">
                  {t("afschrift.opheffen_legenda", { veld: veldLabel(veld.pad, t) })}
                </legend>
                {spans.map(({ w, i }) => (
                  <div className="mw-keuze" key={i}>
                    <input
                      id={`opheffen-${i}`}
                      type="checkbox"
                      name="opheffen"
                      value={i}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                    />
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`opheffen-${i}`}>
                      {t("afschrift.opheffen", {
                        tekst: veld.waarde.slice(w.van, w.tot),
                        grond: t(`afschrift.grond.${w.grond}.kort`),
                      })}
                    </label>
                  </div>
                ))}
              </fieldset>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
