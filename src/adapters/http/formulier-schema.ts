import { z } from "zod";
import { INVOER_SCHEMAS } from "../../domain/dossier/gebeurtenis.ts";
import type { GebeurtenisType } from "../../domain/dossier/keuzes.ts";
import { controleer, type Controle } from "../../domain/validatie.ts";

/**
 * Forms from the schema (decision 0060): a form body becomes an event's data by walking the event's
 * zod schema, so the fields of a form are named once, in `INVOER_SCHEMAS`. In the spirit of conform's
 * `parseWithZod` (Epic Stack), without its client half: our forms work without script.
 *
 * How a form carries each kind of value:
 * - an object's fields are named by their key, a nested object's by a dotted name (`inhoud.feiten`);
 * - an array by its name repeated (checkboxes), or `naam[0]`, `naam[1]`; an array of objects as
 *   `naam[0].veld`. Empty entries are dropped (an unchecked box sends nothing, an empty row is no row);
 * - a boolean by a checkbox with the value `ja` (also `on` and `true`); absent is false;
 * - a number as its digits, unless the schema coerces itself (`z.coerce.number`): then as typed;
 * - everything else (text, choices, dates as `YYYY-MM-DD`) as typed.
 * An optional field that is empty or absent (a list: without entries) is left out, so "not filled in" means the same as on the API.
 * A required field that is absent is read as "" (as the hand-written readers did), so its message is
 * the one the person saw before: "verplicht" for text, "ongeldige keuze" for an unchosen radio group.
 */

/** Values the route sets itself, over what the form says: from the URL, a fixed choice, or a field the form shows in another shape. `undefined` removes the field. */
export type VanRoute = Readonly<Record<string, unknown>>;

interface Def {
  readonly type: string;
  readonly [sleutel: string]: unknown;
}
const defVan = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The form's text values by name; files are not event data. */
interface Bron {
  readonly namen: readonly string[];
  alle(naam: string): readonly string[];
}

function bronVan(formulier: FormData): Bron {
  return {
    namen: [...new Set(formulier.keys())],
    alle: (naam) => formulier.getAll(naam).filter((w): w is string => typeof w === "string"),
  };
}

/** One value, read as a field without a name: an element of an array of scalars. */
const eenWaarde = (waarde: string): Bron => ({ namen: [""], alle: (naam) => (naam === "" ? [waarde] : []) });

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema under its wrappers (optional, default, a preprocess step …): what the value is. */
function kernSchema(schema: unknown): unknown {
  let huidig = schema;
  for (;;) {
    const def = defVan(huidig);
    if (WRAPPERS.has(def.type)) huidig = def["innerType"];
    else if (def.type === "pipe") huidig = doelVanPipe(def);
    else if (def.type === "lazy") huidig = (def["getter"] as () => unknown)();
    else return huidig;
  }
}
const kern = (schema: unknown): Def => defVan(kernSchema(schema));

/** A preprocess step (`z.preprocess`) is a pipe from a transform: the form is read as what comes out. */
function doelVanPipe(def: Def): unknown {
  return defVan(def["in"]).type === "transform" ? def["out"] : def["in"];
}

const pad = (naam: string, sleutel: string) => (naam === "" ? sleutel : `${naam}.${sleutel}`);
const eerste = (bron: Bron, naam: string): string | undefined => bron.alle(naam)[0];
/** Not filled in: nothing, empty text, or a list without entries. */
const isLeeg = (w: unknown) => w === undefined || w === null || w === "" || (Array.isArray(w) && w.length === 0);

/** The indexes `i` of the names `naam[i]` (with `rest` after them, "" or "."), in order. */
function indexen(bron: Bron, naam: string, rest: "" | "."): number[] {
  const gevonden = new Set<number>();
  for (const n of bron.namen) {
    if (!n.startsWith(`${naam}[`)) continue;
    const m = /^\[(\d{1,6})\](.*)$/su.exec(n.slice(naam.length));
    if (m && (rest === "" ? m[2] === "" : m[2]!.startsWith("."))) gevonden.add(Number(m[1]));
  }
  return [...gevonden].sort((a, b) => a - b);
}

const heeftVeldenOnder = (bron: Bron, naam: string) =>
  naam === "" || bron.namen.some((n) => n.startsWith(`${naam}.`) || n.startsWith(`${naam}[`));

const WAAR = new Set(["ja", "on", "true"]);
const ONWAAR = new Set(["nee", "false", ""]);

