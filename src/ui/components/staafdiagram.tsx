import { useId } from "react";
import { useT } from "../vertaling.tsx";
import type { Cel } from "../../domain/cijfers/onderdrukking.ts";
import { Tabel } from "./tabel.tsx";

/**
 * One reflection figure (decision 0047): a horizontal bar chart drawn as SVG on the server, hidden from
 * assistive technology, with a caption, a sentence of explanation, a text summary and the same data as
 * a table (the table is the accessible truth). A suppressed count gets no bar of its own length: "< 5"
 * is drawn as a short hatched stub, and "×" and "–" as their mark only, so the drawing never shows
 * more than the table.
 */

export interface FiguurRij {
  readonly label: string;
  readonly cel: Cel;
}

export interface FiguurWeergave {
  readonly id: string;
  readonly titel: string;
  readonly uitleg: string;
  readonly soort: "verdeling" | "telling";
  readonly totaal: Cel | null;
  readonly rijen: readonly FiguurRij[];
}

/** Two drawings, one for wide screens (label beside the bar) and one for phones (label above it); CSS shows one. */
const MATEN = {
  breed: { breedte: 640, label: 250, waarde: 56, rij: 30, balk: 18 },
  smal: { breedte: 360, label: 0, waarde: 48, rij: 46, balk: 16 },
} as const;

export function celTekst(cel: Cel, t: (sleutel: string) => string): string {
  switch (cel.soort) {
    case "getal":
      return String(cel.waarde);
    case "onder5":
      return "< 5";
    case "aanvullend":
      return t("cijfers.cel_aanvullend");
    case "verborgen":
      return t("cijfers.cel_verborgen");
  }
}

/** The label of a cell for a screen reader, where a mark alone would not say enough. */
function celLang(cel: Cel, t: (sleutel: string) => string): string | undefined {
  if (cel.soort === "aanvullend") return t("cijfers.cel_aanvullend_lang");
  if (cel.soort === "verborgen") return t("cijfers.cel_verborgen_lang");
  return undefined;
}

/** A cell in a table: the mark, and for "×" and "–" what it means, for a screen reader. */
export function CelInhoud({ cel }: { cel: Cel }) {
  const { t } = useT();
  const lang = celLang(cel, t);
  if (lang === undefined) return <>{celTekst(cel, t)}</>;
  return (
    <>
      <span aria-hidden="true">{celTekst(cel, t)}</span>
      <span className="mw-visueel-verborgen">{lang}</span>
    </>
  );
}

function samenvatting(f: FiguurWeergave, t: (sleutel: string, w?: Record<string, unknown>) => string): string {
  if (f.rijen.every((r) => r.cel.soort === "verborgen")) return t("cijfers.samenvatting_verborgen");
  const getoond = f.rijen.filter(
    (r): r is FiguurRij & { cel: { soort: "getal"; waarde: number } } => r.cel.soort === "getal",
  );
  const grootste = getoond.reduce<(typeof getoond)[number] | null>(
    (g, r) => (g === null || r.cel.waarde > g.cel.waarde ? r : g),
    null,
  );
  const delen: string[] = [];
  if (grootste && grootste.cel.waarde > 0)
    delen.push(t("cijfers.samenvatting_grootste", { categorie: grootste.label, aantal: grootste.cel.waarde }));
  else if (f.rijen.every((r) => r.cel.soort === "getal" && r.cel.waarde === 0))
    delen.push(t("cijfers.samenvatting_niets"));
  else delen.push(t("cijfers.samenvatting_alles_klein"));
  const weggelaten = f.rijen.length - getoond.length;
  if (weggelaten > 0) delen.push(t("cijfers.samenvatting_weggelaten", { count: weggelaten, totaal: f.rijen.length }));
  return delen.join(" ");
}

