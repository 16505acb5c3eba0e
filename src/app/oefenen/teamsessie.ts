import { randomBytes } from "node:crypto";
import {
  bewaarTeamAntwoord,
  onthulTeamSessie,
  openTeamSessie,
  teamAntwoordenVan,
  teamSessieMetCode,
  teamSessiesVan,
  type TeamSessieRij,
} from "../../adapters/db/oefen.repository.ts";
import type { Antwoorden } from "../../domain/afweging/afwegingskader.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { casusMetId } from "../../domain/kennis/oefencasussen.ts";
import { alsTeamAntwoorden, leesTeamAntwoorden } from "../../domain/oefenen/oefen-invoer.ts";
import {
  CODE_LENGTE,
  deelnamecodeUit,
  MIN_ANTWOORDEN_SPREIDING,
  normaliseerDeelnamecode,
  spreidingVan,
  type Oefencasus,
  type Spreiding,
} from "../../domain/oefenen/oefencasus.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metOefenToegang } from "./oefen-toegang.ts";

/**
 * Team sessions (issue 12): the aandachtsfunctionaris opens one on a practice case, colleagues of the
 * same organisation join with the code and answer the afwegingsvragen on their own, and the host
 * reveals the anonymous spread. A session of another organisation does not exist for them (404).
 */

/** How often a new code is drawn when the drawn one is taken; with 31^6 codes, twice is already rare. */
const POGINGEN = 5;

/** Opens a team session on a case and returns its code. */
export async function openTeamsessie(ctx: AppContext, wie: Ingelogd, casusId: string): Promise<string> {
  const casus = casusMetId(casusId);
  if (!casus) throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "casus", sleutel: "oefenen.fout.casus_kiezen" }]);
  return metOefenToegang(ctx, wie, "teamsessie_leiden", async ({ tx, nu, organisatieId, gebruikerId }) => {
    for (let i = 0; i < POGINGEN; i++) {
      const sessie = await openTeamSessie(tx, {
        organisatieId,
        gastheerId: gebruikerId,
        casus: casus.id,
        code: deelnamecodeUit(randomBytes(CODE_LENGTE)),
        nu,
      });
      if (sessie) return sessie.code;
    }
    throw new Error("geen vrije deelnamecode gevonden");
  });
}

/** The session behind a typed or linked code in the person's organisation; anything else is 404. */
async function vindSessie(
  tx: Parameters<Parameters<typeof metOefenToegang>[3]>[0]["tx"],
  organisatieId: string,
  code: string,
  vergrendel = false,
): Promise<{ sessie: TeamSessieRij; casus: Oefencasus }> {
  const genormaliseerd = normaliseerDeelnamecode(code);
  const sessie = genormaliseerd ? await teamSessieMetCode(tx, organisatieId, genormaliseerd, vergrendel) : null;
  const casus = sessie ? casusMetId(sessie.casus) : null;
  if (!sessie || !casus) throw new DomeinFout("NIET_GEVONDEN");
  return { sessie, casus };
}

export interface TeamsessieBeeld {
  readonly code: string;
  readonly casus: Oefencasus;
  readonly isGastheer: boolean;
  readonly aantal: number;
  /** The person's own answers, never anyone else's. */
  readonly eigen: Antwoorden | null;
  readonly onthuld: boolean;
  readonly magOnthullen: boolean;
  /** Only after the reveal, and only from MIN_ANTWOORDEN_SPREIDING answers on. */
  readonly spreiding: Spreiding | null;
}

/** What one participant (or the host) sees of a session. */
export async function bekijkTeamsessie(ctx: AppContext, wie: Ingelogd, code: string): Promise<TeamsessieBeeld> {
  return metOefenToegang(ctx, wie, "oefenen", async ({ tx, organisatieId, gebruikerId }) => {
    const { sessie, casus } = await vindSessie(tx, organisatieId, code);
    const alle = await teamAntwoordenVan(tx, sessie.id);
    const eigen = alle.find((a) => a.gebruikerId === gebruikerId);
    const onthuld = sessie.onthuldOp !== null;
    return {
      code: sessie.code,
      casus,
      isGastheer: sessie.gastheerId === gebruikerId,
      aantal: alle.length,
      eigen: eigen ? alsTeamAntwoorden(eigen.antwoorden) : null,
      onthuld,
      magOnthullen: !onthuld && alle.length >= MIN_ANTWOORDEN_SPREIDING,
      spreiding: onthuld
        ? spreidingVan(
            alle.map((a) => alsTeamAntwoorden(a.antwoorden)),
            casus.afweging.disclosure,
          )
        : null,
    };
  });
}

/** Stores (or replaces) a participant's answers; refused once the spread is shown. */
export async function beantwoordTeamsessie(
  ctx: AppContext,
  wie: Ingelogd,
  code: string,
  velden: Readonly<Record<string, string>>,
): Promise<void> {
  const antwoorden = leesTeamAntwoorden(velden);
  await metOefenToegang(ctx, wie, "oefenen", async ({ tx, nu, organisatieId, gebruikerId }) => {
    const { sessie } = await vindSessie(tx, organisatieId, code, true);
    if (sessie.onthuldOp)
      throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "sessie", sleutel: "oefenen.fout.al_onthuld" }]);
    await bewaarTeamAntwoord(tx, sessie.id, gebruikerId, antwoorden, nu);
  });
}

/** The host shows the spread; only the host, and only with enough answers to keep them anonymous. */
export async function onthulTeamsessie(ctx: AppContext, wie: Ingelogd, code: string): Promise<void> {
  await metOefenToegang(ctx, wie, "teamsessie_leiden", async ({ tx, nu, organisatieId, gebruikerId }) => {
    const { sessie } = await vindSessie(tx, organisatieId, code, true);
    if (sessie.gastheerId !== gebruikerId) throw new DomeinFout("GEEN_TOEGANG");
    const aantal = (await teamAntwoordenVan(tx, sessie.id)).length;
    if (aantal < MIN_ANTWOORDEN_SPREIDING)
      throw new DomeinFout("ONGELDIGE_INVOER", [
        { veld: "sessie", sleutel: "oefenen.fout.te_weinig_antwoorden", waarden: { min: MIN_ANTWOORDEN_SPREIDING } },
      ]);
    await onthulTeamSessie(tx, sessie.id, nu);
  });
}

/** The sessions the person opened as host, newest first; empty for anyone who may not lead one. */
export async function mijnTeamsessies(ctx: AppContext, wie: Ingelogd): Promise<(TeamSessieRij & { aantal: number })[]> {
  try {
    return await metOefenToegang(ctx, wie, "teamsessie_leiden", ({ tx, organisatieId, gebruikerId }) =>
      teamSessiesVan(tx, organisatieId, gebruikerId),
    );
  } catch (fout) {
    if (fout instanceof DomeinFout && fout.code === "GEEN_TOEGANG") return [];
    throw fout;
  }
}
