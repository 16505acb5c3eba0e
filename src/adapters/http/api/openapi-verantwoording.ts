import { FIGUREN } from "../../../domain/cijfers/cijfers.ts";
import { LOG_ACTIES, LOG_UITKOMSTEN } from "../../../app/toegang/logboek.ts";
import { GRONDSLAGEN } from "../../../domain/toegang/beleid.ts";
import { CURSOR_PARAMETER, foutAntwoorden, json, PAGINA_CURSORS } from "./openapi-gedeeld.ts";

/*
 * The paths where the organisation accounts for its work, in the OpenAPI document: the reflection figures
 * and the access log.
 */

/** `/api/cijfers`: the reflection figures over a period (decision 0047). */
export const CIJFERS = {
  get: {
    summary: "Reflectiecijfers: wat de organisatie van haar eigen meldcodepraktijk kan leren, over een periode",
    description:
      'Voor de aandachtsfunctionaris, de eindverantwoordelijke en de beheerder (besluit 0047); andere rollen krijgen 403. Elk cijfer gaat over de dossiers die in de periode zijn geopend, met wat daarin tot vandaag is vastgelegd. Zonder `van` en `tot` het lopende schooljaar (1 augustus t/m 31 juli). Geen cijfer mag een kind herkenbaar maken: een aantal van 1 tot en met 4 wordt nooit gegeven (`{"waarde": null, "onder": 5}`). In een verdeling (`soort: verdeling`, de rijen tellen op tot `totaal`) wordt zo nodig nog een aantal verborgen (`{"waarde": null, "onderdrukt": "aanvullend"}`: 0 of minstens 5), zodat een verborgen aantal niet is terug te rekenen; lukt dat niet, dan vervalt de hele verdeling (`"onderdrukt": "figuur"`). Een mediaan over minder dan 5 dossiers is `null`. Het ophalen wordt gelogd als inzage in geaggregeerde gegevens, met de periode en zonder dossier.',
    parameters: [
      {
        name: "van",
        in: "query",
        required: false,
        description: "Eerste dag (Nederlandse datum), samen met `tot`.",
        schema: { type: "string", format: "date" },
      },
      {
        name: "tot",
        in: "query",
        required: false,
        description: "Laatste dag (tot en met), samen met `van`; de periode is hoogstens twee jaar.",
        schema: { type: "string", format: "date" },
      },
    ],
    responses: {
      "200": {
        description: "De cijfers van de periode.",
        content: json({
          type: "object",
          required: ["periode", "geopend", "figuren", "medianen"],
          additionalProperties: false,
          properties: {
            periode: {
              type: "object",
              required: ["van", "tot"],
              additionalProperties: false,
              properties: { van: { type: "string", format: "date" }, tot: { type: "string", format: "date" } },
            },
            geopend: { $ref: "#/components/schemas/Aantal" },
            figuren: {
              type: "array",
              items: {
                type: "object",
                required: ["id", "soort", "totaal", "rijen"],
                additionalProperties: false,
                properties: {
                  id: { type: "string", enum: [...FIGUREN] },
                  soort: {
                    type: "string",
                    enum: ["verdeling", "telling"],
                    description:
                      "`verdeling`: elk dossier staat in precies één rij; `telling`: een dossier kan in meer rijen staan, of in geen.",
                  },
                  totaal: { oneOf: [{ $ref: "#/components/schemas/Aantal" }, { type: "null" }] },
                  rijen: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["categorie", "aantal"],
                      additionalProperties: false,
                      properties: {
                        categorie: {
                          type: "string",
                          description: "Een maand (JJJJ-MM) bij `geopend`, anders een vaste code.",
                        },
                        aantal: { $ref: "#/components/schemas/Aantal" },
                      },
                    },
                  },
                },
              },
            },
            medianen: {
              type: "array",
              items: {
                type: "object",
                required: ["id", "eenheid", "aantal", "waarde"],
                additionalProperties: false,
                properties: {
                  id: { type: "string", enum: ["signaal_tot_besluit", "vt_antwoordtijd"] },
                  eenheid: { type: "string", enum: ["kalenderdagen", "werkdagen"] },
                  aantal: { $ref: "#/components/schemas/Aantal" },
                  waarde: { type: ["number", "null"], description: "Null bij minder dan 5 dossiers." },
                },
              },
            },
          },
        }),
      },
      ...foutAntwoorden(400, 401, 403, 503),
    },
  },
} as const;

