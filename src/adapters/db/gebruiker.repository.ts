import { and, arrayContains, eq, sql } from "drizzle-orm";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import type { Verbinding } from "./database.ts";
import { gebruikers, organisaties } from "./schema.ts";

export interface Gebruiker {
  readonly id: string;
  readonly organisatieId: string;
  readonly organisatieNaam: string;
  readonly sector: string;
  readonly email: string;
  readonly naam: string;
  readonly rollen: readonly Rol[];
  readonly actief: boolean;
}

const kolommen = {
  id: gebruikers.id,
  organisatieId: gebruikers.organisatieId,
  organisatieNaam: organisaties.naam,
  sector: organisaties.sector,
  email: gebruikers.email,
  naam: gebruikers.naam,
  rollen: gebruikers.rollen,
  actief: gebruikers.actief,
};

export async function vindGebruikerOpEmail(
  db: Verbinding,
  email: string,
): Promise<(Gebruiker & { wachtwoordHash: string }) | null> {
  const [rij] = await db
    .select({ ...kolommen, wachtwoordHash: gebruikers.wachtwoordHash })
    .from(gebruikers)
    .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
    .where(eq(gebruikers.email, email.trim().toLowerCase()));
  return rij ? { ...rij, rollen: rij.rollen as Rol[] } : null;
}

export async function vindGebruiker(db: Verbinding, id: string): Promise<Gebruiker | null> {
  const [rij] = await db
    .select(kolommen)
    .from(gebruikers)
    .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
    .where(eq(gebruikers.id, id));
  return rij ? { ...rij, rollen: rij.rollen as Rol[] } : null;
}

/** The active people of an organisation who hold a role, by name. */
export async function lijstMetRol(db: Verbinding, organisatieId: string, rol: Rol): Promise<{ id: string; naam: string }[]> {
  return db
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(eq(gebruikers.organisatieId, organisatieId), eq(gebruikers.actief, true), arrayContains(gebruikers.rollen, [rol])))
    .orderBy(sql`${gebruikers.naam}`);
}

export async function maakOrganisatie(db: Verbinding, naam: string, sector: string): Promise<string> {
  const [rij] = await db.insert(organisaties).values({ naam, sector }).returning({ id: organisaties.id });
  if (!rij) throw new Error("Organisatie niet aangemaakt");
  return rij.id;
}

export async function maakGebruiker(
  db: Verbinding,
  g: { organisatieId: string; email: string; naam: string; wachtwoordHash: string; rollen: Rol[] },
): Promise<string> {
  const [rij] = await db.insert(gebruikers).values({ ...g, email: g.email.toLowerCase() }).returning({ id: gebruikers.id });
  if (!rij) throw new Error("Gebruiker niet aangemaakt");
  return rij.id;
}

export async function telOrganisaties(db: Verbinding): Promise<number> {
  const [rij] = await db.select({ aantal: sql<number>`count(*)::int` }).from(organisaties);
  return rij?.aantal ?? 0;
}

/** Everyone in one organisation, by name: for choosing a colleague to share with. */
export async function lijstGebruikers(db: Verbinding, organisatieId: string): Promise<{ id: string; organisatieId: string; naam: string; rollen: Rol[]; actief: boolean }[]> {
  const rijen = await db
    .select({ id: gebruikers.id, organisatieId: gebruikers.organisatieId, naam: gebruikers.naam, rollen: gebruikers.rollen, actief: gebruikers.actief })
    .from(gebruikers)
    .where(eq(gebruikers.organisatieId, organisatieId))
    .orderBy(sql`${gebruikers.naam}`);
  return rijen.map((r) => ({ ...r, rollen: r.rollen as Rol[] }));
}
