import { useT } from "../vertaling.tsx";
import { data, Link } from "react-router";
import type { Route } from "./+types/melding-afdrukken";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { meldingAlsPdfDocument } from "../../adapters/pdf/melding-naar-pdf.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import type { PdfDocument } from "../../adapters/pdf/pdf-document.ts";
import { leesMeldingVoorUitvoer } from "../../app/melding/melding-lezen.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["afdrukken"] };

/** The print view: opening it is logged as printing (dossier_afdrukken), whether or not paper follows. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const melding = await ofFoutpagina(leesMeldingVoorUitvoer(runtime, wie, params.id, "afdrukken"));
  const { metadata: _metadata, ...document } = meldingAlsPdfDocument(melding);
  return { id: params.id, document };
}

/** The same sections as the PDF, as a page that prints on its own (always in Dutch: it goes to Veilig Thuis). */
export default function MeldingAfdrukken({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { id } = loaderData;
  // The loader's serialised type loses the readonly tuples of the model; the value is the model itself.
  const d = loaderData.document as Omit<PdfDocument, "metadata">;
  return (
    <article className="mw-stapel mw-afdruk" lang="nl" aria-labelledby="afdruk-titel">
      <title>{`${d.titel} · Meldwijzer`}</title>
      <p className="mw-geen-print">
        <Link className="nl-link" to={`/dossiers/${id}/melding/controle`}>
          {t("melding.terug_naar_controle")}
        </Link>
      </p>
      <p className="mw-hint">{d.waarschuwing}</p>
      <h1 id="afdruk-titel" className="nl-heading nl-heading--level-1">
        {d.titel}
      </h1>
      <p className="nl-paragraph">{d.ondertitel}</p>
      <p className="mw-geen-print">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t("melding.afdrukken_knop")}
        </button>
      </p>
      {d.secties.map((s) => (
        <section key={s.titel} className="mw-afdruk__sectie">
          <h2 className="nl-heading nl-heading--level-3">{s.titel}</h2>
          {s.blokken.map((b, i) =>
            b.soort === "alinea" ? (
              <p key={i} className={`nl-paragraph mw-bewaar-regels${b.nadruk ? " mw-nadruk" : ""}`}>
                {b.tekst}
              </p>
            ) : b.soort === "lijst" ? (
              <ul key={i} className="mw-lijst">
                {b.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : b.soort === "gegevens" ? (
              <dl key={i} className="mw-gegevens">
                {b.rijen.map(([label, waarde]) => (
                  <div key={label} className="mw-dl-rij">
                    <dt>{label}</dt>
                    <dd className="mw-geheim-breek">{waarde}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <table key={i} className="utrecht-table mw-tabel">
                <thead>
                  <tr>
                    {b.kop.map((k) => (
                      <th key={k} scope="col">
                        {k}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.rijen.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>{c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ),
          )}
        </section>
      ))}
      <p className="mw-hint">{d.voettekst}</p>
    </article>
  );
}
