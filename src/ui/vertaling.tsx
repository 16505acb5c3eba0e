import { createContext, useContext, type ReactNode } from "react";
import type { TFunction } from "i18next";
import { vertaler, type Taal } from "../i18n/vertaal.ts";

/** What a page needs to speak the reader's language: the `t` of that language, and the language itself. */
export type Vertaling = { readonly t: TFunction; readonly taal: Taal };

/**
 * One object per language per process, handed to every render in that language: a component gets the
 * same `t` in each render, and nothing is made or copied per component (react-i18next's `useTranslation`
 * copied the instance's 40-odd properties for every component that called it, decision 0070).
 */
const vertalingen = new Map<Taal, Vertaling>();

export function vertalingVoor(taal: Taal): Vertaling {
  let vertaling = vertalingen.get(taal);
  if (!vertaling) {
    vertaling = Object.freeze({ t: vertaler(taal), taal });
    vertalingen.set(taal, vertaling);
  }
  return vertaling;
}

const VertalingContext = createContext<Vertaling | null>(null);

/**
 * Gives the tree below it the language of this request. The language is in the React tree, not in a
 * module or an instance, so two requests rendered at once (or interleaved by streaming) each read their own.
 */
export function VertalingBron({ taal, children }: { taal: Taal; children: ReactNode }) {
  return <VertalingContext value={vertalingVoor(taal)}>{children}</VertalingContext>;
}

/**
 * The reader's `t` and language. Keep keys literal (`t("dossier.overzicht")`): the catalogue test finds the
 * keys the code asks for by that pattern. A component outside a `VertalingBron` is a mistake in the page,
 * not a reason to guess a language, so it fails loudly.
 */
export function useT(): Vertaling {
  const vertaling = useContext(VertalingContext);
  if (!vertaling) throw new Error("useT() buiten een VertalingBron: de taal van dit verzoek is onbekend.");
  return vertaling;
}
