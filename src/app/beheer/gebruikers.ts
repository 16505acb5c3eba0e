import { z } from "zod";
import { maakEenmaligeLink, type LinkDoel } from "../../adapters/db/aanmelding.repository.ts";
import {
  lijstGebruikers,
  maakGebruiker,
  vindGebruiker,
  zetActief,
  zetRollen,
} from "../../adapters/db/gebruiker.repository.ts";
import { zetTweestapsBeleid } from "../../adapters/db/organisatie.repository.ts";
import { verwijderSessiesVan } from "../../adapters/db/sessie.repository.ts";
import { sha256Hex, willekeurigeTekst } from "../../adapters/crypto/sessie-token.ts";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import { DomeinFout, veldFout } from "../../domain/fouten.ts";
import { ROLLEN } from "../../domain/toegang/beleid.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { alsToegestaan } from "../toegang/algemene-toegang.ts";
import { log } from "../toegang/logboek.ts";

/** Invitation links last a week, reset links a day. */
export const GELDIG_MS: Record<LinkDoel, number> = { uitnodiging: 7 * 24 * 3600 * 1000, herstel: 24 * 3600 * 1000 };

/** The gate for managing the organisation's people: `gebruikers_beheren`, refusals logged as `gebruiker_beheren`. */
export async function alsBeheerder<T>(
  ctx: AppContext,
  wie: Ingelogd,
  details: string,
  werk: () => Promise<T>,
): Promise<T> {
  return alsToegestaan(ctx, wie, { actie: "gebruikers_beheren", logActie: "gebruiker_beheren", details }, werk);
}

/** The people of the beheerder's own organisation; no case data. */
export async function mensenVoorBeheer(ctx: AppContext, wie: Ingelogd) {
  return alsBeheerder(ctx, wie, "lijst", () => lijstGebruikers(ctx.db, wie.gebruiker.organisatieId));
}

const rollenSchema = z.array(z.enum(ROLLEN)).max(ROLLEN.length);
const uitnodigingSchema = z.strictObject({
  email: z.email().max(320),
  naam: z.string().trim().min(2).max(200),
  rollen: rollenSchema.min(1),
});

/**
 * A new token whose SHA-256 is stored; the token itself is returned once, to be handed over as a link.
 * Earlier unused links of the person stop working. `geldigMs` shortens the term (self-service reset: an hour).
 */
export async function nieuweLink(
  tx: Parameters<typeof maakEenmaligeLink>[0],
  gebruikerId: string,
  doel: LinkDoel,
  nu: Date,
  geldigMs = GELDIG_MS[doel],
): Promise<string> {
  const token = willekeurigeTekst(20);
  await maakEenmaligeLink(tx, {
    id: sha256Hex(token),
    gebruikerId,
    doel,
    nu,
    verlooptOp: new Date(nu.getTime() + geldigMs),
  });
  return token;
}

