import { eq, sql } from "drizzle-orm";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import { leesDocumenten, type OrganisatieDocument } from "../../domain/organisatie/documenten.ts";
import type { OrganisatieInstellingen } from "../../domain/organisatie/organisatie.ts";
import { leesProtocol, type Protocol } from "../../domain/organisatie/protocol.ts";
import type { Verbinding } from "./database.ts";
import { organisaties } from "./schema.ts";

/**
 * The organisation and its settings: the protocol, the step documents, the retention term and who
 * must use two-step sign-in. Moved out of gebruiker.repository.ts, which is about people. The stored
 * JSON is read through the domain's lenient readers (`leesProtocol`, `leesDocumenten`), so callers get
 * the domain's types and never the raw column.
 */

export async function zetTweestapsBeleid(db: Verbinding, organisatieId: string, rollen: readonly Rol[]): Promise<void> {
  await db
    .update(organisaties)
    .set({ tweestapsVerplichtVoor: [...rollen] })
    .where(eq(organisaties.id, organisatieId));
}

export async function maakOrganisatie(
  db: Verbinding,
  naam: string,
  sector: string,
  tweestapsVerplichtVoor?: readonly Rol[],
): Promise<string> {
  const [rij] = await db
    .insert(organisaties)
    .values({
      naam,
      sector,
      ...(tweestapsVerplichtVoor ? { tweestapsVerplichtVoor: [...tweestapsVerplichtVoor] } : {}),
    })
    .returning({ id: organisaties.id });
  if (!rij) throw new Error("Organisatie niet aangemaakt");
  return rij.id;
}

export async function telOrganisaties(db: Verbinding): Promise<number> {
  const [rij] = await db.select({ aantal: sql<number>`count(*)::int` }).from(organisaties);
  return rij?.aantal ?? 0;
}

export async function leesOrganisatieProtocol(db: Verbinding, organisatieId: string): Promise<Protocol> {
  const [rij] = await db
    .select({ protocol: organisaties.protocol })
    .from(organisaties)
    .where(eq(organisaties.id, organisatieId));
  return leesProtocol(rij?.protocol ?? null);
}

export async function zetOrganisatieProtocol(db: Verbinding, organisatieId: string, protocol: Protocol): Promise<void> {
  await db.update(organisaties).set({ protocol }).where(eq(organisaties.id, organisatieId));
}

/**
 * The settings a case page shows: the protocol (for the Veilig Thuis number) and the step documents, in one read,
 * with the row's version (`xmin`, as `vindSessieMetGebruiker` reads it; null when the organisation is gone).
 */
export async function leesOrganisatieInstellingen(
  db: Verbinding,
  organisatieId: string,
): Promise<OrganisatieInstellingen & { versie: string | null }> {
  const [rij] = await db
    .select({
      protocol: organisaties.protocol,
      documenten: organisaties.documenten,
      versie: sql<string>`${organisaties}.xmin::text`,
    })
    .from(organisaties)
    .where(eq(organisaties.id, organisatieId));
  return {
    protocol: leesProtocol(rij?.protocol ?? null),
    documenten: leesDocumenten(rij?.documenten ?? []),
    versie: rij?.versie ?? null,
  };
}

/** The organisation's step documents; `voorWijziging` locks the row so two beheerders cannot lose each other's change. */
export async function leesOrganisatieDocumenten(
  db: Verbinding,
  organisatieId: string,
  voorWijziging = false,
): Promise<OrganisatieDocument[]> {
  const vraag = db
    .select({ documenten: organisaties.documenten })
    .from(organisaties)
    .where(eq(organisaties.id, organisatieId));
  const [rij] = voorWijziging ? await vraag.for("update") : await vraag;
  return leesDocumenten(rij?.documenten ?? []);
}

export async function zetOrganisatieDocumenten(
  db: Verbinding,
  organisatieId: string,
  documenten: readonly OrganisatieDocument[],
): Promise<void> {
  await db.update(organisaties).set({ documenten }).where(eq(organisaties.id, organisatieId));
}

export async function zetBewaarjaren(db: Verbinding, organisatieId: string, jaren: number | null): Promise<void> {
  await db.update(organisaties).set({ bewaarjaren: jaren }).where(eq(organisaties.id, organisatieId));
}
