import fc from "fast-check";

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document: values the document calls
 * valid, and values made from them by one or more mutations (a field removed, added, or given a
 * value of another kind, a string made too long or hostile). Only the subset of JSON Schema the
 * document uses: objects, arrays, strings (enum, const, length, format date/uuid, pattern),
 * integers and numbers, booleans, null, anyOf/oneOf, and `{}` for anything.
 */
export type Schema = Readonly<Record<string, unknown>>;

/** Strings that have broken servers: control characters, lone surrogates, markup, prototypes, paths, huge. */
export const VIJANDIGE_TEKSTEN: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud83c",
  "\udc00x",
  "💥".repeat(3),
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "%E0%A4%A",
  "' or 1=1 --",
  "${jndi:ldap://x}",
  "\u202eomgekeerd",
  "x".repeat(10_001),
  "9".repeat(400),
  "2026-02-30",
  "0000-00-00",
  "00000000-0000-0000-0000-000000000000",
];

const tekstZonderRandspatie = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim() || "x");

/** Any JSON value, biased to the hostile strings: for fields given a value of the wrong kind. */
export const eenderWelkeWaarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.constantFrom(...VIJANDIGE_TEKSTEN),
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

function datum(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

function tekst(schema: Schema): fc.Arbitrary<string> {
  if (Array.isArray(schema["enum"])) return fc.constantFrom(...(schema["enum"] as string[]));
  if (typeof schema["const"] === "string") return fc.constant(schema["const"]);
  if (schema["format"] === "date") return datum();
  if (schema["format"] === "uuid") return fc.uuid({ version: 4 });
  if (typeof schema["pattern"] === "string") return fc.stringMatching(new RegExp(schema["pattern"], "u"));
  const min = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const max = Math.min(typeof schema["maxLength"] === "number" ? schema["maxLength"] : 60, 60);
  // Text without spaces at its ends: the server trims, the document cannot say so.
  return min === 0
    ? fc.oneof(
        fc.constant(""),
        tekstZonderRandspatie.map((s) => s.slice(0, max)),
      )
    : tekstZonderRandspatie.map((s) => s.slice(0, max).padEnd(min, "x"));
}

/** A value the schema accepts. */
export function geldig(schema: Schema): fc.Arbitrary<unknown> {
  const keuzes = (schema["oneOf"] ?? schema["anyOf"]) as Schema[] | undefined;
  if (keuzes) return fc.oneof(...keuzes.map(geldig));
  if ("const" in schema && schema["type"] !== "string") return fc.constant(schema["const"]);
  const soort = Array.isArray(schema["type"])
    ? (schema["type"] as string[]).filter((t) => t !== "null")[0]
    : schema["type"];
  if (Array.isArray(schema["enum"]) && soort !== "string") return fc.constantFrom(...(schema["enum"] as unknown[]));
  switch (soort) {
    case "object": {
      const eigenschappen = (schema["properties"] ?? {}) as Record<string, Schema>;
      const verplicht = new Set((schema["required"] ?? []) as string[]);
      const velden = Object.fromEntries(Object.entries(eigenschappen).map(([naam, s]) => [naam, geldig(s)]));
      return fc.record(velden, { requiredKeys: Object.keys(eigenschappen).filter((k) => verplicht.has(k)) });
    }
    case "array": {
      const items = (schema["items"] ?? {}) as Schema;
      const max = Math.min(typeof schema["maxItems"] === "number" ? schema["maxItems"] : 4, 4);
      const min = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
      return fc.array(geldig(items), { minLength: min, maxLength: Math.max(min, max) });
    }
    case "string":
      return tekst(schema);
    case "integer":
      return fc.integer({
        min: typeof schema["minimum"] === "number" ? schema["minimum"] : -5,
        max: typeof schema["maximum"] === "number" ? schema["maximum"] : 500,
      });
    case "number":
      return fc.double({
        min: typeof schema["minimum"] === "number" ? schema["minimum"] : -5,
        max: typeof schema["maximum"] === "number" ? schema["maximum"] : 500,
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every object nested anywhere in the value (the value itself first), to mutate there. */
function objectenIn(waarde: unknown): Record<string, unknown>[] {
  if (waarde === null || typeof waarde !== "object") return [];
  const eigen = Array.isArray(waarde) ? [] : [waarde as Record<string, unknown>];
  return [...eigen, ...Object.values(waarde).flatMap(objectenIn)];
}

function kopie<T>(waarde: T): T {
  return waarde === undefined ? waarde : (JSON.parse(JSON.stringify(waarde)) as T);
}

const VREEMDE_SLEUTELS = [
  "__proto__",
  "constructor",
  "onbekendVeld",
  "genomenDoor",
  "inhoud",
  "hash",
  "id",
  "",
] as const;

interface Stap {
  readonly soort: "weg" | "vervang" | "erbij" | "geheel";
  /** Which object and which key, taken modulo what there is. */
  readonly waar: number;
  readonly welk: number;
  readonly extra: unknown;
}

/** One change that most likely makes a valid value invalid. Mutates `w` in place; returns the result. */
function pasToe(w: unknown, stap: Stap): unknown {
  if (stap.soort === "geheel") return stap.extra;
  const doelen = objectenIn(w);
  const doel = doelen[stap.waar % Math.max(1, doelen.length)];
  if (!doel) return w;
  const sleutels = Object.keys(doel);
  const sleutel = sleutels[stap.welk % Math.max(1, sleutels.length)];
  if (stap.soort === "weg" && sleutel !== undefined) delete doel[sleutel];
  if (stap.soort === "vervang" && sleutel !== undefined) doel[sleutel] = stap.extra;
  if (stap.soort === "erbij") {
    const naam = VREEMDE_SLEUTELS[stap.welk % VREEMDE_SLEUTELS.length]!;
    Object.defineProperty(doel, naam, { value: stap.extra, enumerable: true, writable: true, configurable: true });
  }
  return w;
}

const stap: fc.Arbitrary<Stap> = fc.record({
  soort: fc.constantFrom("weg", "vervang", "vervang", "erbij", "geheel"),
  waar: fc.nat(),
  welk: fc.nat(),
  extra: eenderWelkeWaarde,
});

/** A valid value with one to three mutations: mostly invalid, now and then still valid. */
export function gemuteerd(schema: Schema): fc.Arbitrary<unknown> {
  return fc
    .tuple(geldig(schema), fc.array(stap, { minLength: 1, maxLength: 3 }))
    .map(([waarde, stappen]) => stappen.reduce((w, s) => pasToe(w, { ...s, extra: kopie(s.extra) }), kopie(waarde)));
}
