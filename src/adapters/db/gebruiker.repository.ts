import { and, arrayContains, eq, inArray, sql } from "drizzle-orm";
import type { SessieStap } from "../../domain/aanmelding/sessie.ts";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import type { Gebruiker } from "../../domain/gebruiker.ts";
import type { Sector } from "../../domain/kennis/keuzes.ts";
import type { Verbinding } from "./database.ts";
import { gebruikers, organisaties, sessies } from "./schema.ts";
import { vasteSelect } from "./vaste-query.ts";

const kolommen = {
  id: gebruikers.id,
  organisatieId: gebruikers.organisatieId,
  organisatieNaam: organisaties.naam,
  sector: organisaties.sector,
  email: gebruikers.email,
  naam: gebruikers.naam,
  rollen: gebruikers.rollen,
  actief: gebruikers.actief,
  totpGeheim: gebruikers.totpGeheim,
  tweestapsVerplichtVoor: organisaties.tweestapsVerplichtVoor,
  bewaarjaren: organisaties.bewaarjaren,
};

/** The row as the domain's `Gebruiker`: the TOTP secret becomes only whether there is one; the check constraints guarantee the sector. */
function alsGebruiker(rij: {
  id: string;
  organisatieId: string;
  organisatieNaam: string;
  sector: string;
  email: string;
  naam: string;
  rollen: string[];
  actief: boolean;
  totpGeheim: string | null;
  tweestapsVerplichtVoor: string[];
  bewaarjaren: number | null;
}): Gebruiker {
  const { totpGeheim, ...rest } = rij;
  return {
    ...rest,
    sector: rij.sector as Sector,
    rollen: rij.rollen as Rol[],
    tweestapsVerplichtVoor: rij.tweestapsVerplichtVoor as Rol[],
    tweestaps: totpGeheim !== null,
  };
}

export async function vindGebruikerOpEmail(db: Verbinding, email: string): Promise<Gebruiker | null> {
  const [rij] = await db
    .select(kolommen)
    .from(gebruikers)
    .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
    .where(eq(gebruikers.email, email.trim().toLowerCase()));
  return rij ? alsGebruiker(rij) : null;
}

/**
 * For sign-in with a password only: the person and their password hash, in one statement. The hash
 * goes no further than the sign-in use-case, which checks it and passes on the `Gebruiker`.
 */
export async function vindAanmeldingOpEmail(
  db: Verbinding,
  email: string,
): Promise<{ gebruiker: Gebruiker; wachtwoordHash: string } | null> {
  const [rij] = await db
    .select({ ...kolommen, wachtwoordHash: gebruikers.wachtwoordHash })
    .from(gebruikers)
    .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
    .where(eq(gebruikers.email, email.trim().toLowerCase()));
  if (!rij) return null;
  const { wachtwoordHash, ...gebruiker } = rij;
  return { gebruiker: alsGebruiker(gebruiker), wachtwoordHash };
}

/** The secret material for sign-in checks; never leaves the sign-in use-cases. */
export async function vindGeheimen(
  db: Verbinding,
  id: string,
): Promise<{ wachtwoordHash: string; totpGeheim: string | null; totpLaatsteStap: number | null } | null> {
  const [rij] = await db
    .select({
      wachtwoordHash: gebruikers.wachtwoordHash,
      totpGeheim: gebruikers.totpGeheim,
      totpLaatsteStap: gebruikers.totpLaatsteStap,
    })
    .from(gebruikers)
    .where(eq(gebruikers.id, id));
  return rij ?? null;
}

export async function zetTotp(
  db: Verbinding,
  id: string,
  geheim: string | null,
  laatsteStap: number | null,
): Promise<void> {
  await db.update(gebruikers).set({ totpGeheim: geheim, totpLaatsteStap: laatsteStap }).where(eq(gebruikers.id, id));
}

/** Replaces the stored TOTP secret by its re-encrypted form, only if it is still the value that was read (decision 0039). */
export async function vervangTotpGeheim(db: Verbinding, id: string, oud: string, nieuw: string): Promise<void> {
  await db
    .update(gebruikers)
    .set({ totpGeheim: nieuw })
    .where(and(eq(gebruikers.id, id), eq(gebruikers.totpGeheim, oud)));
}

/** Every stored TOTP secret, for re-encryption under a new key (`npm run sleutel:roteer`). */
export async function alleTotpGeheimen(db: Verbinding): Promise<{ id: string; totpGeheim: string }[]> {
  const rijen = await db
    .select({ id: gebruikers.id, totpGeheim: gebruikers.totpGeheim })
    .from(gebruikers)
    .where(sql`${gebruikers.totpGeheim} is not null`);
  return rijen.flatMap((r) => (r.totpGeheim === null ? [] : [{ id: r.id, totpGeheim: r.totpGeheim }]));
}

/** Records the accepted TOTP step only if it is newer than the stored one: a code is never accepted twice. */
export async function zetTotpStap(db: Verbinding, id: string, stap: number): Promise<boolean> {
  const rijen = await db
    .update(gebruikers)
    .set({ totpLaatsteStap: stap })
    .where(and(eq(gebruikers.id, id), sql`coalesce(${gebruikers.totpLaatsteStap}, -1) < ${stap}`))
    .returning({ id: gebruikers.id });
  return rijen.length === 1;
}

export async function zetWachtwoordHash(db: Verbinding, id: string, wachtwoordHash: string): Promise<void> {
  await db.update(gebruikers).set({ wachtwoordHash }).where(eq(gebruikers.id, id));
}

