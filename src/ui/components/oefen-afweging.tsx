import { useT } from "../vertaling.tsx";
import { AFWEGINGSVRAGEN } from "../../domain/afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../../domain/dossier/keuzes.ts";
import { Keuzegroep } from "./formulier.tsx";

/**
 * The five afwegingsvragen as radio groups `vraag_1` … `vraag_5`, in their official Dutch wording
 * (with the English rendering beside it), for practice and for a team session.
 */
export function AfwegingVragen({
  verplicht,
  fout,
  waarde,
  gekozen,
}: {
  verplicht: boolean;
  fout: (veld: string) => string | undefined;
  waarde: (veld: string) => string;
  /** Answers given earlier, when the form has no answer of its own to put back. */
  gekozen?: Readonly<Partial<Record<number, string>>>;
}) {
  const { t, taal } = useT();
  return (
    <>
      {AFWEGINGSVRAGEN.map((v) => (
        <Keuzegroep
          key={v.nummer}
          naam={`vraag_${v.nummer}`}
          soort="radio"
          legenda={`${t("afweging.vraag_n", { n: v.nummer })}: ${v.tekst}`}
          hint={
            taal === "en"
              ? t(`afweging.vertaling.${v.nummer}`)
              : v.nummer >= 3 && !verplicht
                ? t("oefenen.afweging.alleen_op_pad")
                : undefined
          }
          fout={fout(`vraag_${v.nummer}`)}
          verplicht={verplicht}
          gekozen={[waarde(`vraag_${v.nummer}`) || (gekozen?.[v.nummer] ?? "")]}
          opties={ANTWOORDEN.map((a) => ({ waarde: a, label: t(`keuze.antwoord.${a}`) }))}
        />
      ))}
    </>
  );
}
