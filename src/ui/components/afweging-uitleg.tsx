import { useT } from "../vertaling.tsx";
import { adviesVoorBesluit, type AfwegingUitkomst } from "../../domain/afweging/afwegingskader.ts";

/**
 * The afwegingskader's conclusion in plain language: what follows, which meldnorm is behind it,
 * and the path of answers that led there, so the outcome can be explained to anyone.
 */
export function AfwegingUitleg({ afweging }: { afweging: AfwegingUitkomst }) {
  const { t } = useT();
  const advies = adviesVoorBesluit(afweging);
  return (
    <div className="mw-stapel" aria-live="polite">
      <div className={`mw-melding${afweging.melden ? " mw-melding--fout" : advies ? " mw-melding--succes" : ""}`}>
        <p className="nl-paragraph">
          <strong>{advies ? t(`uitkomst.advies.${advies}`) : t("uitkomst.nog_geen_conclusie")}</strong>
        </p>
        {afweging.meldnorm ? <p className="nl-paragraph">{t(`uitkomst.meldnorm.${afweging.meldnorm}`)}</p> : null}
        {afweging.opnieuwMelden ? <p className="nl-paragraph">{t("uitkomst.opnieuw_melden")}</p> : null}
        {afweging.samenMetVeiligThuis ? <p className="nl-paragraph">{t("uitkomst.samen_met_vt")}</p> : null}
        {afweging.volgendeVraag ? (
          <p className="nl-paragraph">{t("uitkomst.volgende_vraag", { n: afweging.volgendeVraag })}</p>
        ) : null}
      </div>
      {afweging.pad.length > 0 ? (
        <div>
          <h3 className="nl-heading nl-heading--level-4">{t("uitkomst.pad_titel")}</h3>
          <ol className="mw-pad">
            {afweging.pad.map((stap) => (
              <li key={String(stap.vraag)}>
                {stap.vraag === "disclosure"
                  ? t("uitkomst.pad_disclosure")
                  : t("uitkomst.pad_stap", {
                      n: stap.vraag,
                      antwoord: t(`keuze.antwoord.${stap.antwoord ?? "weet_niet"}`),
                      geteld: stap.antwoord === "weet_niet" ? t("uitkomst.telt_als_nee") : "",
                      gevolg: t(`uitkomst.gevolg.${stap.uitkomst}`),
                    })}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
