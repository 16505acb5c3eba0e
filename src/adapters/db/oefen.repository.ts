import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Verbinding } from "./database.ts";
import { oefenAntwoorden, oefenSessies, teamAntwoorden, teamSessies } from "./schema.ts";

/**
 * Practice data (decision 0052): only these four tables, always filtered on the organisation, and a
 * person's own walks also on the person. Nothing here touches a dossier, a projection or the access log.
 */

export interface OefenSessieRij {
  readonly id: string;
  readonly casus: string;
  readonly versie: string;
  readonly gestartOp: Date;
  readonly afgerondOp: Date | null;
}

/** The person's newest walk of a case, or null. */
export async function laatsteOefenSessie(
  db: Verbinding,
  organisatieId: string,
  gebruikerId: string,
  casus: string,
): Promise<OefenSessieRij | null> {
  const [rij] = await db
    .select({
      id: oefenSessies.id,
      casus: oefenSessies.casus,
      versie: oefenSessies.versie,
      gestartOp: oefenSessies.gestartOp,
      afgerondOp: oefenSessies.afgerondOp,
    })
    .from(oefenSessies)
    .where(
      and(
        eq(oefenSessies.organisatieId, organisatieId),
        eq(oefenSessies.gebruikerId, gebruikerId),
        eq(oefenSessies.casus, casus),
      ),
    )
    .orderBy(desc(oefenSessies.gestartOp), desc(oefenSessies.id))
    .limit(1);
  return rij ?? null;
}

/** The person's newest walk of every case they practised, for the overview. */
export async function mijnOefenSessies(
  db: Verbinding,
  organisatieId: string,
  gebruikerId: string,
): Promise<OefenSessieRij[]> {
  return db
    .selectDistinctOn([oefenSessies.casus], {
      id: oefenSessies.id,
      casus: oefenSessies.casus,
      versie: oefenSessies.versie,
      gestartOp: oefenSessies.gestartOp,
      afgerondOp: oefenSessies.afgerondOp,
    })
    .from(oefenSessies)
    .where(and(eq(oefenSessies.organisatieId, organisatieId), eq(oefenSessies.gebruikerId, gebruikerId)))
    .orderBy(asc(oefenSessies.casus), desc(oefenSessies.gestartOp), desc(oefenSessies.id));
}

export async function nieuweOefenSessie(
  db: Verbinding,
  rij: { organisatieId: string; gebruikerId: string; casus: string; versie: string; nu: Date },
): Promise<OefenSessieRij> {
  const [nieuw] = await db
    .insert(oefenSessies)
    .values({
      organisatieId: rij.organisatieId,
      gebruikerId: rij.gebruikerId,
      casus: rij.casus,
      versie: rij.versie,
      gestartOp: rij.nu,
    })
    .returning({
      id: oefenSessies.id,
      casus: oefenSessies.casus,
      versie: oefenSessies.versie,
      gestartOp: oefenSessies.gestartOp,
      afgerondOp: oefenSessies.afgerondOp,
    });
  if (!nieuw) throw new Error("oefensessie niet aangemaakt");
  return nieuw;
}

/** The answers of one walk by point. The walk was found through the person's own query first. */
export async function oefenAntwoordenVan(db: Verbinding, sessieId: string): Promise<Map<string, unknown>> {
  const rijen = await db
    .select({ punt: oefenAntwoorden.punt, antwoord: oefenAntwoorden.antwoord })
    .from(oefenAntwoorden)
    .where(eq(oefenAntwoorden.sessieId, sessieId));
  return new Map(rijen.map((r) => [r.punt, r.antwoord]));
}

/** Stores the answer at one point; a point is answered once (false: it already was). */
export async function bewaarOefenAntwoord(
  db: Verbinding,
  sessieId: string,
  punt: string,
  antwoord: unknown,
  nu: Date,
): Promise<boolean> {
  const rijen = await db
    .insert(oefenAntwoorden)
    .values({ sessieId, punt, antwoord, beantwoordOp: nu })
    .onConflictDoNothing()
    .returning({ punt: oefenAntwoorden.punt });
  return rijen.length === 1;
}

export async function rondOefenSessieAf(db: Verbinding, sessieId: string, nu: Date): Promise<void> {
  await db.update(oefenSessies).set({ afgerondOp: nu }).where(eq(oefenSessies.id, sessieId));
}

export interface TeamSessieRij {
  readonly id: string;
  readonly organisatieId: string;
  readonly gastheerId: string;
  readonly casus: string;
  readonly code: string;
  readonly geopendOp: Date;
  readonly onthuldOp: Date | null;
}

/**
 * Opens a team session with a code; null when the code is taken (the caller draws another).
 * The code is unique across organisations, so a code never points to two sessions.
 */
