import { useT } from "../vertaling.tsx";
import type { Vastlegging } from "../../domain/dossier/toestand.ts";
import type { GebeurtenisType } from "../../domain/dossier/keuzes.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { GebeurtenisInhoud } from "./gebeurtenis-inhoud.tsx";
import { ZienswijzenBij } from "./zienswijzen-bij.tsx";

/** What a step already holds, as cards with who recorded it and when, current content first. */
export function Vastleggingen<T extends GebeurtenisType>({
  titel,
  type,
  items,
  leeg,
}: {
  titel: string;
  type: T;
  items: readonly Vastlegging<T>[];
  leeg: string;
}) {
  const { t, taal } = useT();
  return (
    <section className="mw-stapel" aria-label={titel}>
      <h3 className="nl-heading nl-heading--level-3">{titel}</h3>
      {items.length === 0 ? (
        <p className="nl-paragraph">{leeg}</p>
      ) : (
        <ul className="mw-lijst-zonder-punt">
          {items.map((item) => (
            <li key={item.gebeurtenisId} className="mw-kaart">
              <p className="mw-meta">
                {t("geschiedenis.wie_wanneer", {
                  tijd: formatteerTijdstip(item.vastgelegdOp, taal),
                  naam: item.vastgelegdDoor.naam,
                  rol: t(`rol.${item.vastgelegdDoor.rol}`),
                })}
                {item.correcties.length > 0
                  ? ` · ${t("geschiedenis.gecorrigeerd_n", { n: item.correcties.length })}`
                  : ""}
              </p>
              <GebeurtenisInhoud type={type} gegevens={item.gegevens} />
              <ZienswijzenBij gebeurtenisId={item.gebeurtenisId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
