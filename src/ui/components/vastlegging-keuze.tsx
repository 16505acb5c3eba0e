import { useT } from "../vertaling.tsx";
import { betrefbareVastleggingen } from "../../domain/dossier/rechten.ts";
import { vindVastlegging, type DossierToestand } from "../../domain/dossier/toestand.ts";
import { Keuzegroep } from "./formulier.tsx";
import { vastleggingNaam } from "./vastlegging-naam.ts";

const KERNVELDEN = [
  "waarneming",
  "uitkomst",
  "visie",
  "gedeeld",
  "toelichting",
  "omschrijving",
  "situatie",
  "bevinding",
  "veiligheid",
  "wat",
  "feiten",
];

/** The first words of an entry's main text, so a person can tell two signals apart in the list. */
function begin(gegevens: object | undefined): string | undefined {
  const g = (gegevens ?? {}) as Record<string, unknown>;
  const tekst = KERNVELDEN.map((v) => g[v]).find((w): w is string => typeof w === "string" && w !== "");
  return tekst ? (tekst.length > 90 ? `${tekst.slice(0, 90)}…` : tekst) : undefined;
}

/** Check boxes for the entries a request or a view concerns, oldest first. */
export function VastleggingKeuze({
  naam,
  legenda,
  hint,
  fout,
  gekozen,
  toestand,
  verplicht,
}: {
  naam: string;
  legenda: string;
  hint?: string;
  fout?: string | undefined;
  gekozen: readonly string[];
  toestand: DossierToestand;
  verplicht?: boolean;
}) {
  const { t } = useT();
  const opties = betrefbareVastleggingen(toestand).map((v) => {
    const kort = begin(vindVastlegging(toestand, v.id)?.gegevens);
    return { waarde: v.id, label: vastleggingNaam(t, toestand.register, v.id), ...(kort ? { hint: kort } : {}) };
  });
  if (opties.length === 0) return <p className="nl-paragraph">{t("rechten.geen_vastleggingen")}</p>;
  return (
    <Keuzegroep
      naam={naam}
      soort="checkbox"
      legenda={legenda}
      hint={hint}
      fout={fout}
      gekozen={gekozen}
      opties={opties}
      verplicht={verplicht}
    />
  );
}