function Tekening({ figuur, smal }: { figuur: FiguurWeergave; smal: boolean }) {
  const { t } = useT();
  const m = smal ? MATEN.smal : MATEN.breed;
  const max = Math.max(5, ...figuur.rijen.map((r) => (r.cel.soort === "getal" ? r.cel.waarde : 0)));
  const ruimte = m.breedte - m.label - m.waarde;
  const hoogte = figuur.rijen.length * m.rij + 8;
  const maxTekens = smal ? 48 : 34;
  return (
    <svg
      className={`mw-staaf mw-staaf--${smal ? "smal" : "breed"}`}
      viewBox={`0 0 ${m.breedte} ${hoogte}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      {figuur.rijen.map((r, i) => {
        const y = i * m.rij + 4 + (smal ? 18 : 0);
        const lengte =
          r.cel.soort === "getal"
            ? (r.cel.waarde / max) * ruimte
            : r.cel.soort === "onder5"
              ? Math.min(ruimte * 0.04, 14)
              : 0;
        const label = r.label.length > maxTekens ? `${r.label.slice(0, maxTekens - 1)}…` : r.label;
        return (
          <g key={`${r.label}-${i}`}>
            {smal ? (
              <text x={0} y={y - 5} className="mw-staaf__label">
                {label}
              </text>
            ) : (
              <text x={m.label - 8} y={y + m.balk - 4} textAnchor="end" className="mw-staaf__label">
                {label}
              </text>
            )}
            {lengte > 0 ? (
              <rect
                x={m.label}
                y={y}
                width={lengte}
                height={m.balk}
                className={r.cel.soort === "getal" ? "mw-staaf__balk" : "mw-staaf__balk mw-staaf__balk--klein"}
              />
            ) : null}
            <text x={m.label + lengte + 6} y={y + m.balk - 3} className="mw-staaf__waarde">
              {celTekst(r.cel, t)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Staafdiagram({ figuur }: { figuur: FiguurWeergave }) {
  const { t } = useT();
  const basis = useId();
  const titelId = `${basis}-titel`;
  const tabelId = `${basis}-tabel`;
  return (
    <section aria-labelledby={titelId} className="mw-stapel mw-cijfer">
      <h2 id={titelId} className="nl-heading nl-heading--level-2">
        {figuur.titel}
      </h2>
      <p className="nl-paragraph">{figuur.uitleg}</p>
      <figure className="mw-cijfer__figuur">
        <Tekening figuur={figuur} smal={false} />
        <Tekening figuur={figuur} smal />
        <figcaption className="mw-cijfer__onderschrift">
          <strong>{figuur.titel}.</strong> {samenvatting(figuur, t)}
        </figcaption>
      </figure>
      <div className="mw-tabel-scroll" role="region" aria-labelledby={tabelId} tabIndex={0}>
        <Tabel
          klasse="mw-cijfer__tabel"
          bijschrift={t("cijfers.tabel", { titel: figuur.titel })}
          bijschriftId={tabelId}
          bijschriftKlasse="nl-heading nl-heading--level-4"
          kolommen={[t("cijfers.kolom_categorie"), { label: t("cijfers.kolom_aantal"), klasse: "mw-getal" }]}
          voet={
            figuur.soort === "verdeling" && figuur.totaal ? (
              <tfoot>
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__cell" scope="row">
                    {t("cijfers.totaal")}
                  </th>
                  <td className="utrecht-table__cell mw-getal">
                    <CelInhoud cel={figuur.totaal} />
                  </td>
                </tr>
              </tfoot>
            ) : null
          }
        >
          {figuur.rijen.map((r, i) => (
            <tr className="utrecht-table__row" key={`${r.label}-${i}`}>
              <th className="utrecht-table__cell" scope="row">
                {r.label}
              </th>
              <td className="utrecht-table__cell mw-getal">
                <CelInhoud cel={r.cel} />
              </td>
            </tr>
          ))}
        </Tabel>
      </div>
    </section>
  );
}