export async function zetRollen(
  db: Verbinding,
  organisatieId: string,
  id: string,
  rollen: readonly Rol[],
): Promise<void> {
  await db
    .update(gebruikers)
    .set({ rollen: [...rollen] })
    .where(and(eq(gebruikers.id, id), eq(gebruikers.organisatieId, organisatieId)));
}

export async function zetActief(db: Verbinding, organisatieId: string, id: string, actief: boolean): Promise<void> {
  await db
    .update(gebruikers)
    .set({ actief })
    .where(and(eq(gebruikers.id, id), eq(gebruikers.organisatieId, organisatieId)));
}

export async function vindGebruiker(db: Verbinding, id: string): Promise<Gebruiker | null> {
  const [rij] = await db
    .select(kolommen)
    .from(gebruikers)
    .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
    .where(eq(gebruikers.id, id));
  return rij ? alsGebruiker(rij) : null;
}

/**
 * A session and its person in one statement (every signed-in request starts here): the session row
 * and the person with their organisation, or null when the session is unknown. The session's expiry
 * and the person's `actief` are judged by the caller, as before.
 */
export const sessieVelden = {
  ...kolommen,
  instellingenVersie: sql<string>`${organisaties}.xmin::text`,
  sessieVerlooptOp: sessies.verlooptOp,
  sessieLaatstGebruiktOp: sessies.laatstGebruiktOp,
  sessieStap: sessies.stap,
};

/** A row of `sessieVelden` as the select maps it. */
export type SessieRijMetGebruiker = Parameters<typeof alsGebruiker>[0] & {
  instellingenVersie: string;
  sessieVerlooptOp: Date;
  sessieLaatstGebruiktOp: Date;
  sessieStap: string;
};

/** What `vindSessieMetGebruiker` finds: the session and its person. */
export interface SessieMetGebruiker {
  readonly sessie: { gebruikerId: string; verlooptOp: Date; laatstGebruiktOp: Date; stap: SessieStap };
  readonly gebruiker: Gebruiker;
}

/** Every signed-in request starts with this statement: its text is built once (decision 0064). */
const sessieMetGebruiker = vasteSelect<typeof sessieVelden, SessieRijMetGebruiker>(
  "sessie_met_gebruiker",
  sessieVelden,
  (qb, velden) =>
    qb
      .select(velden)
      .from(sessies)
      .innerJoin(gebruikers, eq(gebruikers.id, sessies.gebruikerId))
      .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
      .where(eq(sessies.id, sql.placeholder("sessieId"))),
);

export async function vindSessieMetGebruiker(db: Verbinding, sessieId: string): Promise<SessieMetGebruiker | null> {
  const [rij] = await sessieMetGebruiker(db, { sessieId });
  return rij ? alsSessieMetGebruiker(rij) : null;
}

/** The session and its person from a row of `sessieVelden` (also read within the API's read of a dossier, decision 0074). */
export function alsSessieMetGebruiker(rij: SessieRijMetGebruiker): SessieMetGebruiker {
  const { sessieVerlooptOp, sessieLaatstGebruiktOp, sessieStap, ...gebruiker } = rij;
  return {
    sessie: {
      gebruikerId: gebruiker.id,
      verlooptOp: sessieVerlooptOp,
      laatstGebruiktOp: sessieLaatstGebruiktOp,
      stap: sessieStap as SessieStap,
    },
    gebruiker: alsGebruiker(gebruiker),
  };
}

/** The active people of an organisation who hold a role, by name. */
export async function lijstMetRol(
  db: Verbinding,
  organisatieId: string,
  rol: Rol,
): Promise<{ id: string; naam: string }[]> {
  return db
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(
      and(
        eq(gebruikers.organisatieId, organisatieId),
        eq(gebruikers.actief, true),
        arrayContains(gebruikers.rollen, [rol]),
      ),
    )
    .orderBy(sql`${gebruikers.naam}`);
}

export async function maakGebruiker(
  db: Verbinding,
  g: { organisatieId: string; email: string; naam: string; wachtwoordHash: string; rollen: Rol[] },
): Promise<string> {
  const [rij] = await db
    .insert(gebruikers)
    .values({ ...g, email: g.email.toLowerCase() })
    .returning({ id: gebruikers.id });
  if (!rij) throw new Error("Gebruiker niet aangemaakt");
  return rij.id;
}

/** Everyone in one organisation, by name: for choosing a colleague to share with. */
export async function lijstGebruikers(
  db: Verbinding,
  organisatieId: string,
): Promise<
  {
    id: string;
    organisatieId: string;
    naam: string;
    email: string;
    rollen: Rol[];
    actief: boolean;
    tweestaps: boolean;
  }[]
> {
  const rijen = await db
    .select({
      id: gebruikers.id,
      organisatieId: gebruikers.organisatieId,
      naam: gebruikers.naam,
      email: gebruikers.email,
      rollen: gebruikers.rollen,
      actief: gebruikers.actief,
      tweestaps: sql<boolean>`${gebruikers.totpGeheim} is not null`,
    })
    .from(gebruikers)
    .where(eq(gebruikers.organisatieId, organisatieId))
    .orderBy(sql`${gebruikers.naam}`);
  return rijen.map((r) => ({ ...r, rollen: r.rollen as Rol[] }));
}

/** Which of these addresses (lower-cased) an account already has, in any organisation. */
export async function emailsInGebruik(db: Verbinding, emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rijen = await db
    .select({ email: gebruikers.email })
    .from(gebruikers)
    .where(
      inArray(
        gebruikers.email,
        emails.map((e) => e.toLowerCase()),
      ),
    );
  return new Set(rijen.map((r) => r.email));
}
