import { z } from "zod";
import { STAPPEN } from "../dossier/keuzes.ts";
import { DomeinFout } from "../fouten.ts";
import { controleerLink } from "../kennis/links.ts";

/**
 * The documents an organisation puts beside each Meldcode step: its own protocol, a form, the
 * afwegingskader of its profession. Seed 005 recommends exactly this. A beheerder manages them; every
 * member sees them on the step page. Links are checked for form only (https, no sign-in details, no
 * internal host) and never fetched.
 */

export const MAX_DOCUMENTEN_PER_STAP = 8;

export const documentInvoerSchema = z.strictObject({
  stap: z.enum(STAPPEN),
  titel: z.string().trim().min(1).max(150),
  url: z
    .string()
    .trim()
    .superRefine((url, ctx) => {
      for (const fout of controleerLink(url))
        ctx.addIssue({ code: "custom", message: fout.sleutel, params: fout.waarden });
    }),
});
export type DocumentInvoer = z.output<typeof documentInvoerSchema>;

export interface OrganisatieDocument extends DocumentInvoer {
  readonly id: string;
}

const opgeslagenSchema = z.array(documentInvoerSchema.extend({ id: z.uuid() }));

/**
 * The stored list, read leniently: an entry that no longer passes the check (a rule got stricter)
 * is left out rather than shown, so a page never links to something the check now refuses.
 */
export function leesDocumenten(opgeslagen: unknown): OrganisatieDocument[] {
  if (!Array.isArray(opgeslagen)) return [];
  return opgeslagen.flatMap((item) => {
    const resultaat = opgeslagenSchema.element.safeParse(item);
    return resultaat.success ? [resultaat.data] : [];
  });
}

/** Adds a validated document at the end of its step; refuses a ninth one for the same step. */
export function voegDocumentToe(
  lijst: readonly OrganisatieDocument[],
  invoer: DocumentInvoer,
  id: string,
): OrganisatieDocument[] {
  if (lijst.filter((d) => d.stap === invoer.stap).length >= MAX_DOCUMENTEN_PER_STAP) {
    throw new DomeinFout("ONGELDIGE_INVOER", [
      { veld: "stap", sleutel: "fout.te_veel_documenten", waarden: { max: MAX_DOCUMENTEN_PER_STAP } },
    ]);
  }
  return [...lijst, { id, ...invoer }];
}

/** Removes a document; an unknown id is a 404, so a double click does no harm beyond a clear message. */
export function verwijderDocument(lijst: readonly OrganisatieDocument[], id: string): OrganisatieDocument[] {
  if (!lijst.some((d) => d.id === id)) throw new DomeinFout("NIET_GEVONDEN");
  return lijst.filter((d) => d.id !== id);
}
