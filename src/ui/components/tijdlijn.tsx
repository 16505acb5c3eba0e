import { useId } from "react";
import { useT } from "../vertaling.tsx";
import type { SignalenTijdlijn } from "../../domain/dossier/tijdlijn.ts";
import { BRONNEN, SIGNAAL_SOORTEN } from "../../domain/dossier/keuzes.ts";
import { formatteerDatum, formatteerMaand } from "../../i18n/vertaal.ts";
import { ZienswijzenBij } from "./zienswijzen-bij.tsx";
import { Tabel } from "./tabel.tsx";

/**
 * Signals per month of observation, stacked by kind, with the same data as a table for screen
 * readers: an accumulation of worries must be visible at a glance and audible as well.
 */
export function Tijdlijn({ tijdlijn, tabelGevouwen = false }: { tijdlijn: SignalenTijdlijn; tabelGevouwen?: boolean }) {
  const { t, taal } = useT();
  const tabelId = `${useId()}-tabel`;
  if (tijdlijn.signalen.length === 0) return <p className="nl-paragraph">{t("tijdlijn.leeg")}</p>;
  // A month, never a date: the month's short name, with the full year under the first month and every January.
  const maandNaam = (maand: string) => formatteerMaand(maand, taal, "kort");
  const metJaar = (maand: string, i: number) => i === 0 || maand.endsWith("-01");
  const tabel = (
    <div className="mw-tabel-scroll" role="region" aria-labelledby={tabelId} tabIndex={0}>
      <Tabel
        klasse="mw-tabel--stapel"
        bijschrift={t("tijdlijn.tabel")}
        bijschriftId={tabelId}
        bijschriftKlasse="nl-heading nl-heading--level-4"
        kolommen={[t("veld.datumWaarneming"), t("veld.soort"), t("veld.bron"), t("veld.waarneming")]}
      >
        {tijdlijn.signalen.map((s) => (
          <tr className="utrecht-table__row" key={s.gebeurtenisId}>
            <td className="utrecht-table__cell" data-label={t("veld.datumWaarneming")}>
              {formatteerDatum(s.gegevens.datumWaarneming, taal)}
            </td>
            <td className="utrecht-table__cell" data-label={t("veld.soort")}>
              {t(`keuze.soort.${s.gegevens.soort}`)}
              {s.gegevens.disclosure ? ` · ${t("tijdlijn.disclosure")}` : ""}
            </td>
            <td className="utrecht-table__cell" data-label={t("veld.bron")}>
              {t(`keuze.bron.${s.gegevens.bron}`)}
            </td>
            <td className="utrecht-table__cell" data-label={t("veld.waarneming")}>
              {s.gegevens.waarneming}
              <ZienswijzenBij gebeurtenisId={s.gebeurtenisId} />
            </td>
          </tr>
        ))}
      </Tabel>
    </div>
  );
  return (
    <div className="mw-stapel">
      <div aria-hidden="true" className="mw-tijdlijn-grafiek">
        <div className="mw-tijdlijn">
          {tijdlijn.maanden.map((m) => (
            <div className="mw-tijdlijn__maand" key={m.maand}>
              {SIGNAAL_SOORTEN.flatMap((soort) =>
                Array.from({ length: m.perSoort[soort] }, (_, i) => (
                  <span key={`${soort}-${i}`} className={`mw-tijdlijn__blok mw-tijdlijn__blok--${soort}`} />
                )),
              )}
            </div>
          ))}
        </div>
        <div className="mw-tijdlijn__labels">
          {tijdlijn.maanden.map((m, i) => (
            <span key={m.maand} className="mw-tijdlijn__label">
              {maandNaam(m.maand)}
              {metJaar(m.maand, i) ? <span className="mw-tijdlijn__jaar">{m.maand.slice(0, 4)}</span> : null}
            </span>
          ))}
        </div>
        <ul className="mw-legenda">
          {SIGNAAL_SOORTEN.map((soort) => (
            <li key={soort}>
              <span className={`mw-tijdlijn__blok mw-tijdlijn__blok--${soort}`} />
              {t(`keuze.soort.${soort}`)}
            </li>
          ))}
        </ul>
      </div>
      <p className="nl-paragraph">
        {t("tijdlijn.samenvatting", {
          count: tijdlijn.signalen.length,
          van: formatteerDatum(tijdlijn.signalen[0]?.gegevens.datumWaarneming ?? "", taal),
          tot: formatteerDatum(tijdlijn.signalen.at(-1)?.gegevens.datumWaarneming ?? "", taal),
        })}
        {tijdlijn.aantalBronnenVanZorg > 0 ? ` ${t("tijdlijn.bronnen", { count: tijdlijn.aantalBronnenVanZorg })}` : ""}
      </p>
      {tabelGevouwen ? (
        <details className="mw-kennis">
          <summary>{t("tijdlijn.tabel_tonen", { count: tijdlijn.signalen.length })}</summary>
          {tabel}
        </details>
      ) : (
        tabel
      )}
      <p className="mw-meta">
        {t("tijdlijn.per_bron")}{" "}
        {BRONNEN.filter((b) => tijdlijn.perBron[b] > 0)
          .map((b) => `${t(`keuze.bron.${b}`)}: ${tijdlijn.perBron[b]}`)
          .join(" · ")}
      </p>
    </div>
  );
}
