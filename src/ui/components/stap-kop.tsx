import { useT } from "../vertaling.tsx";
import { useSearchParams } from "react-router";
import type { Stap } from "../../domain/dossier/keuzes.ts";
import type { StapKennisInTaal } from "../../domain/kennis/inhoud.ts";
import type { DossierData } from "../dossier-data.ts";

/**
 * Title, Meldcode step number, guidance and the "saved" notice shared by every step page. `kennis` is the
 * step's guidance, from the page's own loader (decision 0065).
 */
export function StapKop({ stap, dossier, kennis }: { stap: Stap; dossier: DossierData; kennis: StapKennisInTaal }) {
  const { t } = useT();
  const [zoek] = useSearchParams();
  const overzicht = dossier.takenlijst.find((s) => s.stap === stap);
  // The organisation's own documents for this step, chosen by its beheerder.
  const documenten = dossier.documenten.filter((d) => d.stap === stap);
  return (
    <div className="mw-stapel">
      <title>{`${t(`stap.${stap}.titel`)} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t(`stap.${stap}.titel`)}</h2>
      {zoek.get("opgeslagen") ? (
        <div className="mw-melding mw-melding--succes" role="status">
          <p className="nl-paragraph">{t("stap.opgeslagen")}</p>
        </div>
      ) : null}
      {/* The guidance is folded: one line says what the step is about, the rest opens on demand. */}
      <details className="mw-kennis mw-uitleg">
        <summary>
          <span className="mw-uitleg__kop">{t("kennis.uitleg_bij_stap")}</span>{" "}
          <span className="mw-uitleg__zin">{t(`stap.${stap}.in_een_zin`)}</span>
        </summary>
        <p className="nl-paragraph">{t(`stap.${stap}.uitleg`)}</p>
        <h3 className="nl-heading nl-heading--level-4">{t("kennis.bij_deze_stap")}</h3>
        <p className="nl-paragraph">{kennis.uitleg}</p>
        <ul className="mw-lijst">
          {kennis.punten.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
      {documenten.length > 0 ? (
        <nav aria-label={t("documenten.bij_deze_stap")} className="mw-documenten">
          <h3 className="nl-heading nl-heading--level-4">{t("documenten.bij_deze_stap")}</h3>
          <ul className="mw-lijst">
            {documenten.map((d) => (
              <li key={d.id}>
                <a className="nl-link" href={d.url} rel="noopener noreferrer">
                  {d.titel}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {overzicht && overzicht.ontbreekt.length > 0 ? (
        <p className="nl-paragraph">
          <strong>{t("stap.nog_open")}</strong> {overzicht.ontbreekt.map((k) => t(k)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The version the person saw, sent back so a colleague's newer entry is never silently overwritten. */
export function VersieVeld({ versie }: { versie: number }) {
  return <input type="hidden" name="versie" value={versie} />;
}

export function GeslotenMelding() {
  const { t } = useT();
  return <p className="nl-paragraph">{t("stap.gesloten_geen_invoer")}</p>;
}
