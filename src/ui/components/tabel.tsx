import type { MouseEventHandler, ReactNode } from "react";

/** A column heading: its text, and a class of its own where the column needs one (numbers, not printed). */
export type Kolom = ReactNode | { readonly label: ReactNode; readonly klasse: string };

/**
 * A data table in the NL Design System's markup, the one way every list page and figure writes it:
 * a caption (hidden from sight by default, always there for screen readers), one row of column
 * headings with `scope="col"`, the body rows as children, and an optional footer (`voet`, a `<tfoot>`).
 * `klasse` adds the page's own classes (`mw-tabel--stapel`: stacked rows on a narrow screen). `opKlik` is
 * one click handler for the whole table: a list with a plain link per row follows them with
 * `useVolgBinnenApp` (decision 0076) rather than a React Router `Link` per row.
 */
export function Tabel({
  bijschrift,
  bijschriftId,
  bijschriftKlasse = "mw-visueel-verborgen",
  kolommen,
  klasse,
  voet,
  opKlik,
  children,
}: {
  bijschrift: ReactNode;
  bijschriftId?: string;
  bijschriftKlasse?: string;
  kolommen: readonly Kolom[];
  klasse?: string;
  voet?: ReactNode;
  opKlik?: MouseEventHandler<HTMLTableElement>;
  children: ReactNode;
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
      <tbody className="utrecht-table__body">{children}</tbody>
      {voet}
    </table>
  );
}
