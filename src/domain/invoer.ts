import type { VeldFout } from "./fouten.ts";

/**
 * Keys that are never a field of ours and that JavaScript treats specially: assigning `__proto__`
 * to a plain object changes its prototype instead of adding a field, so a parser that copies keys
 * (zod's `z.record`, a form reader) would silently drop it or worse. They are refused like any
 * unknown field.
 */
export const VERBODEN_SLEUTELS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

// NUL cannot be stored in PostgreSQL text, and a lone UTF-16 surrogate (half of a pair, only
// reachable through a JSON "\ud800" escape) is not a character at all. With the u flag the range
// matches lone surrogates only: a correct pair is one code point.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const ONGELDIG_TEKEN = /[\u0000\uD800-\uDFFF]/u;

export function heeftOngeldigTeken(tekst: string): boolean {
  return ONGELDIG_TEKEN.test(tekst);
}

/**
 * The one check on untrusted input before anything reads it (JSON bodies, form bodies, query
 * values): every string and every key is free of NUL and lone surrogates, and no object has a
 * key from VERBODEN_SLEUTELS. Returns one VeldFout per problem, with the field's path
 * ("gegevens.waarneming", "0.naam"), so that the edge answers 400 with a message beside the field.
 * Iterative, so that deeply nested input cannot exhaust the stack.
 */
export function controleerInvoer(invoer: unknown, prefix = ""): VeldFout[] {
  const fouten: VeldFout[] = [];
  const stapel: { waarde: unknown; pad: string }[] = [{ waarde: invoer, pad: prefix }];
  for (let item = stapel.pop(); item !== undefined; item = stapel.pop()) {
    const { waarde, pad } = item;
    if (typeof waarde === "string") {
      if (heeftOngeldigTeken(waarde)) fouten.push({ veld: pad || "body", sleutel: "fout.ongeldig_teken" });
    } else if (Array.isArray(waarde)) {
      waarde.forEach((element, i) => stapel.push({ waarde: element, pad: verbind(pad, String(i)) }));
    } else if (typeof waarde === "object" && waarde !== null) {
      for (const sleutel of Object.keys(waarde)) {
        const veld = verbind(pad, leesbaar(sleutel));
        if (VERBODEN_SLEUTELS.has(sleutel)) fouten.push({ veld, sleutel: "fout.onbekend_veld" });
        else if (heeftOngeldigTeken(sleutel)) fouten.push({ veld, sleutel: "fout.ongeldig_teken" });
        else stapel.push({ waarde: (waarde as Record<string, unknown>)[sleutel], pad: veld });
      }
    }
  }
  return fouten;
}

/**
 * controleerInvoer for name/value pairs (a form body, a query string), one VeldFout per field
 * name even when the name repeats. Object.fromEntries keeps "__proto__" an own key, to be refused.
 */
export function controleerVelden(paren: Iterable<readonly [string, string]>): VeldFout[] {
  const fouten = new Map<string, VeldFout>();
  for (const [naam, waarde] of paren) {
    for (const fout of controleerInvoer(Object.fromEntries([[naam, waarde]]))) fouten.set(fout.veld, fout);
  }
  return [...fouten.values()];
}

/** A key as it may be echoed in an error: the characters that are refused become U+FFFD. */
function leesbaar(sleutel: string): string {
  return sleutel.replace(new RegExp(ONGELDIG_TEKEN.source, "gu"), "\uFFFD");
}

function verbind(pad: string, deel: string): string {
  return pad === "" ? deel : `${pad}.${deel}`;
}