/** Invites a colleague: an account without a usable password and a one-time link to set one. */
export async function nodigUit(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<{ token: string }> {
  return alsBeheerder(ctx, wie, "uitnodigen", async () => {
    const { email, naam, rollen } = valideer(uitnodigingSchema, invoer);
    const nu = ctx.klok();
    return ctx.db.transaction(async (tx) => {
      let id: string;
      try {
        // "!" can never be an argon2 hash: nobody can sign in until the link is used.
        id = await maakGebruiker(tx, {
          organisatieId: wie.gebruiker.organisatieId,
          email,
          naam,
          rollen: [...new Set(rollen)],
          wachtwoordHash: "!uitgenodigd",
        });
      } catch {
        throw veldFout("email", "fout.email_bestaat");
      }
      const token = await nieuweLink(tx, id, "uitnodiging", nu);
      await log(
        tx,
        wie,
        { actie: "gebruiker_beheren", uitkomst: "gelukt", details: `uitgenodigd ${id} (${rollen.join(",")})` },
        nu,
      );
      return { token };
    });
  });
}

async function collega(ctx: AppContext, wie: Ingelogd, gebruikerId: string) {
  const g = z.uuid().safeParse(gebruikerId).success ? await vindGebruiker(ctx.db, gebruikerId) : null;
  // Someone from another organisation is answered exactly like someone who does not exist.
  if (!g || g.organisatieId !== wie.gebruiker.organisatieId) throw new DomeinFout("NIET_GEVONDEN");
  return g;
}

/** Sets a colleague's roles; takes effect on their next request. A beheerder cannot remove their own beheerder role. */
export async function wijzigRollen(
  ctx: AppContext,
  wie: Ingelogd,
  gebruikerId: string,
  invoer: unknown,
): Promise<void> {
  await alsBeheerder(ctx, wie, `rollen ${gebruikerId}`, async () => {
    const g = await collega(ctx, wie, gebruikerId);
    const rollen = [...new Set(valideer(rollenSchema, invoer, "rollen"))] as Rol[];
    if (g.id === wie.gebruiker.id && !rollen.includes("beheerder")) throw veldFout("rollen", "fout.eigen_beheerrol");
    // Nobody widens their own access: a case role (or the log) for a beheerder comes from another beheerder.
    if (g.id === wie.gebruiker.id && rollen.some((r) => !g.rollen.includes(r)))
      throw veldFout("rollen", "fout.eigen_rollen_uitbreiden");
    const nu = ctx.klok();
    await ctx.db.transaction(async (tx) => {
      await zetRollen(tx, wie.gebruiker.organisatieId, g.id, rollen);
      await log(
        tx,
        wie,
        {
          actie: "gebruiker_beheren",
          uitkomst: "gelukt",
          details: `rollen ${g.id}: ${g.rollen.join(",")} → ${rollen.join(",")}`,
        },
        nu,
      );
    });
  });
}

/** Deactivates (every session of that person ends at once) or reactivates a colleague. */
export async function zetGebruikerActief(
  ctx: AppContext,
  wie: Ingelogd,
  gebruikerId: string,
  actief: boolean,
): Promise<void> {
  await alsBeheerder(ctx, wie, `${actief ? "activeren" : "deactiveren"} ${gebruikerId}`, async () => {
    const g = await collega(ctx, wie, gebruikerId);
    if (g.id === wie.gebruiker.id) throw veldFout("actief", "fout.eigen_account_deactiveren");
    const nu = ctx.klok();
    await ctx.db.transaction(async (tx) => {
      await zetActief(tx, wie.gebruiker.organisatieId, g.id, actief);
      if (!actief) await verwijderSessiesVan(tx, g.id);
      await log(
        tx,
        wie,
        {
          actie: "gebruiker_beheren",
          uitkomst: "gelukt",
          details: `${actief ? "geactiveerd" : "gedeactiveerd"} ${g.id}`,
        },
        nu,
      );
    });
  });
}

/** A one-time reset link for a colleague who lost their password; earlier links stop working. */
export async function maakHerstelLink(
  ctx: AppContext,
  wie: Ingelogd,
  gebruikerId: string,
): Promise<{ token: string; naam: string }> {
  return alsBeheerder(ctx, wie, `herstellink ${gebruikerId}`, async () => {
    const g = await collega(ctx, wie, gebruikerId);
    const nu = ctx.klok();
    return ctx.db.transaction(async (tx) => {
      const token = await nieuweLink(tx, g.id, "herstel", nu);
      await log(tx, wie, { actie: "gebruiker_beheren", uitkomst: "gelukt", details: `herstellink ${g.id}` }, nu);
      return { token, naam: g.naam };
    });
  });
}

/** Which roles of the organisation must use two-step sign-in. */
export async function wijzigTweestapsBeleid(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await alsBeheerder(ctx, wie, "tweestapsbeleid", async () => {
    const rollen = [...new Set(valideer(rollenSchema, invoer, "tweestaps"))] as Rol[];
    const nu = ctx.klok();
    await ctx.db.transaction(async (tx) => {
      await zetTweestapsBeleid(tx, wie.gebruiker.organisatieId, rollen);
      await log(
        tx,
        wie,
        {
          actie: "gebruiker_beheren",
          uitkomst: "gelukt",
          details: `tweestaps verplicht: ${rollen.join(",") || "niemand"}`,
        },
        nu,
      );
    });
  });
}
