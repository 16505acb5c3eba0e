import type { Stap } from "../domain/dossier/keuzes.ts";

const PADEN: Readonly<Record<Stap, string>> = {
  signalen: "signalen",
  kindcheck: "kindcheck",
  consultatie: "consultatie",
  gesprek: "gesprek",
  wegen: "afweging",
  beslissen: "besluit",
};

/** The URL segment of a step's page under /dossiers/:id. */
export function stapPad(stap: Stap): string {
  return PADEN[stap];
}
