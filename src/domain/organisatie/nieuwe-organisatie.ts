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

const tekst = z.string().trim().min(2).max(200).transform((t) => t.replace(/\s+/gu, " "));

export const nieuweOrganisatieSchema = z.strictObject({
  naam: tekst,
  sector: z.enum(SECTOREN),
  /** The e-mail address of the first beheerder, who receives the one-time link. */
  beheerder: z.email().max(320).transform((e) => e.toLowerCase()),
  /** The first beheerder's name; without one, "Beheerder" (the log shows it beside their actions). */
  beheerderNaam: tekst.optional(),
});

export type NieuweOrganisatie = Omit<z.output<typeof nieuweOrganisatieSchema>, "beheerderNaam"> & { readonly beheerderNaam: string };

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
 * The base URL the one-time link starts with (MELDWIJZER_URL). In production it is required: a link
 * to localhost would reach nobody. Elsewhere it falls back to the local server. Returns the URL
 * without a trailing slash, or a Dutch reason why not.
 */
export function linkBasis(waarde: string | undefined, productie: boolean, poort = "3000"): { basis: string } | { fout: string } {
  const opgegeven = waarde?.trim();
  if (!opgegeven) {
    if (productie) return { fout: "MELDWIJZER_URL ontbreekt: zet het adres waarop Meldwijzer voor gebruikers bereikbaar is, bijvoorbeeld MELDWIJZER_URL=https://meldwijzer.example.nl. Zonder dat adres werkt de link niet." };
    return { basis: `http://localhost:${poort}` };
  }
  let url: URL;
  try {
    url = new URL(opgegeven);
  } catch {
    return { fout: `MELDWIJZER_URL is geen geldig adres: ${opgegeven}` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { fout: `MELDWIJZER_URL moet met https:// beginnen: ${opgegeven}` };
  if (productie && url.protocol !== "https:") return { fout: `MELDWIJZER_URL moet in productie met https:// beginnen: een wachtwoordlink over http is onderweg te lezen (${opgegeven}).` };
  if (url.search || url.hash || url.username || url.password) return { fout: `MELDWIJZER_URL mag alleen een adres met eventueel een pad zijn, zonder ?, # of inloggegevens: ${opgegeven}` };
  return { basis: `${url.origin}${url.pathname.replace(/\/+$/u, "")}` };
}

/** The link to the existing page where an invited person sets their password. */
export function wachtwoordLink(basis: string, token: string): string {
  return `${basis}/wachtwoord-instellen/${token}`;
}