export async function openTeamSessie(
  db: Verbinding,
  rij: { organisatieId: string; gastheerId: string; casus: string; code: string; nu: Date },
): Promise<TeamSessieRij | null> {
  const [nieuw] = await db
    .insert(teamSessies)
    .values({
      organisatieId: rij.organisatieId,
      gastheerId: rij.gastheerId,
      casus: rij.casus,
      code: rij.code,
      geopendOp: rij.nu,
    })
    .onConflictDoNothing()
    .returning();
  return nieuw ?? null;
}

/** The session with this code in this organisation, locked for the rest of the transaction when `vergrendel`. */
export async function teamSessieMetCode(
  db: Verbinding,
  organisatieId: string,
  code: string,
  vergrendel = false,
): Promise<TeamSessieRij | null> {
  const vraag = db
    .select()
    .from(teamSessies)
    .where(and(eq(teamSessies.organisatieId, organisatieId), eq(teamSessies.code, code)));
  const [rij] = vergrendel ? await vraag.for("update") : await vraag;
  return rij ?? null;
}

/** The team sessions a host opened, newest first, with their number of answers. */
export async function teamSessiesVan(
  db: Verbinding,
  organisatieId: string,
  gastheerId: string,
): Promise<(TeamSessieRij & { aantal: number })[]> {
  const rijen = await db
    .select({
      id: teamSessies.id,
      organisatieId: teamSessies.organisatieId,
      gastheerId: teamSessies.gastheerId,
      casus: teamSessies.casus,
      code: teamSessies.code,
      geopendOp: teamSessies.geopendOp,
      onthuldOp: teamSessies.onthuldOp,
      aantal: count(teamAntwoorden.gebruikerId),
    })
    .from(teamSessies)
    .leftJoin(teamAntwoorden, eq(teamAntwoorden.teamSessieId, teamSessies.id))
    .where(and(eq(teamSessies.organisatieId, organisatieId), eq(teamSessies.gastheerId, gastheerId)))
    .groupBy(teamSessies.id)
    .orderBy(desc(teamSessies.geopendOp))
    .limit(10);
  return rijen.map((r) => ({ ...r, aantal: Number(r.aantal) }));
}

/** Every participant's answers of a session: the caller only ever shows them as counts, or one person their own. */
export async function teamAntwoordenVan(
  db: Verbinding,
  teamSessieId: string,
): Promise<{ gebruikerId: string; antwoorden: unknown }[]> {
  return db
    .select({ gebruikerId: teamAntwoorden.gebruikerId, antwoorden: teamAntwoorden.antwoorden })
    .from(teamAntwoorden)
    .where(eq(teamAntwoorden.teamSessieId, teamSessieId));
}

/** Stores or replaces one participant's answers (they may change them until the spread is shown). */
export async function bewaarTeamAntwoord(
  db: Verbinding,
  teamSessieId: string,
  gebruikerId: string,
  antwoorden: unknown,
  nu: Date,
): Promise<void> {
  await db
    .insert(teamAntwoorden)
    .values({ teamSessieId, gebruikerId, antwoorden, beantwoordOp: nu })
    .onConflictDoUpdate({
      target: [teamAntwoorden.teamSessieId, teamAntwoorden.gebruikerId],
      set: { antwoorden, beantwoordOp: nu },
    });
}

export async function onthulTeamSessie(db: Verbinding, teamSessieId: string, nu: Date): Promise<void> {
  await db
    .update(teamSessies)
    .set({ onthuldOp: nu })
    .where(and(eq(teamSessies.id, teamSessieId), sql`${teamSessies.onthuldOp} is null`));
}

/** Removes all practice data of an organisation (answers go with their sessions); returns what was removed. */
export async function verwijderOefendata(
  db: Verbinding,
  organisatieId: string,
): Promise<{ oefenSessies: number; teamSessies: number }> {
  const teams = await db
    .select({ id: teamSessies.id })
    .from(teamSessies)
    .where(eq(teamSessies.organisatieId, organisatieId));
  if (teams.length > 0)
    await db.delete(teamAntwoorden).where(
      inArray(
        teamAntwoorden.teamSessieId,
        teams.map((t) => t.id),
      ),
    );
  const weg = await db
    .delete(teamSessies)
    .where(eq(teamSessies.organisatieId, organisatieId))
    .returning({ id: teamSessies.id });
  const oefen = await db
    .delete(oefenSessies)
    .where(eq(oefenSessies.organisatieId, organisatieId))
    .returning({ id: oefenSessies.id });
  return { oefenSessies: oefen.length, teamSessies: weg.length };
}

/** How much practice data an organisation holds, for the beheerder's page. */
export async function telOefendata(
  db: Verbinding,
  organisatieId: string,
): Promise<{ oefenSessies: number; teamSessies: number }> {
  const [o] = await db.select({ n: count() }).from(oefenSessies).where(eq(oefenSessies.organisatieId, organisatieId));
  const [t] = await db.select({ n: count() }).from(teamSessies).where(eq(teamSessies.organisatieId, organisatieId));
  return { oefenSessies: Number(o?.n ?? 0), teamSessies: Number(t?.n ?? 0) };
}
