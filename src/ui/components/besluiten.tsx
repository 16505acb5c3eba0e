import { useT } from "../vertaling.tsx";
import { beslisserVan, voorstelVan } from "../../domain/dossier/besluit.ts";
import type { DossierToestand, Vastlegging } from "../../domain/dossier/toestand.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { GebeurtenisInhoud } from "./gebeurtenis-inhoud.tsx";

/** The name of who took a decision: its recorder, or for an event from before decision 0020 the person it named. */
export function naamVanBeslisser(
  besluit: Vastlegging<"besluit_genomen">,
  namen: ReadonlyMap<string, string>,
): string | null {
  const beslisser = beslisserVan(besluit);
  return beslisser.naam ?? namen.get(beslisser.id) ?? null;
}

/** A waiting proposal: who proposed what, when and why. */
export function Voorstel({ voorstel, titel }: { voorstel: Vastlegging<"besluit_voorgesteld">; titel: string }) {
  const { t, taal } = useT();
  return (
    <section aria-labelledby="voorstel-titel" className="mw-paneel">
      <h3 id="voorstel-titel" className="nl-heading nl-heading--level-3">
        {titel}
      </h3>
      <p className="mw-meta">
        {t("besluit.voorgesteld_door", {
          naam: voorstel.vastgelegdDoor.naam,
          rol: t(`rol.${voorstel.vastgelegdDoor.rol}`),
          tijd: formatteerTijdstip(voorstel.vastgelegdOp, taal),
        })}
      </p>
      <GebeurtenisInhoud type="besluit_voorgesteld" gegevens={voorstel.gegevens} />
    </section>
  );
}

/** The decisions taken, newest last: who decided and when, and on whose proposal, with the reason for a change. */
export function Besluiten({
  toestand,
  namen,
}: {
  toestand: Omit<DossierToestand, "register">;
  namen: ReadonlyMap<string, string>;
}) {
  const { t, taal } = useT();
  return (
    <section className="mw-stapel" aria-labelledby="besluiten-titel">
      <h3 id="besluiten-titel" className="nl-heading nl-heading--level-3">
        {t("besluit.genomen")}
      </h3>
      {toestand.besluiten.length === 0 ? (
        <p className="nl-paragraph">{t("besluit.leeg")}</p>
      ) : (
        <ul className="mw-lijst-zonder-punt">
          {toestand.besluiten.map((b) => {
            const beslisser = beslisserVan(b);
            const voorstel = voorstelVan(toestand, b);
            const tijd = formatteerTijdstip(b.vastgelegdOp, taal);
            return (
              <li key={b.gebeurtenisId} className="mw-kaart">
                <p className="mw-meta">
                  {beslisser.naam !== null
                    ? t("besluit.genomen_door", { naam: beslisser.naam, rol: t(`rol.${b.vastgelegdDoor.rol}`), tijd })
                    : t("besluit.vastgelegd_namens", {
                        naam: naamVanBeslisser(b, namen) ?? t("algemeen.onbekend"),
                        door: b.vastgelegdDoor.naam,
                        tijd,
                      })}
                </p>
                {voorstel ? (
                  <p className="mw-meta">
                    {t(
                      voorstel.gegevens.besluit === b.gegevens.besluit
                        ? "besluit.bevestigt_voorstel"
                        : "besluit.wijkt_af_van_voorstel",
                      {
                        naam: voorstel.vastgelegdDoor.naam,
                        tijd: formatteerTijdstip(voorstel.vastgelegdOp, taal),
                        besluit: t(`keuze.besluit.${voorstel.gegevens.besluit}`),
                      },
                    )}
                  </p>
                ) : null}
                <GebeurtenisInhoud type="besluit_genomen" gegevens={b.gegevens} verberg={["genomenDoor", "voorstel"]} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
