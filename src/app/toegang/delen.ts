import { z } from "zod";
import { lijstGebruikers, lijstMetRol, vindGebruiker } from "../../adapters/db/gebruiker.repository.ts";
import {
  lijstNoodtoegang,
  lijstToegang,
  namenVan,
  trekIn,
  vindToegang,
  voegNoodtoegangToe,
  voegToegangToe,
  type NoodtoegangRij,
  type ToegangRij,
} from "../../adapters/db/toegang.repository.ts";
import type { Verbinding } from "../../adapters/db/database.ts";
import { vindDossier, zoekOpVoorvoegsel } from "../../adapters/db/dossier.repository.ts";
import { zoekLog } from "../../adapters/db/toegangslog.repository.ts";
import { DomeinFout, veldFout } from "../../domain/fouten.ts";
import {
  type Grondslag,
  isVerborgenVoor,
  kan,
  magIntrekken,
  magOntvangen,
  NOODTOEGANG_DUUR_MS,
} from "../../domain/toegang/beleid.ts";
import { groepeerInzage, INZAGE_MAXIMUM, type InzageDag } from "../../domain/toegang/inzage.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metDossierToegang } from "./dossier-toegang.ts";
import { persoonVan } from "./logboek.ts";
import { metAlgemeneToegang } from "./algemene-toegang.ts";

const redenSchema = z.string().trim().min(5).max(1000);

const deelSchema = z.strictObject({
  gebruikerId: z.uuid(),
  soort: z.enum(["gedeeld", "toegewezen"]),
  reden: redenSchema,
});

/**
 * Shares (or assigns) a dossier with a colleague: who, with whom, why and when are recorded and
 * logged. Only an active colleague of the same organisation with a case role can receive it.
 */
export async function deelDossier(ctx: AppContext, wie: Ingelogd, dossierId: string, invoer: unknown): Promise<string> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    { actie: "delen", logActie: "dossier_delen", schrijven: true, details: () => detailsVan(invoer) },
    async ({ tx, dossier, feiten, nu }) => {
      const { gebruikerId, soort, reden } = valideer(deelSchema, invoer);
      const ontvanger = await vindGebruiker(tx, gebruikerId);
      const persoon = ontvanger && {
        id: ontvanger.id,
        organisatieId: ontvanger.organisatieId,
        rollen: ontvanger.rollen,
        actief: ontvanger.actief,
      };
      if (!persoon || !magOntvangen(persoon, feiten, nu.toISOString()))
        throw veldFout("gebruikerId", "fout.delen_ontvanger");
      return voegToegangToe(tx, {
        organisatieId: dossier.organisatieId,
        dossierId,
        gebruikerId,
        soort,
        reden,
        door: wie.gebruiker.id,
        sinds: nu,
      });
    },
  );
}

function detailsVan(invoer: unknown): string | null {
  const r = deelSchema.safeParse(invoer);
  return r.success ? `${r.data.soort} met ${r.data.gebruikerId}` : null;
}

/** Takes a share back at once; the row stays as history. */
export async function trekToegangIn(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  toegangId: string,
): Promise<void> {
  await metDossierToegang(
    ctx,
    wie,
    dossierId,
    // Reading is the gate; whether this person may revoke this share is decided per share below.
    { actie: "bekijken", logActie: "delen_intrekken", schrijven: true, details: () => `toegang ${toegangId}` },
    async ({ tx, dossier, feiten, nu }) => {
      const toegang = z.uuid().safeParse(toegangId).success
        ? await vindToegang(tx, dossier.organisatieId, dossierId, toegangId)
        : null;
      if (!toegang || toegang.ingetrokkenOp)
        throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "toegangId", sleutel: "fout.delen_onbekend" }]);
      if (!magIntrekken(persoonVan(wie), feiten, toegang, nu.toISOString()).toegestaan)
        throw new DomeinFout("GEEN_TOEGANG");
      await trekIn(tx, dossier.organisatieId, dossierId, toegangId, wie.gebruiker.id, nu);
    },
  );
}

export interface ToegangOverzicht {
  readonly grondslag: Grondslag;
  readonly aangemaaktDoor: { id: string; naam: string };
  /** Every share and assignment, with whether this person may take it back now. */
  readonly toegang: readonly (ToegangRij & { readonly magIntrekken: boolean })[];
  readonly noodtoegang: readonly NoodtoegangRij[];
  /** The eindverantwoordelijken who see the dossier because a decision is asked (empty until then). */
  readonly eindverantwoordelijken: readonly { id: string; naam: string }[];
  /** Colleagues this person could share with now. */
  readonly kandidaten: readonly { id: string; naam: string; rollen: readonly string[] }[];
  readonly magDelen: boolean;
}

