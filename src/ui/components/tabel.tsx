import type { MouseEventHandler, ReactNode } from "react";

/** A column heading: its text, and a class of its own where the column needs one (numbers, not printed). */
export type Kolom = ReactNode | { readonly label: ReactNode; readonly klasse: string };

/**
 * A data table in the NL Design System's markup, the one way every list page and figure writes it:
 * a caption (hidden from sight by default, always there for screen readers), one row of column
 * headings with `scope="col"`, the body rows as children, and an optional footer (`voet`, a `<tfoot>`).
 * `klasse` adds the page's own classes (`mw-tabel--stapel`: stacked rows on a narrow screen). `opKlik` is
 * one click handler for the whole table: a list with a plain link per row follows them with
 * `useVolgBinnenApp` (decision 0076) rather than a React Router `Link` per row. A long list gives its rows
 * as `tekstRijen` instead of `children`: plain cells of text or one link each, written as one HTML text
 * (`tekstRijenHtml`, decision 0081).
 */
export function Tabel({
  bijschrift,
  bijschriftId,
  bijschriftKlasse = "mw-visueel-verborgen",
  kolommen,
  klasse,
  voet,
  opKlik,
  tekstRijen,
  children,
}: {
  bijschrift: ReactNode;
  bijschriftId?: string;
  bijschriftKlasse?: string;
  kolommen: readonly Kolom[];
  klasse?: string;
  voet?: ReactNode;
  opKlik?: MouseEventHandler<HTMLTableElement>;
  tekstRijen?: readonly (readonly TekstCel[])[];
  children?: ReactNode;
}) {
  return (
    <table className={`utrecht-table utrecht-table--html-table mw-tabel${klasse ? ` ${klasse}` : ""}`} onClick={opKlik}>
      <caption id={bijschriftId} className={bijschriftKlasse}>
        {bijschrift}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {kolommen.map((kolom, i) => {
            const metKlasse = typeof kolom === "object" && kolom !== null && "klasse" in kolom;
            return (
              <th key={i} className={`utrecht-table__header-cell${metKlasse ? ` ${kolom.klasse}` : ""}`} scope="col">
                {metKlasse ? kolom.label : kolom}
              </th>
            );
          })}
        </tr>
      </thead>
      {tekstRijen === undefined ? (
        <tbody className="utrecht-table__body">{children}</tbody>
      ) : (
        <tbody className="utrecht-table__body" dangerouslySetInnerHTML={{ __html: tekstRijenHtml(tekstRijen) }} />
      )}
      {voet}
    </table>
  );
}

/** A cell of a row given as text: its text (none: empty), as a plain link to `link`; a class of its own; its label when rows stack. */
export interface TekstCel {
  readonly tekst: string | undefined;
  readonly link?: string;
  readonly klasse?: string;
  readonly label?: string;
}

/**
 * Rows of plain cells as one HTML text (decision 0081): React then writes one `<tbody>` with that text,
 * on the server and in the browser, instead of some 500 elements for a list page of 50 rows. The text is
 * byte for byte what React wrote for the same rows as elements (`tabel-rijen.test.ts` renders both): each
 * row `utrecht-table__row`, each cell `utrecht-table__cell` with its class and `data-label`, a link as
 * the plain `<a class="nl-link" … data-discover="true">` of decision 0076, every value escaped as React
 * escapes text and attribute values.
 */
export function tekstRijenHtml(rijen: readonly (readonly TekstCel[])[]): string {
  let html = "";
  for (const rij of rijen) {
    html += `<tr class="utrecht-table__row">`;
    for (const cel of rij) {
      html += `<td class="utrecht-table__cell${cel.klasse ? ` ${alsHtml(cel.klasse)}` : ""}"`;
      if (cel.label !== undefined) html += ` data-label="${alsHtml(cel.label)}"`;
      const tekst = alsHtml(cel.tekst);
      html +=
        cel.link === undefined
          ? `>${tekst}</td>`
          : `><a class="nl-link" href="${alsHtml(cel.link)}" data-discover="true">${tekst}</a></td>`;
    }
    html += "</tr>";
  }
  return html;
}

const TEKEN = /["&'<>]/;
const TEKENS = /["&'<>]/g;
const VERVANGING: Readonly<Record<string, string>> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&#x27;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text or an attribute value as React's server renderer escapes it (`escapeTextForBrowser`); none as nothing. */
export function alsHtml(waarde: string | undefined): string {
  if (waarde === undefined) return "";
  return TEKEN.test(waarde) ? waarde.replace(TEKENS, (teken) => VERVANGING[teken]!) : waarde;
}
