import { z } from "zod";
import { SECTOREN, type Sector } from "../kennis/keuzes.ts";
import { bewaarjarenVoor } from "./bewaartermijn.ts";
import { STANDAARD_PROTOCOL, type Protocol } from "./protocol.ts";

/**
 * Setting up a new organisation in production (`npm run organisatie:nieuw`, decision 0036): what the
 * operator gives, and what the organisation starts with. The organisation stores no own protocol and
 * no own retention term: null means "the standard protocol" and "the sector's term", so a later
 * change of a default reaches it until a beheerder sets its own. Two-step sign-in for the key roles is
 * the schema's default for every new organisation (`organisaties.tweestaps_verplicht_voor`).
 */

const tekst = z
  .string()
  .trim()
  .min(2)
  .max(200)
  .transform((t) => t.replace(/\s+/gu, " "));

export const nieuweOrganisatieSchema = z.strictObject({
  naam: tekst,
  sector: z.enum(SECTOREN),
  /** The e-mail address of the first beheerder, who receives the one-time link. */
  beheerder: z
    .email()
    .max(320)
    .transform((e) => e.toLowerCase()),
  /** The first beheerder's name; without one, "Beheerder" (the log shows it beside their actions). */
  beheerderNaam: tekst.optional(),
});

export type NieuweOrganisatie = Omit<z.output<typeof nieuweOrganisatieSchema>, "beheerderNaam"> & {
  readonly beheerderNaam: string;
};

export const STANDAARD_BEHEERDERNAAM = "Beheerder";

/** The validated input with the default name filled in. */
export function metStandaardnaam(invoer: z.output<typeof nieuweOrganisatieSchema>): NieuweOrganisatie {
  return { ...invoer, beheerderNaam: invoer.beheerderNaam ?? STANDAARD_BEHEERDERNAAM };
}

/** Two organisations with names that differ only in capitals or spacing are the same organisation. */
export function naamSleutel(naam: string): string {
  return naam.trim().replace(/\s+/gu, " ").toLocaleLowerCase("nl-NL");
}

export interface SectorStandaarden {
  readonly bewaarjaren: number;
  readonly protocol: Protocol;
}

/** What a new organisation of a sector starts with, until a beheerder changes it. */
export function sectorStandaarden(sector: Sector): SectorStandaarden {
  return { bewaarjaren: bewaarjarenVoor(sector, null), protocol: STANDAARD_PROTOCOL };
}

/** How long the first beheerder's link to set a password stays valid: the invitation's week. */
export const EERSTE_LINK_GELDIG_DAGEN = 7;

/**
 * The base URL the one-time link starts with: MELDWIJZER_BASIS_URL, the app's public address, as
 * read by `leesBasisUrl` (already checked for form, without a trailing slash). In production it is
 * required and must be https: a link to localhost would reach nobody, and one over http can be read
 * on the way. Elsewhere it falls back to the local server. Returns the base, or a Dutch reason why not.
 */
export function linkBasis(
  basisUrl: string | undefined,
  productie: boolean,
  poort = "3000",
): { basis: string } | { fout: string } {
  if (basisUrl === undefined) {
    if (productie)
      return {
        fout: "MELDWIJZER_BASIS_URL ontbreekt: zet het adres waarop Meldwijzer voor gebruikers bereikbaar is, bijvoorbeeld MELDWIJZER_BASIS_URL=https://meldwijzer.example.nl. Zonder dat adres werkt de link niet.",
      };
    return { basis: `http://localhost:${poort}` };
  }
  if (productie && !basisUrl.startsWith("https://"))
    return {
      fout: `MELDWIJZER_BASIS_URL moet in productie met https:// beginnen: een wachtwoordlink over http is onderweg te lezen (${basisUrl}).`,
    };
  return { basis: basisUrl };
}

/** The link to the existing page where an invited person sets their password. */
export function wachtwoordLink(basis: string, token: string): string {
  return `${basis}/wachtwoord-instellen/${token}`;
}