/** Who can see this dossier and why, and with whom it could be shared. */
export async function bekijkToegang(ctx: AppContext, wie: Ingelogd, dossierId: string): Promise<ToegangOverzicht> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    { actie: "toegang_bekijken", logActie: "toegang_bekijken" },
    async ({ tx, dossier, feiten, grondslag, nu }) => {
      const persoon = persoonVan(wie);
      const moment = nu.toISOString();
      const toegang = await lijstToegang(tx, dossier.organisatieId, dossierId);
      const noodtoegang = await lijstNoodtoegang(tx, dossier.organisatieId, {
        sinds: new Date(nu.getTime() - 30 * 24 * 3600 * 1000),
        dossierId,
      });
      const namen = await namenVan(tx, dossier.organisatieId, [dossier.aangemaaktDoor]);
      // Asked to decide, or told at once of a suspicion against a colleague (never the colleague concerned).
      const eindverantwoordelijken =
        feiten.besluitGevraagd || feiten.soort === "vermoeden_medewerker"
          ? (await lijstMetRol(tx, dossier.organisatieId, "eindverantwoordelijke")).filter(
              (p) => p.id !== dossier.aangemaaktDoor && !isVerborgenVoor(p, feiten),
            )
          : [];
      // The policy decides, here as in deelDossier and trekToegangIn: the page offers exactly what would be accepted.
      const magDelen = kan(persoon, "delen", feiten, moment).toegestaan;
      const kandidaten = magDelen
        ? (await lijstGebruikers(tx, dossier.organisatieId))
            .filter((c) => c.id !== wie.gebruiker.id && magOntvangen(c, feiten, moment))
            .map((c) => ({ id: c.id, naam: c.naam, rollen: c.rollen }))
        : [];
      return {
        grondslag,
        aangemaaktDoor: { id: dossier.aangemaaktDoor, naam: namen.get(dossier.aangemaaktDoor) ?? "" },
        toegang: toegang.map((r) => ({
          ...r,
          magIntrekken: r.ingetrokkenOp === null && magIntrekken(persoon, feiten, r, moment).toegestaan,
        })),
        noodtoegang,
        eindverantwoordelijken,
        kandidaten,
        magDelen,
      };
    },
  );
}

const noodSchema = z.strictObject({ dossier: z.string().trim().min(8).max(36), reden: redenSchema });

/**
 * Break the glass: an aandachtsfunctionaris or eindverantwoordelijke opens a dossier they have no
 * basis for, with a mandatory reason, for at most 24 hours. It is logged, shown on the dossier and
 * flagged to the aandachtsfunctionarissen. The dossier is named by its id or the first 8
 * characters of it (the reference shown on the dossier page).
 */
export async function vraagNoodtoegang(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<string> {
  // The reason is kept with the grant (shown on the dossier), not in the log a logbeheerder reads.
  const gelukt = (dossierId: string) => ({ dossierId, grondslag: "noodtoegang" as const, details: "24 uur" });
  return metAlgemeneToegang(
    ctx,
    wie,
    { actie: "noodtoegang_vragen", logActie: "noodtoegang", gelukt },
    async ({ tx, nu }) => {
      const { dossier: verwijzing, reden } = valideer(noodSchema, invoer);
      const dossier = await vindOpVerwijzing(tx, wie.gebruiker.organisatieId, verwijzing);
      // The staff member a suspicion is about gets the answer for a reference that does not exist (decision 0053).
      if (!dossier || isVerborgenVoor(persoonVan(wie), dossier)) throw veldFout("dossier", "fout.noodtoegang_onbekend");
      await voegNoodtoegangToe(tx, {
        organisatieId: dossier.organisatieId,
        dossierId: dossier.id,
        gebruikerId: wie.gebruiker.id,
        reden,
        begin: nu,
        tot: new Date(nu.getTime() + NOODTOEGANG_DUUR_MS),
      });
      return dossier.id;
    },
  );
}

async function vindOpVerwijzing(tx: Parameters<typeof vindDossier>[0], organisatieId: string, verwijzing: string) {
  const schoon = verwijzing.toLowerCase();
  if (z.uuid().safeParse(schoon).success) return vindDossier(tx, organisatieId, schoon);
  if (!/^[0-9a-f]{8}$/.test(schoon)) return null;
  const gevonden = await zoekOpVoorvoegsel(tx, organisatieId, schoon);
  return gevonden.length === 1 ? (gevonden[0] ?? null) : null;
}

/**
 * Emergency access of the last 7 days in the organisation, for the aandachtsfunctionarissen: read in
 * the transaction of the page that shows it (the dossier list, `leesDossierLijstPagina`).
 */
export async function recenteNoodtoegang(tx: Verbinding, wie: Ingelogd, nu: Date): Promise<NoodtoegangRij[]> {
  if (!wie.gebruiker.rollen.includes("aandachtsfunctionaris") || !wie.gebruiker.actief) return [];
  const rijen = await lijstNoodtoegang(tx, wie.gebruiker.organisatieId, {
    sinds: new Date(nu.getTime() - 7 * 24 * 3600 * 1000),
  });
  return rijen.filter((r) => r.gebruikerId !== wie.gebruiker.id && !isVerborgenVoor(persoonVan(wie), r));
}

export interface InzageOverzicht {
  readonly dagen: readonly InzageDag[];
  /** True when the dossier has more entries than INZAGE_MAXIMUM: the oldest are not counted. */
  readonly onvolledig: boolean;
}

/**
 * Who looked at or changed this dossier and when, in plain words: what the organisation can hand
 * to a parent who asks (AVG right of access), grouped per person per day with a count
 * (`groepeerInzage`). Refused attempts are left out; they are in the log.
 */
export async function inzageOverzicht(ctx: AppContext, wie: Ingelogd, dossierId: string): Promise<InzageOverzicht> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    { actie: "inzage_overzicht", logActie: "inzage_overzicht" },
    async ({ tx, dossier }) => {
      const regels = await zoekLog(tx, dossier.organisatieId, { dossierId, limiet: INZAGE_MAXIMUM + 1 });
      const geteld = regels.slice(0, INZAGE_MAXIMUM).filter((r) => r.uitkomst === "gelukt");
      return {
        dagen: groepeerInzage(
          geteld.map((r) => ({
            tijdstip: r.tijdstip,
            gebruikerId: r.gebruikerId,
            naam: r.gebruikerNaam,
            rol: r.rol,
            actie: r.actie,
            grondslag: r.grondslag,
          })),
        ),
        onvolledig: regels.length > INZAGE_MAXIMUM,
      };
    },
  );
}
