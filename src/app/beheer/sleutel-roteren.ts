import { alleTotpGeheimen, vervangTotpGeheim } from "../../adapters/db/gebruiker.repository.ts";
import { alleClientGeheimen, vervangClientGeheim } from "../../adapters/db/sso.repository.ts";
import { GeheimOnleesbaarFout, moetOpnieuw, ontsleutel, versleutel } from "../../adapters/crypto/geheimen.ts";
import { sleutelsVan, type AppContext } from "../context.ts";
import { clientGeheimDoel } from "../sessie/sso.ts";
import { openTotpGeheim } from "../sessie/totp-geheim.ts";

export interface RotatieVerslag {
  /** Re-encrypted under the current key (from the old key, or from clear text). */
  readonly opnieuw: number;
  /** Already under the current key. */
  readonly alGoed: number;
  /** Could not be opened with the current or old key: named, left as they are. */
  readonly onleesbaar: readonly string[];
}

/**
 * `npm run sleutel:roteer` (decision 0039): every stored secret (TOTP secrets, OIDC client secrets) that is
 * in clear or under the old key is re-encrypted under MELDWIJZER_GEHEIM_SLEUTEL. Each row is replaced only
 * if it still holds the value that was read, so a running app can keep working meanwhile.
 */
export async function roteerGeheimen(ctx: AppContext): Promise<RotatieVerslag> {
  const bos = sleutelsVan(ctx);
  let opnieuw = 0;
  let alGoed = 0;
  const onleesbaar: string[] = [];
  for (const { id, totpGeheim } of await alleTotpGeheimen(ctx.db)) {
    if (!moetOpnieuw(bos, totpGeheim)) {
      alGoed++;
      continue;
    }
    try {
      const { vervanging } = openTotpGeheim(bos, id, totpGeheim);
      if (vervanging) await vervangTotpGeheim(ctx.db, id, totpGeheim, vervanging);
      opnieuw++;
    } catch (fout) {
      if (!(fout instanceof GeheimOnleesbaarFout) && !(fout instanceof Error)) throw fout;
      onleesbaar.push(`tweestapsgeheim van gebruiker ${id}`);
    }
  }
  for (const { organisatieId, clientGeheim } of await alleClientGeheimen(ctx.db)) {
    if (!moetOpnieuw(bos, clientGeheim)) {
      alGoed++;
      continue;
    }
    try {
      const doel = clientGeheimDoel(organisatieId);
      await vervangClientGeheim(
        ctx.db,
        organisatieId,
        clientGeheim,
        versleutel(bos, ontsleutel(bos, clientGeheim, doel), doel),
      );
      opnieuw++;
    } catch (fout) {
      if (!(fout instanceof GeheimOnleesbaarFout)) throw fout;
      onleesbaar.push(`OIDC-clientgeheim van organisatie ${organisatieId}`);
    }
  }
  return { opnieuw, alGoed, onleesbaar };
}
