import type { TFunction } from "i18next";
import { STAPPEN, type DossierSoort } from "../domain/dossier/keuzes.ts";
import { stapPad } from "./stap-pad.ts";

export type MenuItem = { readonly naar: string; readonly label: string };

/** A case's pages in the navigation: its steps, the other parts, and the one the reader is on. */
export type StappenMenu = {
  readonly stappen: readonly MenuItem[];
  readonly overig: readonly MenuItem[];
  readonly huidige: MenuItem | undefined;
};

/**
 * The navigation of a case, made once per render from the dossier id (decision 0070): both the wide tabs and
 * the narrow menu show these items. The current page is the item whose path is the URL's, or, except for the
 * overview, whose path the URL continues (`…/gesprek/kind` is in the conversation step), as React Router's
 * `NavLink` decided it (case-insensitively, `end` for the overview only).
 */
export function stappenMenu(dossierId: string, soort: DossierSoort, pathname: string, t: TFunction): StappenMenu {
  const basis = `/dossiers/${dossierId}`;
  // A route beside the Meldcode has its own steps; facts are still recorded as signals.
  const stappen: MenuItem[] =
    soort === "meldcode"
      ? [
          { naar: basis, label: t("dossier.overzicht") },
          ...STAPPEN.map((stap) => ({ naar: `${basis}/${stapPad(stap)}`, label: t(`stap.${stap}.kort`) })),
        ]
      : [
          { naar: basis, label: t("dossier.overzicht") },
          { naar: `${basis}/route`, label: t("route.nav") },
          { naar: `${basis}/signalen`, label: t("route.nav_signalen") },
        ];
  const overig: MenuItem[] =
    soort === "meldcode"
      ? [
          { naar: `${basis}/melding`, label: t("dossier.melding") },
          { naar: `${basis}/vervolg`, label: t("dossier.vervolg") },
          { naar: `${basis}/kind`, label: t("dossier.kind") },
          { naar: `${basis}/toegang`, label: t("dossier.toegang") },
        ]
      : [{ naar: `${basis}/toegang`, label: t("dossier.toegang") }];
  const pad = pathname.toLowerCase();
  const isHuidig = (item: MenuItem) => {
    const naar = item.naar.toLowerCase();
    return pad === naar || (item.naar !== basis && pad.startsWith(`${naar}/`));
  };
  return { stappen, overig, huidige: stappen.find(isHuidig) ?? overig.find(isHuidig) };
}
