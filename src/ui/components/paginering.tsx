import { useT } from "../vertaling.tsx";
import { Link } from "react-router";

/**
 * "Vorige pagina" and "Volgende pagina" of a list with keyset pagination (decision 0033): plain links
 * that keep the search and filters and carry the cursor, so they work without JavaScript. `pagina`
 * is only shown; the cursor decides what the page holds.
 */
export function Paginering({
  pad,
  zoek,
  pagina,
  vorige,
  volgende,
}: {
  pad: string;
  zoek: Readonly<Record<string, string | undefined>>;
  pagina: number;
  vorige: string | null;
  volgende: string | null;
}) {
  const { t } = useT();
  if (vorige === null && volgende === null) return null;
  const naar = (cursor: string, nummer: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(zoek)) if (v) params.set(k, v);
    params.set("cursor", cursor);
    params.set("pagina", String(nummer));
    return `${pad}?${params.toString()}`;
  };
  return (
    <nav aria-label={t("lijst.paginering")} className="mw-rij mw-geen-print">
      {vorige !== null ? (
        <Link
          className="nl-link"
          rel="prev"
          to={naar(vorige, Math.max(1, pagina - 1))}
        >{`← ${t("lijst.vorige")}`}</Link>
      ) : null}
      {volgende !== null ? (
        <Link className="nl-link" rel="next" to={naar(volgende, pagina + 1)}>{`${t("lijst.volgende")} →`}</Link>
      ) : null}
    </nav>
  );
}

/** The page number a link carried, for display only: a whole number from 1, anything else 1. */
export function paginaNummer(waarde: string | null): number {
  const n = Number(waarde);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1;
}
