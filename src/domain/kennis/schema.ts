import { z } from "zod";
import { GRONDEN_GEEN_GESPREK, KINDCHECK_AANLEIDINGEN, STAPPEN } from "../dossier/keuzes.ts";
import {
  BEGRIPPEN,
  BIJZONDERE_ROUTES,
  DILEMMA_IDS,
  GESPREKSKAART_IDS,
  LEEFTIJDSGROEPEN,
  NAZORG_IDS,
  ONDERDELEN,
  PARTICIPATIE_IDS,
  SECTOREN,
  VOORBEREIDING_IDS,
} from "./keuzes.ts";

/**
 * The shape of the knowledge beside the steps: guidance, conversation support, dilemmas, the child's
 * side, definitions with sector examples and the special routes. Every text exists in Dutch and
 * English. The content itself (inhoud.ts) is typed with these types; the schema is checked in the
 * tests, so that the browser bundle needs no zod for it.
 */

export type { Taal } from "./keuzes.ts";

/** Longest single text: guidance stays short enough to read beside a form. */
export const MAX_TEKST = 600;

const zin = z.string().trim().min(1).max(MAX_TEKST);

/** One text in both languages. */
export const tekstSchema = z.strictObject({ nl: zin, en: zin });
export type Tekst = z.output<typeof tekstSchema>;

const lijst = (min: number, max: number) => z.array(tekstSchema).min(min).max(max);

/** A list of items whose ids are exactly `ids`, each once, in any order. */
function precies<T extends z.ZodType<{ id: string }>>(item: T, ids: readonly string[]) {
  return z.array(item).superRefine((items, ctx) => {
    const gevonden = items.map((i) => i.id);
    const dubbel = gevonden.filter((id, i) => gevonden.indexOf(id) !== i);
    const ontbreekt = ids.filter((id) => !gevonden.includes(id));
    if (dubbel.length > 0 || ontbreekt.length > 0 || gevonden.length !== ids.length) {
      ctx.addIssue({
        code: "custom",
        message: `ids moeten precies zijn: ${ids.join(", ")} (dubbel: ${dubbel.join(", ")}; ontbreekt: ${ontbreekt.join(", ")})`,
      });
    }
  });
}

export const stapKennisSchema = z.strictObject({ uitleg: tekstSchema, punten: lijst(3, 6) });

const vraagSchema = <I extends readonly [string, ...string[]]>(ids: I) =>
  z.strictObject({ id: z.enum(ids), vraag: tekstSchema, toelichting: tekstSchema });

const puntSchema = <I extends readonly [string, ...string[]]>(ids: I) =>
  z.strictObject({ id: z.enum(ids), titel: tekstSchema, uitleg: tekstSchema });

export const gesprekVoorbereidingSchema = z.strictObject({
  vragen: precies(vraagSchema(VOORBEREIDING_IDS), VOORBEREIDING_IDS),
  /** Could the talk itself endanger someone or break off needed help? Then: the grounds not to talk. */
  veiligheidscheck: z.strictObject({
    vraag: tekstSchema,
    uitleg: tekstSchema,
    /** What to do when the answer is yes or unsure: no talk (yet), consult, record the ground. */
    gevolg: tekstSchema,
    gronden: precies(puntSchema(GRONDEN_GEEN_GESPREK), GRONDEN_GEEN_GESPREK),
  }),
});

export const gesprekKaartSchema = z.strictObject({
  titel: tekstSchema,
  punten: precies(puntSchema(GESPREKSKAART_IDS), GESPREKSKAART_IDS),
});

export const gesprekNazorgSchema = z.strictObject({
  vragen: precies(vraagSchema(NAZORG_IDS), NAZORG_IDS),
});

export const dilemmaSchema = z.strictObject({
  id: z.enum(DILEMMA_IDS),
  titel: tekstSchema,
  situatie: tekstSchema,
  mogelijkheden: lijst(3, 5),
});
export type Dilemma = z.output<typeof dilemmaSchema>;

