import { LIJST_FASEN } from "../../../domain/dossier/takenlijst.ts";
import { GRONDSLAGEN } from "../../../domain/toegang/beleid.ts";
import { TELFILTERS } from "../../../domain/werkvoorraad/werkvoorraad.ts";
import { TAAK_SOORTEN } from "../../../domain/dossier/vervolg.ts";
import { TAAK_VOLGORDES } from "../../../domain/lijst/taken.ts";
import { CURSOR_PARAMETER, foutAntwoorden, json, PAGINA_CURSORS, ZOEK_PARAMETERS } from "./openapi-gedeeld.ts";

/*
 * The werkvoorraad path of the OpenAPI document (decision 0045).
 */

/** `/api/werkvoorraad`: the paged work list with its filters and counts. */
export const WERKVOORRAAD = {
  get: {
    summary: "De werkvoorraad: elk dossier dat de aanvrager mag zien, met de cijfers die aandacht vragen",
    description:
      "Voor de aandachtsfunctionaris en de eindverantwoordelijke (besluit 0045); andere rollen krijgen 403. Hoogstens 50 dossiers per pagina, met cursors zoals `GET /api/dossiers` (besluit 0033). Een taak is open vanaf de dag dat ze speelt; achterstallig is een open taak waarvan een termijn of geplande datum is verstreken. Het ophalen wordt gelogd met het aantal en de filters, niet met de zoekterm. Aantallen per filter (`tellingen`) krijgt alleen de aandachtsfunctionaris, die elk dossier van de organisatie mag zien; voor ieder ander is `tellingen` null, omdat een telling anders dossiers zou meetellen die de aanvrager niet mag zien.",
    parameters: [
      ...ZOEK_PARAMETERS,
      {
        name: "achterstallig",
        in: "query",
        required: false,
        description: "`ja`: alleen dossiers met een achterstallige taak.",
        schema: { type: "string", enum: ["ja"] },
      },
      {
        name: "besluit_gevraagd",
        in: "query",
        required: false,
        description: "`ja`: alleen dossiers waarin om een besluit wordt gevraagd.",
        schema: { type: "string", enum: ["ja"] },
      },
      {
        name: "wacht_op_vt",
        in: "query",
        required: false,
        description: "`ja`: alleen dossiers waarvan de laatste melding nog geen antwoord van Veilig Thuis heeft.",
        schema: { type: "string", enum: ["ja"] },
      },
      {
        name: "vt_meer_dan",
        in: "query",
        required: false,
        description:
          "Alleen dossiers die langer dan dit aantal werkdagen (weekenden en feestdagen tellen niet) op Veilig Thuis wachten, gerekend vanaf de datum van de melding.",
        schema: { type: "string", pattern: "^\\d{1,3}$" },
      },
      {
        name: "versneld",
        in: "query",
        required: false,
        description:
          "`ja`: alleen dossiers op de versnelde route; `klok`: alleen die waarvan de uurklok loopt of verstreken is zonder actie.",
        schema: { type: "string", enum: ["ja", "klok"] },
      },
      {
        name: "in_monitoring",
        in: "query",
        required: false,
        description: "`ja`: alleen dossiers in monitoring.",
        schema: { type: "string", enum: ["ja"] },
      },
      {
        name: "volgorde",
        in: "query",
        required: false,
        description:
          "Op laatste activiteit, nieuwste eerst (standaard); op datum geopend, nieuwste eerst; of `stil`: het langst stilliggende dossier eerst.",
        schema: { type: "string", enum: ["activiteit", "geopend", "stil"] },
      },
      CURSOR_PARAMETER,
    ],
    responses: {
      "200": {
        description: "Eén pagina van de werkvoorraad.",
        content: json({
          type: "object",
          required: ["dossiers", "volgende", "vorige", "tellingen"],
          additionalProperties: false,
          properties: {
            tellingen: {
              type: ["object", "null"],
              description:
                "Per filter het aantal dossiers van de organisatie, elk filter los; null voor wie niet elk dossier mag zien. `wacht_op_vt_lang` telt met `vt_meer_dan`, of anders 5 werkdagen.",
              required: [...TELFILTERS],
              additionalProperties: false,
              properties: Object.fromEntries(TELFILTERS.map((k) => [k, { type: "integer", minimum: 0 }])),
            },
            ...PAGINA_CURSORS,
            dossiers: {
              type: "array",
              items: {
                type: "object",
                required: [
                  "id",
                  "werknaam",
                  "fase",
                  "grondslag",
                  "bijgewerktOp",
                  "dagenStil",
                  "openTaken",
                  "achterstalligeTaken",
                  "besluitGevraagd",
                  "gesloten",
                  "bewaarTot",
                  "wachtOpVtSinds",
                  "wachtOpVtWerkdagen",
                  "versneldSinds",
                  "versneldeKlok",
                  "inMonitoring",
                ],
                additionalProperties: false,
                properties: {
                  id: { type: "string", format: "uuid" },
                  werknaam: { type: "string" },
                  fase: { type: "string", enum: [...LIJST_FASEN] },
                  grondslag: {
                    type: "string",
                    enum: [...GRONDSLAGEN],
                    description: "Waarom de aanvrager dit dossier mag zien.",
                  },
                  bijgewerktOp: { type: "string", format: "date-time", description: "De laatste vastlegging." },
                  dagenStil: {
                    type: "integer",
                    minimum: 0,
                    description: "Kalenderdagen (Nederlandse tijd) sinds de laatste vastlegging.",
                  },
                  openTaken: { type: "integer", minimum: 0 },
                  achterstalligeTaken: { type: "integer", minimum: 0 },
                  besluitGevraagd: { type: "boolean" },
                  gesloten: { type: "boolean" },
                  bewaarTot: {
                    type: ["string", "null"],
                    format: "date",
                    description: "Bewaartermijn van een gesloten dossier, als de afsluiting die vastlegde.",
                  },
                  wachtOpVtSinds: {
                    type: ["string", "null"],
                    format: "date",
                    description:
                      "Datum van de melding waarop Veilig Thuis nog niet heeft geantwoord; null als er niet gewacht wordt.",
                  },
                  wachtOpVtWerkdagen: {
                    type: ["integer", "null"],
                    minimum: 0,
                    description: "Werkdagen sinds die melding.",
                  },
                  versneldSinds: {
                    type: ["string", "null"],
                    format: "date-time",
                    description: "Sinds wanneer de versnelde route loopt.",
                  },
                  versneldeKlok: {
                    type: ["object", "null"],
                    description: "De uurklok bij acute dreiging op de versnelde route.",
                    required: ["status", "deadline", "minuten"],
                    additionalProperties: false,
                    properties: {
                      status: { type: "string", enum: ["lopend", "verstreken", "gehaald", "te_laat"] },
                      deadline: { type: "string", format: "date-time" },
                      minuten: {
                        type: "integer",
                        minimum: 0,
                        description: "Minuten over (lopend) of voorbij (verstreken); 0 zodra er gehandeld is.",
                      },
                    },
                  },
                  inMonitoring: { type: "boolean" },
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

/** `/api/taken`: Mijn taken, paged, searched and filtered (decision 0083). */
export const TAKEN = {
  get: {
    summary: "Mijn taken: wat er vandaag speelt in de dossiers van de aanvrager",
    description:
      "Dezelfde taken als de pagina Mijn taken, voor elke ingelogde gebruiker: alleen de eigen taken, in de eigen organisatie (besluit 0083). Taken van dossiers die de aanvrager heeft geopend of die aan haar zijn toegewezen, en de besluiten die van haar worden gevraagd. Hoogstens 50 per pagina; de volgende pagina met `vanaf` uit `volgende`, de vorige met `vanaf` uit `vorige`. Het ophalen wordt gelogd met het aantal en de filters, niet met de zoekterm. Onjuiste parameters geven 400 en er wordt niets gelezen.",
    parameters: [
      {
        name: "zoek",
        in: "query",
        required: false,
        description:
          "Deel van de werknaam van het dossier (hoofdletters tellen niet; bij één of twee tekens het begin van de werknaam, besluit 0072), of het kenmerk: de eerste 8 tekens van het id.",
        schema: { type: "string", maxLength: 100 },
      },
      {
        name: "fase",
        in: "query",
        required: false,
        description: "Alleen taken van dossiers in deze stap.",
        schema: { type: "string", enum: [...LIJST_FASEN] },
      },
      {
        name: "soort",
        in: "query",
        required: false,
        description: "Alleen taken van deze soort.",
        schema: { type: "string", enum: [...TAAK_SOORTEN] },
      },
      {
        name: "volgorde",
        in: "query",
        required: false,
        description:
          "`urgentie` (standaard): de dringendste soort eerst, daarbinnen de oudste; `wachtend`: de langst wachtende eerst, welke soort ook; `nieuwste`: de nieuwste eerst. Een taak zonder datum (een gesprek om te plannen) telt als de nieuwste.",
        schema: { type: "string", enum: [...TAAK_VOLGORDES] },
      },
      {
        name: "vanaf",
        in: "query",
        required: false,
        description:
          "Uit `volgende` of `vorige` van een eerder antwoord, met dezelfde `volgorde`. Een ongeldige waarde, of een van een andere volgorde, geeft 400.",
        schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
      },
    ],
    responses: {
      "200": {
        description: "Eén pagina van de taken.",
        content: json({
          type: "object",
          required: ["taken", "volgende", "vorige"],
          additionalProperties: false,
          properties: {
            volgende: {
              type: ["string", "null"],
              description: "Waarde voor `vanaf` van de volgende pagina; null op de laatste.",
            },
            vorige: {
              type: ["string", "null"],
              description: "Waarde voor `vanaf` van de vorige pagina; null op de eerste.",
            },
            taken: {
              type: "array",
              items: {
                type: "object",
                required: ["dossierId", "werknaam", "soort", "sinds"],
                additionalProperties: false,
                properties: {
                  dossierId: { type: "string", format: "uuid" },
                  werknaam: { type: "string" },
                  soort: { type: "string", enum: [...TAAK_SOORTEN] },
                  sinds: {
                    type: ["string", "null"],
                    format: "date",
                    description: "De dag waarop de taak ging spelen; null voor een taak zonder datum.",
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
