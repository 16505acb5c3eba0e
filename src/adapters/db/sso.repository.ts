import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Verbinding } from "./database.ts";
import { gebruikers, ssoAanvragen, ssoDomeinen, ssoInstellingen } from "./schema.ts";

/** An organisation's single sign-on settings, with the client secret still encrypted. */
export interface OpgeslagenSso {
  readonly organisatieId: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientGeheim: string;
  readonly domeinen: readonly string[];
  readonly idpTweedeFactor: boolean;
  readonly acr: string | null;
  readonly wachtwoordUit: boolean;
  readonly gewerktOp: Date | null;
  readonly gewijzigdOp: Date;
}

export async function leesSso(
  db: Verbinding,
  organisatieId: string,
  voorWijziging = false,
): Promise<OpgeslagenSso | null> {
  const vraag = db.select().from(ssoInstellingen).where(eq(ssoInstellingen.organisatieId, organisatieId));
  const [rij] = voorWijziging ? await vraag.for("update") : await vraag;
  if (!rij) return null;
  const domeinen = await db
    .select({ domein: ssoDomeinen.domein })
    .from(ssoDomeinen)
    .where(eq(ssoDomeinen.organisatieId, organisatieId))
    .orderBy(ssoDomeinen.domein);
  return { ...rij, domeinen: domeinen.map((d) => d.domein) };
}

/** The organisation whose provider covers this e-mail domain, if any. */
export async function organisatieVoorDomein(db: Verbinding, domein: string): Promise<string | null> {
  const [rij] = await db
    .select({ organisatieId: ssoDomeinen.organisatieId })
    .from(ssoDomeinen)
    .where(eq(ssoDomeinen.domein, domein));
  return rij?.organisatieId ?? null;
}

/** Which of these domains another organisation already covers. */
export async function domeinenVanAnderen(
  db: Verbinding,
  organisatieId: string,
  domeinen: readonly string[],
): Promise<string[]> {
  if (domeinen.length === 0) return [];
  const rijen = await db
    .select({ domein: ssoDomeinen.domein, organisatieId: ssoDomeinen.organisatieId })
    .from(ssoDomeinen)
    .where(inArray(ssoDomeinen.domein, [...domeinen]));
  return rijen.filter((r) => r.organisatieId !== organisatieId).map((r) => r.domein);
}

export async function bewaarSso(db: Verbinding, s: OpgeslagenSso): Promise<void> {
  const { domeinen, ...rij } = s;
  await db
    .insert(ssoInstellingen)
    .values(rij)
    .onConflictDoUpdate({
      target: ssoInstellingen.organisatieId,
      set: {
        issuer: rij.issuer,
        clientId: rij.clientId,
        clientGeheim: rij.clientGeheim,
        idpTweedeFactor: rij.idpTweedeFactor,
        acr: rij.acr,
        wachtwoordUit: rij.wachtwoordUit,
        gewerktOp: rij.gewerktOp,
        gewijzigdOp: rij.gewijzigdOp,
      },
    });
  await db.delete(ssoDomeinen).where(eq(ssoDomeinen.organisatieId, s.organisatieId));
  if (domeinen.length)
    await db.insert(ssoDomeinen).values(domeinen.map((domein) => ({ domein, organisatieId: s.organisatieId })));
}

export async function verwijderSso(db: Verbinding, organisatieId: string): Promise<void> {
  await db.delete(ssoDomeinen).where(eq(ssoDomeinen.organisatieId, organisatieId));
  await db.delete(ssoInstellingen).where(eq(ssoInstellingen.organisatieId, organisatieId));
}

/** Records that a sign-in worked with the settings as they are (the condition for switching passwords off). */
export async function zetSsoGewerkt(
  db: Verbinding,
  organisatieId: string,
  issuer: string,
  clientId: string,
  nu: Date,
): Promise<void> {
  await db
    .update(ssoInstellingen)
    .set({ gewerktOp: nu })
    .where(
      and(
        eq(ssoInstellingen.organisatieId, organisatieId),
        eq(ssoInstellingen.issuer, issuer),
        eq(ssoInstellingen.clientId, clientId),
      ),
    );
}

/** Is password sign-in switched off for this organisation? */
export async function wachtwoordUitVoor(db: Verbinding, organisatieId: string): Promise<boolean> {
  const [rij] = await db
    .select({ uit: ssoInstellingen.wachtwoordUit })
    .from(ssoInstellingen)
    .where(eq(ssoInstellingen.organisatieId, organisatieId));
  return rij?.uit ?? false;
}

export async function alleClientGeheimen(db: Verbinding): Promise<{ organisatieId: string; clientGeheim: string }[]> {
  return db
    .select({ organisatieId: ssoInstellingen.organisatieId, clientGeheim: ssoInstellingen.clientGeheim })
    .from(ssoInstellingen);
}

export async function vervangClientGeheim(
  db: Verbinding,
  organisatieId: string,
  oud: string,
  nieuw: string,
): Promise<boolean> {
  const rijen = await db
    .update(ssoInstellingen)
    .set({ clientGeheim: nieuw })
    .where(and(eq(ssoInstellingen.organisatieId, organisatieId), eq(ssoInstellingen.clientGeheim, oud)))
    .returning({ id: ssoInstellingen.organisatieId });
  return rijen.length === 1;
}

// --- sign-ins in flight ---

export interface SsoAanvraag {
  readonly id: string;
  readonly organisatieId: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly terug: string;
  readonly verlooptOp: Date;
}

export async function bewaarAanvraag(db: Verbinding, a: SsoAanvraag): Promise<void> {
  await db.insert(ssoAanvragen).values(a);
}

/** Takes the sign-in in flight out of the table: it can be used once, whatever happens next. */
export async function neemAanvraag(db: Verbinding, id: string): Promise<SsoAanvraag | null> {
  const [rij] = await db.delete(ssoAanvragen).where(eq(ssoAanvragen.id, id)).returning();
  return rij ?? null;
}

export async function ruimAanvragenOp(db: Verbinding, nu: Date): Promise<void> {
  await db.delete(ssoAanvragen).where(lt(ssoAanvragen.verlooptOp, nu));
}

// --- the link between a person and the provider's subject ---

/** The person linked to (issuer, subject), if any. */
export async function gebruikerIdVoorSubject(db: Verbinding, issuer: string, subject: string): Promise<string | null> {
  const [rij] = await db
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .where(and(eq(gebruikers.oidcIssuer, issuer), eq(gebruikers.oidcSubject, subject)));
  return rij?.id ?? null;
}

/** The link of one person, to see whether a first sign-in by e-mail may link them. */
export async function oidcKoppelingVan(
  db: Verbinding,
  id: string,
): Promise<{ issuer: string | null; subject: string | null } | null> {
  const [rij] = await db
    .select({ issuer: gebruikers.oidcIssuer, subject: gebruikers.oidcSubject })
    .from(gebruikers)
    .where(eq(gebruikers.id, id));
  return rij ? { issuer: rij.issuer, subject: rij.subject } : null;
}

/** Links a person to (issuer, subject), only when not yet linked: two parallel first sign-ins cannot both link. */
export async function koppelSubject(db: Verbinding, id: string, issuer: string, subject: string): Promise<boolean> {
  const rijen = await db
    .update(gebruikers)
    .set({ oidcIssuer: issuer, oidcSubject: subject })
    .where(and(eq(gebruikers.id, id), sql`${gebruikers.oidcSubject} is null`))
    .returning({ id: gebruikers.id });
  return rijen.length === 1;
}
