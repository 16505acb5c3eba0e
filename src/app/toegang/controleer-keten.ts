import { sql } from "drizzle-orm";
import type { Database } from "../../adapters/db/database.ts";
import { leesKeten } from "../../adapters/db/toegangslog.repository.ts";
import { controleerKeten, BEGIN_HASH, type KetenBreuk } from "../../domain/toegang/logketen.ts";

export interface KetenRapport {
  readonly gecontroleerd: number;
  readonly eersteBreuk: KetenBreuk | null;
  readonly laatsteVolgnummer: number;
}

/** Walks the whole access-log chain in pages and names the first broken entry, if any. */
export async function controleerToegangslog(db: Database, paginagrootte = 2000): Promise<KetenRapport> {
  let vanaf = { volgnummer: 0, hash: BEGIN_HASH };
  let gecontroleerd = 0;
  for (;;) {
    const pagina = await leesKeten(db, vanaf.volgnummer, paginagrootte);
    if (pagina.length === 0) break;
    const uitkomst = controleerKeten(pagina, vanaf);
    gecontroleerd += uitkomst.gecontroleerd;
    if (uitkomst.eersteBreuk) return { gecontroleerd, eersteBreuk: uitkomst.eersteBreuk, laatsteVolgnummer: vanaf.volgnummer + uitkomst.gecontroleerd };
    const laatste = pagina.at(-1);
    if (!laatste) break;
    vanaf = { volgnummer: laatste.volgnummer, hash: laatste.hash };
  }
  // Rows the ordered walk cannot reach (a volgnummer at or below zero, inserted behind our back).
  const resultaat = await db.execute(sql`select count(*)::int as n, min(volgnummer)::int as laagste from toegangslog where volgnummer <= 0`);
  const [buiten] = (resultaat as { rows: { n: number; laagste: number | null }[] }).rows;
  if (buiten && buiten.n > 0) return { gecontroleerd, eersteBreuk: { soort: "volgnummer", volgnummer: buiten.laagste ?? 0, verwacht: 1 }, laatsteVolgnummer: vanaf.volgnummer };
  return { gecontroleerd, eersteBreuk: null, laatsteVolgnummer: vanaf.volgnummer };
}
