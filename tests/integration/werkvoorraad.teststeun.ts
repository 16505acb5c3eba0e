import assert from "node:assert/strict";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { leesWerkvoorraad, type WerkvoorraadRij } from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { PAGINA_GROOTTE } from "../../src/domain/lijst/pagina.ts";
import { vertaler } from "../../src/i18n/vertaal.ts";
import { NU } from "../helpers/fabriek.ts";

/** What the werkvoorraad's test files share: the moment they look from, and reading every page. */

export type Invoer = Record<string, string | undefined>;
export const DAG = 24 * 3_600_000;
/** A month after the cases were opened: every step left open since has lain still too long. */
export const LATER = new Date(NU.getTime() + 30 * DAG);
export const t = vertaler("nl");

export function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

/** Every row of the werkvoorraad, following `volgende`; no page over-full, only the last short. */
export async function alles(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Invoer = {},
): Promise<{ rijen: WerkvoorraadRij[]; paginas: number[] }> {
  const gezien: WerkvoorraadRij[] = [];
  const paginas: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const pagina = await leesWerkvoorraad(ctx, wie, { ...invoer, cursor });
    gezien.push(...pagina.items);
    paginas.push(pagina.items.length);
    if (pagina.volgende === null) break;
    assert.equal(pagina.items.length, PAGINA_GROOTTE);
    cursor = pagina.volgende;
    assert.ok(paginas.length < 20, "paging ends");
  }
  return { rijen: gezien, paginas };
}
