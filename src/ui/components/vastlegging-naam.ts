import type { TFunction } from "i18next";
import type { Registratie } from "../../domain/dossier/toestand.ts";

/** "nr. 3 · Signaal": how the rights pages name an entry of the dossier, from the state's register. */
export function vastleggingNaam(t: TFunction, register: ReadonlyMap<string, Registratie>, id: string): string {
  const r = register.get(id);
  return r
    ? t("rechten.vastlegging_naam", { nummer: r.volgnummer, soort: t(`gebeurtenis.${r.type}`) })
    : t("algemeen.onbekend");
}
