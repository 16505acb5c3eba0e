import { useT } from "../vertaling.tsx";
import type { StapOverzicht } from "../../domain/dossier/takenlijst.ts";
import { stapPad } from "../stap-pad.ts";

/** Each step with its status and what is missing; it informs and never blocks. Plain links: the overview follows them (`useVolgBinnenApp`). */
export function Takenlijst({ dossierId, takenlijst }: { dossierId: string; takenlijst: readonly StapOverzicht[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="takenlijst-titel" className="mw-paneel">
      <h2 id="takenlijst-titel" className="nl-heading nl-heading--level-2">
        {t("takenlijst.titel")}
      </h2>
      <p className="mw-hint">{t("takenlijst.uitleg")}</p>
      <ol className="mw-taken">
        {takenlijst.map((s) => (
          <li className="mw-taak" key={s.stap}>
            <a className="nl-link" href={`/dossiers/${dossierId}/${stapPad(s.stap)}`} data-discover="true">
              {t(`stap.${s.stap}.titel`)}
            </a>
            <span className={`mw-status mw-status--${s.status}`}>{t(`status.${s.status}`)}</span>
            {s.reden ? (
              <p className="mw-taak__open mw-hint">{"sleutel" in s.reden ? t(s.reden.sleutel) : s.reden.tekst}</p>
            ) : null}
            {s.ontbreekt.length + s.aandachtspunten.length > 0 ? (
              <ul className="mw-taak__open">
                {s.ontbreekt.map((k) => (
                  <li key={k}>{t(k)}</li>
                ))}
                {s.aandachtspunten.map((k) => (
                  <li key={k} className="mw-hint">
                    {t(k)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