function lees(schema: unknown, bron: Bron, naam: string): unknown {
  const def = defVan(schema);
  switch (def.type) {
    case "optional":
    case "nullable": {
      const binnen = def["innerType"];
      if (kern(binnen).type === "object" && !heeftVeldenOnder(bron, naam))
        return def.type === "nullable" ? null : undefined;
      const w = lees(binnen, bron, naam);
      if (!isLeeg(w)) return w;
      return def.type === "nullable" ? null : undefined;
    }
    case "default":
    case "prefault": {
      // Empty means "not filled in": the schema's default applies.
      const w = lees(def["innerType"], bron, naam);
      return w === "" ? undefined : w;
    }
    case "catch":
    case "readonly":
    case "nonoptional":
      return lees(def["innerType"], bron, naam);
    case "lazy":
      return lees((def["getter"] as () => unknown)(), bron, naam);
    case "pipe":
      return lees(doelVanPipe(def), bron, naam);
    case "object": {
      const vorm = def["shape"] as Record<string, unknown>;
      const uit: Record<string, unknown> = {};
      for (const [sleutel, veld] of Object.entries(vorm)) {
        const w = lees(veld, bron, pad(naam, sleutel));
        if (w !== undefined) uit[sleutel] = w;
      }
      return uit;
    }
    case "array":
      return leesLijst(def["element"], bron, naam);
    case "boolean": {
      const w = eerste(bron, naam);
      if (w === undefined) return false;
      if (WAAR.has(w)) return true;
      if (ONWAAR.has(w)) return false;
      return w;
    }
    case "number":
    case "bigint": {
      const w = eerste(bron, naam);
      if (def["coerce"] === true) return w ?? "";
      if (w === undefined || w.trim() === "") return undefined;
      const getal = Number(w);
      return Number.isFinite(getal) ? (def.type === "bigint" ? BigInt(w.trim()) : getal) : w;
    }
    case "date": {
      const w = eerste(bron, naam);
      if (def["coerce"] === true) return w ?? "";
      return w === undefined || w === "" ? undefined : new Date(w);
    }
    case "literal": {
      const w = eerste(bron, naam) ?? "";
      return (def["values"] as readonly unknown[]).find((v) => String(v) === w) ?? w;
    }
    case "union": {
      // The first reading one of the options accepts (1 as a number for `vraag`); else as typed.
      const opties = def["options"] as readonly z.ZodType[];
      for (const optie of opties) {
        const w = lees(optie, bron, naam);
        if (optie.safeParse(w).success) return w;
      }
      return eerste(bron, naam) ?? "";
    }
    case "record":
    case "map":
    case "unknown":
    case "any":
      // No form shape: a route that takes such a field sets it itself (`VanRoute`).
      return eerste(bron, naam);
    default:
      return eerste(bron, naam) ?? "";
  }
}

function leesLijst(element: unknown, bron: Bron, naam: string): unknown[] {
  const soort = kern(element).type;
  if (soort === "object" || soort === "array") {
    const rijen = indexen(bron, naam, soort === "object" ? "." : "");
    return rijen.map((i) => lees(element, bron, `${naam}[${i}]`));
  }
  const waarden = [...bron.alle(naam), ...indexen(bron, naam, "").flatMap((i) => bron.alle(`${naam}[${i}]`))];
  return waarden.filter((w) => w !== "").map((w) => lees(element, eenWaarde(w), ""));
}

/**
 * The form as the schema's input, before any check: what the API would be sent for the same
 * answers. Only the schema's fields are read, so `intent`, `versie` and the like never get in.
 */
export function invoerVolgensSchema(
  schema: z.ZodType,
  formulier: FormData,
  vanRoute: VanRoute = {},
): Record<string, unknown> {
  const gelezen = lees(schema, bronVan(formulier), "");
  const invoer: Record<string, unknown> =
    gelezen !== null && typeof gelezen === "object" && !Array.isArray(gelezen) ? { ...gelezen } : {};
  for (const [sleutel, waarde] of Object.entries(vanRoute)) {
    if (waarde === undefined) delete invoer[sleutel];
    else invoer[sleutel] = waarde;
  }
  return invoer;
}

/** The form read and checked: the data, or every field's problem with the same translation keys as the API (`controleer`). */
export function parseerVolgensSchema<S extends z.ZodType>(
  schema: S,
  formulier: FormData,
  vanRoute: VanRoute = {},
): Controle<z.output<S>> {
  return controleer(schema, invoerVolgensSchema(schema, formulier, vanRoute));
}

/**
 * An event of a step form: its type and its data read from the form by the type's input schema.
 * The data is not checked here but by the domain, inside the dossier's gate: a refusal is logged and
 * a person without access gets the 404, as before.
 */
export function stapInvoer<T extends GebeurtenisType>(
  type: T,
  formulier: FormData,
  vanRoute: VanRoute = {},
): { type: T; gegevens: Record<string, unknown> } {
  return { type, gegevens: invoerVolgensSchema(INVOER_SCHEMAS[type], formulier, vanRoute) };
}

/** What a form field looks like, as far as the schema says: for forms built from the schema (the correction form). */
export interface VeldBeschrijving {
  readonly naam: string;
  readonly soort: "tekst" | "datum" | "vinkje" | "keuze" | "meerkeuze" | "anders";
  /** The choices of a `keuze` or `meerkeuze`, in the schema's order. */
  readonly opties?: readonly string[];
  /** The longest text the schema takes. */
  readonly maxLengte?: number;
}

/** The fields of an object schema, in the schema's order, each with its kind. */
export function beschrijfVelden(schema: z.ZodType): VeldBeschrijving[] {
  const def = kern(schema);
  if (def.type !== "object") return [];
  return Object.entries(def["shape"] as Record<string, z.ZodType>).map(([naam, veld]) => {
    const json = z.toJSONSchema(kernSchema(veld) as z.ZodType, { io: "input", unrepresentable: "any" }) as {
      type?: string;
      format?: string;
      enum?: string[];
      maxLength?: number;
      items?: { type?: string; enum?: string[] };
    };
    if (json.type === "boolean") return { naam, soort: "vinkje" };
    if (json.type === "string" && json.enum) return { naam, soort: "keuze", opties: json.enum };
    if (json.type === "array" && json.items?.enum) return { naam, soort: "meerkeuze", opties: json.items.enum };
    if (json.type === "string" && json.format === "date") return { naam, soort: "datum" };
    if (json.type === "string" && json.format === undefined)
      return json.maxLength === undefined
        ? { naam, soort: "tekst" }
        : { naam, soort: "tekst", maxLengte: json.maxLength };
    return { naam, soort: "anders" };
  });
}