/** `/api/auditlog`: the access log of the organisation. */
export const AUDITLOG = {
  get: {
    summary: "Het toegangslog van de organisatie (alleen logbeheerder)",
    description:
      "Nieuwste regels eerst (of met `volgorde=oudste` de oudste eerst, besluit 0083), hoogstens 50 per pagina (besluit 0033); volgende en vorige pagina met de cursor uit `volgende` of `vorige`, met dezelfde `volgorde`. Zoeken op werknaam kan hier niet: de logbeheerder ziet wie wat deed, niet waar een dossier over gaat; zij vindt een dossier op kenmerk of id. Het raadplegen wordt zelf ook gelogd.",
    parameters: [
      {
        name: "dossier",
        in: "query",
        required: false,
        description: "Het id van een dossier, of het kenmerk: de eerste 8 tekens.",
        schema: {
          type: "string",
          pattern: "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$",
        },
      },
      { name: "gebruiker", in: "query", required: false, schema: { type: "string", format: "uuid" } },
      { name: "actie", in: "query", required: false, schema: { type: "string", enum: [...LOG_ACTIES] } },
      { name: "uitkomst", in: "query", required: false, schema: { type: "string", enum: [...LOG_UITKOMSTEN] } },
      CURSOR_PARAMETER,
      {
        name: "van",
        in: "query",
        required: false,
        description: "Vanaf deze datum (UTC).",
        schema: { type: "string", format: "date" },
      },
      {
        name: "tot",
        in: "query",
        required: false,
        description: "Tot en met deze datum (UTC).",
        schema: { type: "string", format: "date" },
      },
      {
        name: "volgorde",
        in: "query",
        required: false,
        description: "`nieuwste` (standaard) of `oudste` eerst.",
        schema: { type: "string", enum: ["nieuwste", "oudste"] },
      },
    ],
    responses: {
      "200": {
        description: "Regels van het toegangslog.",
        content: json({
          type: "object",
          required: ["regels", "afgekapt", "volgende", "vorige"],
          additionalProperties: false,
          properties: {
            afgekapt: {
              type: "boolean",
              description: "Er zijn oudere regels dan deze pagina (gelijk aan `volgende` niet null).",
            },
            ...PAGINA_CURSORS,
            regels: {
              type: "array",
              items: {
                type: "object",
                required: [
                  "keten",
                  "volgnummer",
                  "tijdstip",
                  "gebruikerId",
                  "gebruikerNaam",
                  "rol",
                  "namens",
                  "actie",
                  "dossierId",
                  "uitkomst",
                  "grondslag",
                  "adres",
                  "hash",
                ],
                additionalProperties: false,
                properties: {
                  keten: {
                    type: "string",
                    description:
                      "De hashketen van de regel: het id van de organisatie, of 'installatie' voor regels van vóór de ketens per organisatie (besluit 0028).",
                  },
                  volgnummer: {
                    type: ["integer", "null"],
                    description:
                      "Plaats in de keten: 1, 2, 3 … per keten. Null zolang de regel nog niet is verzegeld: een regel wordt direct bij de handeling vastgelegd en kort daarna, in een reeks met andere, genummerd en aan de keten gekoppeld (besluit 0057).",
                  },
                  tijdstip: { type: "string", format: "date-time" },
                  gebruikerId: { type: ["string", "null"], format: "uuid" },
                  gebruikerNaam: { type: ["string", "null"] },
                  rol: { type: ["string", "null"] },
                  namens: { type: ["string", "null"], format: "uuid" },
                  actie: { type: "string" },
                  dossierId: { type: ["string", "null"], format: "uuid" },
                  uitkomst: { type: "string", enum: [...LOG_UITKOMSTEN] },
                  grondslag: {
                    type: ["string", "null"],
                    enum: [...GRONDSLAGEN, null],
                  },
                  adres: { type: ["string", "null"] },
                  hash: {
                    type: ["string", "null"],
                    pattern: "^[0-9a-f]{64}$",
                    description: "Null zolang de regel nog niet is verzegeld (besluit 0057).",
                  },
                },
              },
            },
          },
        }),
      },
      ...foutAntwoorden(400, 401, 403, 503),
    },
  },
} as const;
