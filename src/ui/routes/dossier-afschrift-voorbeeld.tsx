import { Fragment } from "react";
import { useT } from "../vertaling.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/dossier-afschrift-voorbeeld";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { afschriftAlsPdfDocument } from "../../adapters/pdf/afschrift-naar-pdf.ts";
import type { PdfBlok } from "../../adapters/pdf/pdf-document.ts";
import { leesAfschrift } from "../../app/dossier/afschrift.ts";
import { voegGebeurtenisToeAanDossier } from "../../app/dossier/voeg-gebeurtenis-toe.ts";
import { VERSTREK_WIJZEN } from "../../domain/dossier/keuzes.ts";
import { formatteerDatum, taalVanVerzoek } from "../../i18n/vertaal.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { useDossier } from "../dossier-data.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["inzage_afschrift"] };

/**
 * The copy exactly as it will be handed over: the page renders the same document model as the PDF
 * (`afschriftAlsPdfDocument`), built from the copy in which withheld text no longer exists.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const id = new URL(request.url).searchParams.get("verzoek");
  const afschrift = await ofFoutpagina(
    leesAfschrift(runtime, wie, params.id, id && isGeldigId(id) ? id : null, "voorbeeld"),
  );
  const document = afschriftAlsPdfDocument(afschrift, taalVanVerzoek(request));
  return {
    document: { ...document, metadata: null },
    verzoek: afschrift.verzoek,
    nieuwer: afschrift.nieuwer,
    versie: afschrift.versie,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const formulier = await leesFormulier(request);
  const verzoek = tekstVan(formulier, "verzoek");
  try {
    await voegGebeurtenisToeAanDossier(runtime, wie, params.id, {
      ...stapInvoer("inzage_verstrekt", formulier),
      verwachteVersie: Number(tekstVan(formulier, "versie")),
    });
    return redirect(`/dossiers/${params.id}/afschrift?verzoek=${verzoek}`);
  } catch (fout) {
    return formulierFout(fout, waardenVan(formulier));
  }
}

export default function Voorbeeld({ loaderData }: Route.ComponentProps) {
  const { t, taal } = useT();
  const { dossier, vandaag } = useDossier();
  const { document: d, verzoek, nieuwer, versie } = loaderData;
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const pdf = `/dossiers/${dossier.id}/afschrift.pdf?verzoek=${verzoek.id}`;
  return (
    <div className="mw-stapel">
      <title>{`${t("afschrift.voorbeeld_titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("afschrift.voorbeeld_titel")}</h2>
      <p className="nl-paragraph">{t("afschrift.voorbeeld_uitleg")}</p>
      <p className="nl-paragraph">
        <Link className="nl-link" to={`/dossiers/${dossier.id}/afschrift?verzoek=${verzoek.id}`}>
          {t("afschrift.terug_naar_voorbereiden")}
        </Link>
        {" · "}
        <a className="nl-link" href={pdf} download>
          {t("afschrift.pdf_downloaden")}
        </a>
      </p>
      {nieuwer > 0 ? (
        <p className="mw-melding mw-melding--waarschuwing">{t("afschrift.nieuwer", { count: nieuwer })}</p>
      ) : null}

      <article className="mw-afschrift" aria-labelledby="afschrift-kop">
        <h3 id="afschrift-kop" className="nl-heading nl-heading--level-3">
          {d.titel}
        </h3>
        {d.ondertitel ? <p className="nl-paragraph">{d.ondertitel}</p> : null}
        {d.waarschuwing ? (
          <p className="nl-paragraph">
            <strong>{d.waarschuwing}</strong>
          </p>
        ) : null}
        {d.secties.map((s, i) => (
          <section key={i} aria-labelledby={`afschrift-sectie-${i}`} className="mw-stapel">
            <h4 id={`afschrift-sectie-${i}`} className="nl-heading nl-heading--level-4">
              {s.titel}
            </h4>
            {s.blokken.map((b, j) => (
              <Blok key={j} blok={b} />
            ))}
          </section>
        ))}
      </article>

      {verzoek.verstrekt ? (
        <p className="nl-paragraph">
          {t("afschrift.verstrekt_op", {
            datum: formatteerDatum(verzoek.verstrekt.gegevens.datum, taal),
            aan: verzoek.verstrekt.gegevens.aan,
            wijze: t(`keuze.verstrek_wijze.${verzoek.verstrekt.gegevens.wijze}`),
          })}
        </p>
      ) : (
        <section aria-labelledby="verstrekken-titel" className="mw-stapel">
          <h3 id="verstrekken-titel" className="nl-heading nl-heading--level-3">
            {t("afschrift.verstrekken_titel")}
          </h3>
          <p className="nl-paragraph">{t("afschrift.verstrekken_uitleg")}</p>
          <FoutSamenvatting
            fouten={fouten}
            melding={antwoord?.melding ? t(antwoord.melding) : undefined}
            labelVan={(veld) => t(`afschrift.veld.${veld === "datum" ? "datum_verstrekt" : veld}`)}
          />
          <Form method="post" className="mw-formulier" noValidate>
            <input type="hidden" name="versie" value={versie} />
            <input type="hidden" name="verzoek" value={verzoek.id} />
            <TekstVeld
              naam="datum"
              type="date"
              max={vandaag}
              label={t("afschrift.veld.datum_verstrekt")}
              waarde={waarde("datum", vandaag)}
              fout={fout("datum")}
              verplicht
            />
            <TekstVeld
              naam="aan"
              label={t("afschrift.veld.aan")}
              waarde={waarde("aan", verzoek.gegevens.naam)}
              fout={fout("aan")}
              verplicht
            />
            <Keuzegroep
              naam="wijze"
              soort="radio"
              legenda={t("afschrift.veld.wijze")}
              fout={fout("wijze")}
              verplicht
              gekozen={[waarde("wijze")]}
              opties={VERSTREK_WIJZEN.map((w) => ({ waarde: w, label: t(`keuze.verstrek_wijze.${w}`) }))}
            />
            <Knop>{t("afschrift.verstrekken_knop")}</Knop>
          </Form>
        </section>
      )}
    </div>
  );
}

function Blok({ blok }: { blok: PdfBlok }) {
  switch (blok.soort) {
    case "alinea":
      return <p className="nl-paragraph">{blok.nadruk ? <strong>{blok.tekst}</strong> : blok.tekst}</p>;
    case "lijst":
      return (
        <ul className="mw-lijst">
          {blok.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "gegevens":
      return (
        <dl className="mw-gegevens">
          {blok.rijen.map(([label, waarde], i) => (
            <Fragment key={i}>
              <dt>{label}</dt>
              <dd>{waarde}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case "tabel":
      return (
        <table className="utrecht-table utrecht-table--html-table mw-tabel">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {blok.kop.map((k, i) => (
                <th key={i} scope="col" className="utrecht-table__header-cell">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {blok.rijen.map((r, i) => (
              <tr key={i} className="utrecht-table__row">
                {r.map((c, j) => (
                  <td key={j} className="utrecht-table__cell">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
