/**
 * How a search of the dossier list matches the working name (decision 0072). From three characters
 * anywhere in the name, served by the trigram index. One or two characters are too short for
 * trigrams and, anywhere in a name, match nearly every case ("an", "e"): then the start of the
 * name, as a professional typing the first letters of a name expects, served by an ordered index.
 */
export const MINSTE_TEKENS_OVERAL = 3;

export type Zoekwijze = "begin" | "overal";

export function zoekwijze(tekst: string): Zoekwijze {
  return [...tekst].length < MINSTE_TEKENS_OVERAL ? "begin" : "overal";
}
