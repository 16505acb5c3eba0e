import { useT } from "../vertaling.tsx";
import { useRouteLoaderData } from "react-router";
import type { loader } from "../routes/dossier-layout.tsx";
import { zienswijzenBij } from "../../domain/dossier/rechten.ts";
import type { Vastlegging } from "../../domain/dossier/toestand.ts";
import { formatteerDatum } from "../../i18n/vertaal.ts";

/**
 * One view of the family or client, marked as theirs and not the professional's: who gave it, when,
 * how it came in, and their words as a quotation.
 */
export function Zienswijze({ z }: { z: Vastlegging<"zienswijze_toegevoegd"> }) {
  const { t, taal } = useT();
  const g = z.gegevens;
  return (
    <aside className="mw-zienswijze" aria-label={t("rechten.zienswijze_van", { naam: g.gegevenDoor })}>
      <p className="mw-nadruk">{t("rechten.zienswijze_kop")}</p>
      <p className="mw-meta">
        {t("rechten.zienswijze_wie", {
          naam: g.gegevenDoor,
          relatie: t(`keuze.betrokkene.${g.relatie}`),
          datum: formatteerDatum(g.datum, taal),
        })}
        {" · "}
        {g.wijze === "mondeling"
          ? t("rechten.mondeling_door", { naam: g.opgeschrevenDoor ?? "" })
          : t("keuze.zienswijze_wijze.schriftelijk")}
      </p>
      <blockquote>{g.zienswijze}</blockquote>
    </aside>
  );
}

/** The views that concern one entry, shown beside it on the dossier's pages; nothing outside a dossier. */
export function ZienswijzenBij({ gebeurtenisId }: { gebeurtenisId: string }) {
  const dossier = useRouteLoaderData<typeof loader>("dossier");
  if (!dossier) return null;
  const bij = zienswijzenBij(dossier.toestand, gebeurtenisId);
  return bij.length === 0 ? null : (
    <>
      {bij.map((z) => (
        <Zienswijze key={z.gebeurtenisId} z={z} />
      ))}
    </>
  );
}