export const kindGesprekSchema = z.strictObject({
  /** The attitude and general tips of seed 003, bijlage 2, in the product's words. */
  algemeen: lijst(3, 8),
  leeftijden: precies(
    z.strictObject({ id: z.enum(LEEFTIJDSGROEPEN), titel: tekstSchema, tips: lijst(3, 6) }),
    LEEFTIJDSGROEPEN,
  ),
  vastleggen: z.strictObject({
    /** The child's own view and suggestions, in its own words. */
    eigenWoorden: tekstSchema,
    /** Whether and how the child was told what will happen. */
    geinformeerd: tekstSchema,
  }),
});

export const participatieSchema = precies(puntSchema(PARTICIPATIE_IDS), PARTICIPATIE_IDS);

const voorbeeldenPerSector = z.strictObject(
  Object.fromEntries(SECTOREN.map((s) => [s, lijst(3, 5)])) as Record<
    (typeof SECTOREN)[number],
    ReturnType<typeof lijst>
  >,
);

export const definitieSchema = z.strictObject({ definitie: tekstSchema, voorbeelden: voorbeeldenPerSector });

export const definitiesSchema = z.strictObject(
  Object.fromEntries(BEGRIPPEN.map((b) => [b, definitieSchema])) as Record<
    (typeof BEGRIPPEN)[number],
    typeof definitieSchema
  >,
);

export const kindcheckSchema = z.strictObject({
  uitleg: tekstSchema,
  aanleidingen: precies(puntSchema(KINDCHECK_AANLEIDINGEN), KINDCHECK_AANLEIDINGEN),
  /** What follows when the professional doubts the children's safety. */
  vervolg: tekstSchema,
});

export const bijzondereRoutesSchema = z.strictObject({
  /** The accelerated route that every special route switches to when the threat is acute. */
  versneld: z.strictObject({
    uitleg: tekstSchema,
    /** Why an expert is always consulted, and how to reach one. */
    deskundige: tekstSchema,
    /** The clock on the case: the steps are taken within this many minutes when the threat is acute. */
    termijnMinuten: z.number().int().positive(),
  }),
  routes: precies(
    z.strictObject({
      id: z.enum(BIJZONDERE_ROUTES),
      titel: tekstSchema,
      uitleg: tekstSchema,
      eersteStappen: lijst(3, 6),
    }),
    BIJZONDERE_ROUTES,
  ),
});

export const disclosureGevolgSchema = z.strictObject({ titel: tekstSchema, uitleg: tekstSchema, stappen: lijst(3, 6) });

const telefoon = z.string().regex(/^[0-9][0-9 ]{1,14}$/);

export const acuutGevaarSchema = z.strictObject({
  titel: tekstSchema,
  uitleg: tekstSchema,
  stappen: lijst(3, 6),
  /** The national numbers; the organisation's protocol may name its own Veilig Thuis number. */
  nummers: z.strictObject({ alarm: telefoon, veiligThuis: telefoon }),
});

/** A seed file name as in ../shared/seeds/, such as "003_5796b83618072d2c.txt". */
const seedNaam = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

export const bronSchema = z.strictObject({
  /** The content area. */
  id: z.enum(ONDERDELEN),
  seeds: z.array(seedNaam).min(1),
  /** What the seeds gave, and what came from elsewhere (public afwegingskaders, general practice). */
  toelichting: tekstSchema,
});

export const kennisSchema = z.strictObject({
  /** Date and serial of this content, so a dossier can say which guidance was shown. */
  versie: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/),
  stapKennis: z.strictObject(
    Object.fromEntries(STAPPEN.map((s) => [s, stapKennisSchema])) as Record<
      (typeof STAPPEN)[number],
      typeof stapKennisSchema
    >,
  ),
  gesprekVoorbereiding: gesprekVoorbereidingSchema,
  gesprekKaart: gesprekKaartSchema,
  gesprekNazorg: gesprekNazorgSchema,
  dilemmas: precies(dilemmaSchema, DILEMMA_IDS),
  kindGesprek: kindGesprekSchema,
  participatie: participatieSchema,
  definities: definitiesSchema,
  kindcheck: kindcheckSchema,
  bijzondereRoutes: bijzondereRoutesSchema,
  disclosureGevolg: disclosureGevolgSchema,
  acuutGevaar: acuutGevaarSchema,
  bronnen: precies(bronSchema, ONDERDELEN),
});

export type Kennis = z.output<typeof kennisSchema>;
export type StapKennis = z.output<typeof stapKennisSchema>;
export type Definitie = z.output<typeof definitieSchema>;
