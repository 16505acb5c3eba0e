import { LIJST_FASEN } from "../../../domain/dossier/takenlijst.ts";

/*
 * The shared part of the OpenAPI document: the component schemas more than one path refers to (the error,
 * the evaluation, a protected count), the error responses, and the query and path parameters of more than
 * one path.
 */

export const fout = {
  type: "object",
  required: ["fout"],
  properties: {
    fout: {
      type: "object",
      required: ["code", "melding", "velden"],
      properties: {
        code: { type: "string" },
        melding: { type: "string", description: "Nederlandse melding voor mensen." },
        correlatie: {
          type: "string",
          description: "Kenmerk van een onverwachte fout (500); staat ook in het serverlog bij de fout.",
        },
        velden: {
          type: "array",
          items: {
            type: "object",
            required: ["veld", "melding"],
            properties: { veld: { type: "string" }, melding: { type: "string" } },
          },
        },
      },
    },
  },
} as const;

export const antwoord = { type: "string", enum: ["ja", "nee", "weet_niet"] } as const;

/** A count of the reflection figures (decision 0047): shown, under 5, or hidden to protect another. */
export const aantal = {
  oneOf: [
    {
      type: "object",
      required: ["waarde"],
      additionalProperties: false,
      properties: { waarde: { type: "integer", minimum: 0, not: { enum: [1, 2, 3, 4] } } },
    },
    {
      type: "object",
      required: ["waarde", "onder"],
      additionalProperties: false,
      properties: { waarde: { type: "null" }, onder: { const: 5 } },
      description: "Een aantal van 1 tot en met 4.",
    },
    {
      type: "object",
      required: ["waarde", "onderdrukt"],
      additionalProperties: false,
      properties: { waarde: { type: "null" }, onderdrukt: { type: "string", enum: ["aanvullend", "figuur"] } },
      description:
        "`aanvullend`: verborgen zodat een ander aantal niet is terug te rekenen (0 of minstens 5); `figuur`: de hele verdeling is niet gegeven.",
    },
  ],
} as const;
const vraagNummer = { type: ["integer", "null"], enum: [1, 2, 3, 4, 5, null] } as const;

export const evaluatieAntwoord = {
  type: "object",
  required: ["melden", "hulp", "afsluiten", "samenMetVeiligThuis", "opnieuwMelden", "volgendeVraag", "meldnorm", "pad"],
  additionalProperties: false,
  properties: {
    melden: { type: "boolean" },
    hulp: { type: "boolean" },
    afsluiten: { type: "boolean" },
    samenMetVeiligThuis: { type: "boolean" },
    opnieuwMelden: { type: "boolean" },
    volgendeVraag: vraagNummer,
    meldnorm: { type: ["integer", "null"], enum: [1, 2, 3, null] },
    pad: {
      type: "array",
      items: {
        type: "object",
        required: ["vraag", "antwoord", "geteldAls", "uitkomst", "meldnorm", "samenMetVeiligThuis"],
        properties: {
          vraag: { oneOf: [{ type: "integer", minimum: 1, maximum: 5 }, { const: "disclosure" }] },
          antwoord: { oneOf: [antwoord, { type: "null" }] },
          geteldAls: { type: ["string", "null"], enum: ["ja", "nee", null] },
          uitkomst: {
            type: "string",
            enum: ["volgende_vraag", "afsluiten", "melden", "hulp", "hulp_met_afspraken", "opnieuw_melden"],
          },
          meldnorm: { type: ["integer", "null"] },
          samenMetVeiligThuis: { type: "boolean" },
        },
      },
    },
  },
} as const;

export const json = (schema: object) => ({ "application/json": { schema } });
export const foutAntwoorden = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      { description: FOUT_OMSCHRIJVING[c] ?? "Fout", content: json({ $ref: "#/components/schemas/Fout" }) },
    ]),
  );
const FOUT_OMSCHRIJVING: Record<number, string> = {
  400: "Ongeldige invoer; `velden` noemt elk onjuist veld.",
  401: "Niet ingelogd.",
  403: "Verzoek van een andere herkomst, of de rol van de aanvrager staat dit niet toe.",
  404: "Dossier bestaat niet, of de aanvrager heeft er geen toegang toe (dat antwoord is hetzelfde).",
  429: "Te veel mislukte pogingen; `Retry-After` zegt hoeveel seconden.",
  503: "Het toegangslog kan niet worden geschreven (LOG_NIET_BESCHIKBAAR) of de database is niet bereikbaar (DATABASE_NIET_BESCHIKBAAR, met Retry-After): niets is bevestigd.",
  409: "Conflict: verouderde versie, of het dossier is gesloten.",
  413: "Verzoek te groot.",
  415: "Geen JSON.",
  422: "Niet toegestaan in de huidige stand van het dossier.",
};

/** The search of the dossier list and of the werkvoorraad (both read it with `zoekSchema`). */
export const ZOEK_PARAMETERS = [
  {
    name: "zoek",
    in: "query",
    required: false,
    description:
      "Deel van de werknaam (hoofdletters tellen niet; bij één of twee tekens het begin van de werknaam, besluit 0072), of het kenmerk: de eerste 8 tekens van het id.",
    schema: { type: "string", maxLength: 100 },
  },
  { name: "fase", in: "query", required: false, schema: { type: "string", enum: [...LIJST_FASEN] } },
  { name: "status", in: "query", required: false, schema: { type: "string", enum: ["open", "gesloten"] } },
] as const;

/** The page cursor of every keyset-paged list (decision 0033). */
export const CURSOR_PARAMETER = {
  name: "cursor",
  in: "query",
  required: false,
  description: "Uit `volgende` of `vorige` van een eerder antwoord. Een ongeldige cursor geeft 400.",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
} as const;

/** The id of a dossier in the path. */
export const ID_PARAMETER = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid" },
} as const;

/** The cursors of the next and previous page in the answer of every keyset-paged list (decision 0033). */
export const PAGINA_CURSORS = {
  volgende: {
    type: ["string", "null"],
    description: "Cursor van de volgende (oudere) pagina; null op de laatste.",
  },
  vorige: {
    type: ["string", "null"],
    description: "Cursor van de vorige (nieuwere) pagina; null op de eerste.",
  },
} as const;
