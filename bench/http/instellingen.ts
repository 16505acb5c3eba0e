/** The flags and constants of `npm run bench:http` (bench/http.ts), read once from the command line. */
import path from "node:path";
import { parseArgs } from "node:util";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const { values: vlag } = parseArgs({
  options: {
    dossiers: { type: "string", default: "1000" },
    database: { type: "string", default: "beide" },
    duur: { type: "string", default: "10" },
    verbindingen: { type: "string", default: "50" },
    baseline: { type: "string" },
    alleen: { type: "string" },
    json: { type: "string" },
    profiel: { type: "string" },
    "zonder-bouw": { type: "boolean", default: false },
    processen: { type: "string", default: "1" },
    "pg-socket": { type: "string" },
    "ook-pg-socket": { type: "string" },
    bestaande: { type: "string" },
    latentie: { type: "string" },
  },
});
export const DOSSIERS = Number(vlag.dossiers);
export const DUUR = Number(vlag.duur);
export const VERBINDINGEN = Number(vlag.verbindingen);
/** One organisation up to 1,000 cases (as in issue 9's table); beyond that one per 500 cases, the largest with 5.5% of all. */
export const ORGANISATIES = DOSSIERS <= 1000 ? 1 : Math.round(DOSSIERS / 500);
export const WACHTWOORD = "meldwijzer-demo";
export const SIGNAAL = {
  soort: "signaal",
  waarneming: "Komt zonder jas en zonder ontbijt op school (meting).",
  datumWaarneming: "2026-01-05",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};

export const PROCESSEN = vlag.processen.split(",").map((n) => Number(n.trim()));
if (PROCESSEN.some((n) => !Number.isInteger(n) || n < 1 || n > 64))
  throw new Error("--processen: hele getallen van 1 tot en met 64, gescheiden door komma's");

export interface Kandidaat {
  readonly naam: string;
  readonly root: string;
  /** MELDWIJZER_PROCESSEN for this candidate's app (PostgreSQL only). */
  readonly processen: number;
  /** --ook-pg-socket: this candidate reaches PostgreSQL over its Unix socket in this directory (decision 0074). */
  readonly pgSocket?: string;
}

/**
 * --latentie=1,4: the two lists also measured at these connection counts, where the server is not
 * saturated, so their p50/p95/p99 show what a request costs rather than how long it queued (decision 0072).
 */
export const LATENTIE_VERBINDINGEN = (vlag.latentie ?? "")
  .split(",")
  .filter((n) => n.trim() !== "")
  .map((n) => Number(n.trim()));
if (LATENTIE_VERBINDINGEN.some((n) => !Number.isInteger(n) || n < 1 || n > 1000))
  throw new Error("--latentie: hele getallen van 1 tot en met 1000, gescheiden door komma's");
