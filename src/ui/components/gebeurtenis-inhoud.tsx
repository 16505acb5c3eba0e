import { useT } from "../vertaling.tsx";
import type { TFunction } from "i18next";
import { formatteerDatum, type Taal } from "../../i18n/vertaal.ts";
import { VELDVOLGORDE } from "../veldvolgorde.ts";
import { keuzelijstVan } from "../../i18n/keuzelijst.ts";

export function toonWaarde(
  t: TFunction,
  taal: Taal,
  type: string,
  veld: string,
  waarde: unknown,
  namen: ReadonlyMap<string, string>,
): string {
  if (typeof waarde === "boolean") return waarde ? t("algemeen.ja") : t("algemeen.nee");
  if (veld === "genomenDoor" && typeof waarde === "string") return namen.get(waarde) ?? t("algemeen.onbekend");
  if (veld === "stap" && type === "routestap_vastgelegd" && typeof waarde === "string")
    return t(`route.stap.${waarde}`);
  if (veld === "stap" && typeof waarde === "string") return t(`stap.${waarde}.titel`);
  // The staff member a suspicion is about, by name where the page knows it; never a bare id.
  if (veld === "betrokkeneGebruikerId" && typeof waarde === "string")
    return namen.get(waarde) ?? t("veld.betrokkeneGebruikerId");
  if (veld === "vraag") return t("afweging.vraag_n", { n: waarde });
  if (veld === "punt" && typeof waarde === "string") return t("kind.punt_n", { n: waarde.replace("p", "") });
  if (
    /^(datum|datumWaarneming|geboortedatum|evaluatieOp|volgendeEvaluatieOp|uiterlijk|bewaarTot)$/.test(veld) &&
    typeof waarde === "string"
  )
    return formatteerDatum(waarde, taal);
  const lijst = keuzelijstVan(type, veld);
  if (lijst && Array.isArray(waarde)) return waarde.map((w) => t(`keuze.${lijst}.${String(w)}`)).join(", ") || "—";
  if (lijst) return t(`keuze.${lijst}.${String(waarde)}`);
  return String(waarde);
}

/** Fields that point at other entries by id: the history and the rights pages name those entries themselves. */
const VERWIJZINGEN = ["gegevens", "corrigeert", "voorstel", "verzoek", "vastleggingen", "betreft", "weglatingen"];

const VASTE_VOLGORDE = [
  "stap",
  "vraag",
  "antwoord",
  "besluit",
  "genomenDoor",
  "toelichting",
  "afwijkingMotivering",
  "wijzigingReden",
  "reden",
];

/** An event's recorded content as a definition list with translated labels and values. */
export function GebeurtenisInhoud({
  type,
  gegevens,
  namen = new Map(),
  verberg = [],
}: {
  type: string;
  gegevens: object;
  namen?: ReadonlyMap<string, string>;
  verberg?: readonly string[];
}) {
  const { t, taal } = useT();
  // jsonb does not keep key order: show fields in the order of the form they were entered in.
  const volgorde = [...(VELDVOLGORDE[type as keyof typeof VELDVOLGORDE] ?? []), ...VASTE_VOLGORDE];
  const plaats = (veld: string) => (volgorde.includes(veld) ? volgorde.indexOf(veld) : volgorde.length);
  const regels = Object.entries(gegevens)
    .sort(([a], [b]) => plaats(a) - plaats(b))
    .filter(
      ([veld, w]) =>
        w !== undefined &&
        w !== "" &&
        !(Array.isArray(w) && w.length === 0) &&
        !(veld === "dreigingAcuut" && w === false) &&
        !(w !== null && typeof w === "object" && !Array.isArray(w)) &&
        !verberg.includes(veld) &&
        !VERWIJZINGEN.includes(veld),
    );
  return (
    <dl className="mw-gegevens">
      {regels.map(([veld, waarde]) => (
        <div key={veld} className="mw-dl-rij">
          <dt>{t(`weergave.${veld}`, { defaultValue: t(`veld.${veld}`) })}</dt>
          <dd>{toonWaarde(t, taal, type, veld, waarde, namen)}</dd>
        </div>
      ))}
    </dl>
  );
}
