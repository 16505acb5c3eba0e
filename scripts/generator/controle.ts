import { isDeepStrictEqual } from "node:util";
import type { Database } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen, uitKolommen, vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { besluitRollen } from "../../src/domain/dossier/besluit.ts";
import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import { bouwToestand } from "../../src/domain/dossier/toestand.ts";
import { beoordeelGebeurtenis } from "../../src/domain/dossier/toevoegen.ts";
import { bewaarjarenVoor } from "../../src/domain/organisatie/bewaartermijn.ts";
import { leesProtocol } from "../../src/domain/organisatie/protocol.ts";
import { datumInNederland } from "../../src/domain/tijd/nederlandse-tijd.ts";
import { afgeleideRijen } from "./afgeleid.ts";

/**
 * The generator's own consistency check: stored cases replay through the domain, and their derived
 * columns equal what `afgeleideRijen` computes from the stored events.
 */

/** What a caller sends for a stored event: for a sent report only how and when (decision 0030), the domain rebuilds the rest. */
function invoerVan(g: Gebeurtenis): unknown {
  if (g.type !== "melding_verstuurd") return g.gegevens;
  const { inhoud: _inhoud, hash: _hash, ...verzending } = g.gegevens;
  return verzending;
}

/**
 * Replays the events of one dossier through `beoordeelGebeurtenis`, each on the state of the events
 * before it, and returns the first that the domain refuses or would have stored differently.
 */
export function herspeelDossier(gebeurtenissen: readonly Gebeurtenis[], sector: string): string | null {
  const beslissers = besluitRollen(leesProtocol(null).stappen.beslissen.documenteert);
  for (let i = 0; i < gebeurtenissen.length; i += 1) {
    const g = gebeurtenissen[i] as Gebeurtenis;
    const toestand = bouwToestand(gebeurtenissen.slice(0, i));
    try {
      const beoordeeld = beoordeelGebeurtenis(
        toestand,
        { type: g.type, gegevens: invoerVan(g) },
        {
          vandaag: datumInNederland(g.opgetredenOp),
          rollen: [g.actor.rol],
          beslissers,
          bewaarjaren: bewaarjarenVoor(sector, null),
        },
      );
      const opgeslagen = JSON.parse(JSON.stringify({ type: g.type, stap: g.stap, gegevens: g.gegevens })) as unknown;
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(beoordeeld)), opgeslagen))
        return `gebeurtenis ${g.volgnummer} (${g.type}) wijkt af van wat het domein opslaat`;
    } catch (fout) {
      return `gebeurtenis ${g.volgnummer} (${g.type}) geweigerd: ${(fout as Error).message}`;
    }
  }
  return null;
}

export interface Steekproef {
  readonly gecontroleerd: number;
  readonly afwijkingen: readonly string[];
}

/** Checks the given dossiers of one organisation: replay through the domain, and derived columns as stored. */
export async function controleerSteekproef(
  db: Database,
  organisatieId: string,
  sector: string,
  dossierIds: readonly string[],
): Promise<Steekproef> {
  const afwijkingen: string[] = [];
  for (const id of dossierIds) {
    const [rij, gebeurtenissen] = await Promise.all([
      vindDossier(db, organisatieId, id),
      laadGebeurtenissen(db, organisatieId, id),
    ]);
    if (!rij) {
      afwijkingen.push(`dossier ${id}: niet gevonden`);
      continue;
    }
    const herspeeld = herspeelDossier(gebeurtenissen, sector);
    if (herspeeld) afwijkingen.push(`dossier ${id}: ${herspeeld}`);
    const verwacht = afgeleideRijen(gebeurtenissen).dossier;
    const opgeslagen = { ...uitKolommen(rij), versie: rij.versie, bijgewerktOp: rij.bijgewerktOp };
    if (!isDeepStrictEqual(verwacht, opgeslagen))
      afwijkingen.push(
        `dossier ${id}: afgeleide kolommen ${JSON.stringify(opgeslagen)} in plaats van ${JSON.stringify(verwacht)}`,
      );
  }
  return { gecontroleerd: dossierIds.length, afwijkingen };
}
