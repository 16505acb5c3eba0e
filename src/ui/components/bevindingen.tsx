import { useT } from "../vertaling.tsx";
import type { Bevinding } from "../../domain/melding/feitelijkheid.ts";

/**
 * The factuality findings for one text: each flagged fragment with why, and a factual phrasing.
 * Advice only; the professional decides. The fragment is shown in its sentence so it can be found.
 */
export function Bevindingen({
  tekst,
  bevindingen,
  id,
}: {
  tekst: string;
  bevindingen: readonly Bevinding[];
  id: string;
}) {
  const { t } = useT();
  if (bevindingen.length === 0)
    return (
      <p className="mw-hint" id={id}>
        {t("melding.geen_bevindingen")}
      </p>
    );
  return (
    <div className="mw-bevindingen" id={id}>
      <p className="nl-paragraph">
        <strong>{t("melding.bevindingen", { count: bevindingen.length })}</strong>
      </p>
      <ul className="mw-lijst">
        {bevindingen.map((b) => (
          <li key={`${b.begin}-${b.eind}`}>
            <span className="mw-fragment">
              {zinRond(tekst, b.begin, b.eind).voor}
              <mark>{tekst.slice(b.begin, b.eind)}</mark>
              {zinRond(tekst, b.begin, b.eind).na}
            </span>
            <br />
            <span className="mw-hint">{`${t(`melding.soort.${b.soort}`)}: ${b.uitleg}`}</span>
            <br />
            <span>{`${t("melding.suggestie")}: ${b.suggestie}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Up to 60 characters of context on either side, within the line. */
function zinRond(tekst: string, begin: number, eind: number): { voor: string; na: string } {
  const regelBegin = tekst.lastIndexOf("\n", begin - 1) + 1;
  const regelEind = tekst.indexOf("\n", eind);
  const van = Math.max(regelBegin, begin - 60);
  const tot = Math.min(regelEind === -1 ? tekst.length : regelEind, eind + 60);
  return {
    voor: `${van > regelBegin ? "…" : ""}${tekst.slice(van, begin)}`,
    na: `${tekst.slice(eind, tot)}${tot < (regelEind === -1 ? tekst.length : regelEind) ? "…" : ""}`,
  };
}
