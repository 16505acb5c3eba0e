import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  evalueerAfweging,
  type AfwegingUitkomst,
  type Antwoord,
  type Antwoorden,
  type Meldnorm,
  type PadStap,
  type Uitkomst,
  type VraagNummer,
} from "./afwegingskader.ts";

/*
 * What the tests of the afwegingskader share: the shorthand for a step of the path, the steps that recur, and
 * the table runner of the path tests (each part of the afwegingskader has its own table in its own file).
 */

// Positional shorthand for a literal pad step; every field is still given explicitly.
export const st = (
  vraag: VraagNummer,
  antwoord: Antwoord,
  geteldAls: "ja" | "nee",
  uitkomst: Uitkomst,
  meldnorm: Meldnorm | null,
  samenMetVeiligThuis: boolean,
): PadStap => ({ vraag, antwoord, geteldAls, uitkomst, meldnorm, samenMetVeiligThuis });
export const DISC: PadStap = {
  vraag: "disclosure",
  antwoord: null,
  geteldAls: null,
  uitkomst: "melden",
  meldnorm: 1,
  samenMetVeiligThuis: true,
};
export const Q1 = st(1, "ja", "ja", "volgende_vraag", null, false);
export const Q2JA = st(2, "ja", "ja", "melden", 1, false);
export const Q2NEE = st(2, "nee", "nee", "volgende_vraag", null, false);

export interface Geval {
  naam: string;
  a: Antwoorden;
  disclosure: boolean;
  verwacht: AfwegingUitkomst;
}
export const UIT = {
  melden: false,
  hulp: false,
  afsluiten: false,
  samenMetVeiligThuis: false,
  opnieuwMelden: false,
} as const;

export const ev = (a: Antwoorden, disclosure: boolean) => evalueerAfweging(a, { disclosure });

/** Every distinct path of one part, terminal and partial, with the full expected result written out. */
export function toetsPaden(deel: string, paden: readonly Geval[]): void {
  describe(`evalueerAfweging: elk pad (${deel})`, () => {
    for (const g of paden) {
      it(`${g.naam}${g.disclosure ? " (disclosure)" : ""}`, () => {
        assert.deepEqual(evalueerAfweging(g.a, { disclosure: g.disclosure }), g.verwacht);
      });
    }
  });
}
