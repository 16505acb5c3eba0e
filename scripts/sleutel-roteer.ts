/**
 * `npm run sleutel:roteer`: re-encrypts every stored secret (TOTP secrets, OIDC client secrets) under
 * MELDWIJZER_GEHEIM_SLEUTEL, reading what is still under MELDWIJZER_GEHEIM_SLEUTEL_OUD, and encrypts secrets
 * still stored in clear (from before decision 0039). Runs against DATABASE_URL, or the embedded database
 * in DATA_DIR (stop the app first: PGlite has one user). Exit code 0: everything under the new key; 1: some
 * secrets could not be opened (named); 2: could not run.
 */
import path from "node:path";
import { leesInstellingen, stelSamen } from "../src/adapters/http/samenstelling.ts";
import { roteerGeheimen } from "../src/app/beheer/sleutel-roteren.ts";

try {
  const instellingen = leesInstellingen(process.env);
  const sleutels = instellingen.geheimen;
  if (sleutels.ontwikkel)
    console.log(
      "Let op: MELDWIJZER_GEHEIM_SLEUTEL is niet gezet; er wordt versleuteld met de afgeleide ontwikkelsleutel (alleen voor de demo).",
    );
  // The composition root as the server builds it, from the same settings (without the server's start-up work).
  const samenstelling = await stelSamen(instellingen, {
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
  });
  const db = samenstelling.database;
  try {
    const verslag = await roteerGeheimen(samenstelling);
    console.log(
      `Sleutel ${sleutels.huidig.id}: ${verslag.opnieuw} geheim(en) opnieuw versleuteld, ${verslag.alGoed} stond(en) al onder deze sleutel.`,
    );
    if (verslag.onleesbaar.length) {
      console.error(
        `Niet te openen met de huidige of de oude sleutel (${verslag.onleesbaar.length}):\n- ${verslag.onleesbaar.join("\n- ")}`,
      );
      process.exitCode = 1;
    } else if (sleutels.oud) {
      console.log(`Alles staat onder de nieuwe sleutel. MELDWIJZER_GEHEIM_SLEUTEL_OUD (${sleutels.oud.id}) kan weg.`);
    }
  } finally {
    await db.sluit();
  }
} catch (fout) {
  console.error(`Sleutelrotatie niet uitgevoerd: ${fout instanceof Error ? fout.message : String(fout)}`);
  process.exitCode = 2;
}
