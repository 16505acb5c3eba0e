import type { z } from "zod";
import { DomeinFout, type VeldFout } from "./fouten.ts";
import { controleerInvoer } from "./invoer.ts";

/**
 * Parses input with a zod schema and turns every issue into a VeldFout with a translation key,
 * so the same rules serve the forms (message beside the field) and the JSON API (Dutch message).
 */
export function valideer<S extends z.ZodType>(schema: S, invoer: unknown, prefix = ""): z.output<S> {
  const uitkomst = controleer(schema, invoer, prefix);
  if (uitkomst.geldig) return uitkomst.gegevens;
  throw new DomeinFout("ONGELDIGE_INVOER", uitkomst.fouten);
}

/** What `controleer` finds: the parsed data, or every problem as a VeldFout with its translation key. */
export type Controle<T> =
  { readonly geldig: true; readonly gegevens: T } | { readonly geldig: false; readonly fouten: readonly VeldFout[] };

/**
 * `valideer` without the throw: the same checks and the same translation keys, for a caller that
 * wants the field errors themselves (the form parser, `src/adapters/http/formulier-schema.ts`).
 */
export function controleer<S extends z.ZodType>(schema: S, invoer: unknown, prefix = ""): Controle<z.output<S>> {
  // Before zod: z.record copies keys by assignment, so a "__proto__" key would vanish instead of
  // being refused as unknown. The edge checks this already; here it holds for every caller.
  const verboden = controleerInvoer(invoer, prefix);
  if (verboden.length > 0) return { geldig: false, fouten: verboden };
  // reportInput: a missing field (input undefined) gets "verplicht", a wrong one "ongeldig type".
  const resultaat = schema.safeParse(invoer, { reportInput: true });
  if (resultaat.success) return { geldig: true, gegevens: resultaat.data };
  return { geldig: false, fouten: resultaat.error.issues.flatMap((issue) => naarVeldFouten(issue, prefix)) };
}

type Issue = z.core.$ZodIssue;

function naarVeldFouten(issue: Issue, prefix: string): VeldFout[] {
  const pad = [prefix, ...issue.path.map(String)].filter((deel) => deel !== "").join(".");
  const veld = pad === "" ? "body" : pad;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((sleutel) => ({
        veld: pad === "" ? sleutel : `${pad}.${sleutel}`,
        sleutel: "fout.onbekend_veld",
      }));
    case "invalid_type":
      return [{ veld, sleutel: issue.input === undefined ? "fout.verplicht" : "fout.ongeldig_type" }];
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return [{ veld, sleutel: "fout.verplicht" }];
      return [{ veld, sleutel: "fout.te_klein", waarden: { min: Number(issue.minimum) } }];
    case "too_big":
      return [
        {
          veld,
          sleutel: issue.origin === "string" ? "fout.te_lang" : "fout.te_groot",
          waarden: { max: Number(issue.maximum) },
        },
      ];
    case "invalid_format":
      // A schema may name its own message key for a pattern (a phone number, say).
      if (issue.message.startsWith("fout.")) return [{ veld, sleutel: issue.message }];
      return [{ veld, sleutel: issue.format === "date" ? "fout.ongeldige_datum" : "fout.ongeldig_formaat" }];
    case "invalid_value":
      return [{ veld, sleutel: "fout.ongeldige_keuze" }];
    case "custom":
      if (!issue.message.startsWith("fout.")) return [{ veld, sleutel: "fout.ongeldig" }];
      // A rule may pass the values its message needs ({{max}}) as params.
      return [
        issue.params
          ? { veld, sleutel: issue.message, waarden: issue.params as VeldFout["waarden"] }
          : { veld, sleutel: issue.message },
      ];
    default:
      return [{ veld, sleutel: "fout.ongeldig" }];
  }
}
