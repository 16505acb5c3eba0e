import {
  bewaarOefenAntwoord,
  laatsteOefenSessie,
  mijnOefenSessies,
  nieuweOefenSessie,
  oefenAntwoordenVan,
  rondOefenSessieAf,
  telOefendata,
  verwijderOefendata,
  type OefenSessieRij,
} from "../../adapters/db/oefen.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { casusMetId, OEFEN_VERSIE } from "../../domain/kennis/oefencasussen.ts";
import { leesAfweging, leesKeuze, leesReflectie } from "../../domain/oefenen/oefen-invoer.ts";
import { PUNT_AFWEGING, PUNT_REFLECTIE, volgendPunt, type Oefencasus } from "../../domain/oefenen/oefencasus.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "../toegang/algemene-toegang.ts";
import { persoonVan } from "../toegang/logboek.ts";
import { metOefenToegang } from "./oefen-toegang.ts";

/** A case id from a URL: unknown is 404, like a dossier that does not exist. */
function vindCasus(id: string): Oefencasus {
  const casus = casusMetId(id);
  if (!casus) throw new DomeinFout("NIET_GEVONDEN");
  return casus;
}

export interface OefenWandeling {
  readonly casus: Oefencasus;
  readonly sessie: OefenSessieRij | null;
  /** The person's answers by point (stage id, reflectie, afweging). */
  readonly antwoorden: ReadonlyMap<string, unknown>;
}

/** The person's newest walk of a case with their answers; a walk is only ever read by its own person. */
export async function bekijkOefening(ctx: AppContext, wie: Ingelogd, casusId: string): Promise<OefenWandeling> {
  const casus = vindCasus(casusId);
  return metOefenToegang(ctx, wie, "oefenen", async ({ tx, organisatieId, gebruikerId }) => {
    const sessie = await laatsteOefenSessie(tx, organisatieId, gebruikerId, casus.id);
    return { casus, sessie, antwoorden: sessie ? await oefenAntwoordenVan(tx, sessie.id) : new Map<string, unknown>() };
  });
}

/** What a person sends at one point: the chosen options, or the fields of the reflection or the weighing. */
export interface OefenInvoer {
  readonly punt: string;
  readonly gekozen: readonly string[];
  readonly velden: Readonly<Record<string, string>>;
}

/**
 * Stores the answer at the point that is due, starting a walk when there is none (or the last one is
 * finished). Points go in order; an answer to another point, or a second one, is refused (422).
 * The weighing is the last point and finishes the walk.
 */
export async function beantwoordOefenpunt(
  ctx: AppContext,
  wie: Ingelogd,
  casusId: string,
  invoer: OefenInvoer,
): Promise<void> {
  const casus = vindCasus(casusId);
  const fase = casus.fasen.find((f) => f.id === invoer.punt);
  const antwoord =
    invoer.punt === PUNT_AFWEGING
      ? leesAfweging(invoer.velden)
      : invoer.punt === PUNT_REFLECTIE
        ? leesReflectie(invoer.velden)
        : fase
          ? leesKeuze(fase.beslispunt, invoer.gekozen)
          : null;
  if (antwoord === null)
    throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "punt", sleutel: "oefenen.fout.onbekend_punt" }]);
  await metOefenToegang(ctx, wie, "oefenen", async ({ tx, nu, organisatieId, gebruikerId }) => {
    let sessie = await laatsteOefenSessie(tx, organisatieId, gebruikerId, casus.id);
    if (!sessie || sessie.afgerondOp)
      sessie = await nieuweOefenSessie(tx, { organisatieId, gebruikerId, casus: casus.id, versie: OEFEN_VERSIE, nu });
    const beantwoord = new Set((await oefenAntwoordenVan(tx, sessie.id)).keys());
    if (volgendPunt(casus, beantwoord) !== invoer.punt) throw new DomeinFout("VRAAG_NIET_AAN_DE_BEURT");
    if (!(await bewaarOefenAntwoord(tx, sessie.id, invoer.punt, antwoord, nu)))
      throw new DomeinFout("VRAAG_NIET_AAN_DE_BEURT");
    if (invoer.punt === PUNT_AFWEGING) await rondOefenSessieAf(tx, sessie.id, nu);
  });
}

/** Starts a fresh walk of a case; the earlier ones stay the person's own notes until a beheerder removes practice data. */
export async function begin(ctx: AppContext, wie: Ingelogd, casusId: string): Promise<void> {
  const casus = vindCasus(casusId);
  await metOefenToegang(ctx, wie, "oefenen", async ({ tx, nu, organisatieId, gebruikerId }) => {
    await nieuweOefenSessie(tx, { organisatieId, gebruikerId, casus: casus.id, versie: OEFEN_VERSIE, nu });
  });
}

export interface OefenOverzicht {
  /** The person's newest walk per case. */
  readonly mijn: readonly OefenSessieRij[];
  /** For a beheerder: how much practice data the organisation holds. */
  readonly oefendata: { oefenSessies: number; teamSessies: number } | null;
}

export async function oefenOverzicht(ctx: AppContext, wie: Ingelogd): Promise<OefenOverzicht> {
  return metOefenToegang(ctx, wie, "oefenen", async ({ tx, organisatieId, gebruikerId }) => ({
    mijn: await mijnOefenSessies(tx, organisatieId, gebruikerId),
    oefendata: kanAlgemeen(persoonVan(wie), "organisatie_beheren") ? await telOefendata(tx, organisatieId) : null,
  }));
}

/**
 * A beheerder removes all practice data of the organisation: every walk with its notes, every team
 * session with its answers. A beheer action, so it is authorised and logged like one (no child's data
 * is in the entry, only the counts).
 */
export async function verwijderOefendataVanOrganisatie(
  ctx: AppContext,
  wie: Ingelogd,
): Promise<{ oefenSessies: number; teamSessies: number }> {
  return metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "organisatie_beheren",
      logActie: "organisatie_beheren",
      details: "oefengegevens verwijderen",
      gelukt: (r) => ({
        details: `oefengegevens verwijderd: ${r.oefenSessies} oefensessies, ${r.teamSessies} teamsessies`,
      }),
    },
    ({ tx }) => verwijderOefendata(tx, wie.gebruiker.organisatieId),
  );
}
