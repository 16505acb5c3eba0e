import { z } from "zod";
import { BEVINDING_SOORTEN } from "../../../domain/melding/feitelijkheid.ts";
import { GEBEURTENIS_TYPES } from "../../../domain/dossier/keuzes.ts";
import { LIJST_FASEN } from "../../../domain/dossier/takenlijst.ts";
import { GRONDSLAGEN } from "../../../domain/toegang/beleid.ts";
import { FIGUREN } from "../../../domain/cijfers/cijfers.ts";
import { LOG_ACTIES, LOG_UITKOMSTEN } from "../../../app/toegang/logboek.ts";
import { gebeurtenisBodies, gebeurtenisComponent, gegevensSchema, TOE_TE_VOEGEN } from "./openapi-gebeurtenissen.ts";

export { gebeurtenisComponent } from "./openapi-gebeurtenissen.ts";

/**
 * The OpenAPI 3.1 description of the JSON API. Request schemas are generated from the same zod
 * schemas the routes validate with, so the document cannot drift from the checks; a test compares
 * the paths with the route table and validates real responses against the response schemas.
 */
const fout = {
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

const antwoord = { type: "string", enum: ["ja", "nee", "weet_niet"] } as const;

/** A count of the reflection figures (decision 0047): shown, under 5, or hidden to protect another. */
const aantal = {
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

const evaluatieAntwoord = {
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

const json = (schema: object) => ({ "application/json": { schema } });
const foutAntwoorden = (...codes: number[]) =>
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
const ZOEK_PARAMETERS = [
  {
    name: "zoek",
    in: "query",
    required: false,
    description: "Deel van de werknaam (hoofdletters tellen niet), of het kenmerk: de eerste 8 tekens van het id.",
    schema: { type: "string", maxLength: 100 },
  },
  { name: "fase", in: "query", required: false, schema: { type: "string", enum: [...LIJST_FASEN] } },
  { name: "status", in: "query", required: false, schema: { type: "string", enum: ["open", "gesloten"] } },
] as const;

/** The page cursor of every keyset-paged list (decision 0033). */
const CURSOR_PARAMETER = {
  name: "cursor",
  in: "query",
  required: false,
  description: "Uit `volgende` of `vorige` van een eerder antwoord. Een ongeldige cursor geeft 400.",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
} as const;

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Meldwijzer API",
    version: "0.1.0",
    description:
      "JSON-API van Meldwijzer. Inloggen met POST /api/sessie zet dezelfde sessiecookie als de browser. " +
      "Verzoeken die iets wijzigen vanaf een andere herkomst (Origin) worden geweigerd. " +
      "Elk verzoek kan tijdens een databasestoring 503 DATABASE_NIET_BESCHIKBAAR krijgen, met Retry-After in seconden.",
  },
  components: {
    securitySchemes: { sessie: { type: "apiKey", in: "cookie", name: "mw_sessie" } },
    schemas: {
      Fout: fout,
      Evaluatie: evaluatieAntwoord,
      Aantal: aantal,
      ...gebeurtenisBodies,
    },
  },
  security: [{ sessie: [] }],
  paths: {
    "/api/sessie": {
      post: {
        summary: "Inloggen",
        security: [],
        requestBody: {
          required: true,
          content: json(z.toJSONSchema(z.strictObject({ email: z.string(), wachtwoord: z.string() }))),
        },
        responses: {
          "201": {
            description:
              "Wachtwoord juist; de sessiecookie is gezet. Bij `stap` `tweede_stap` of `instellen` is de sessie pas bruikbaar na de tweede stap in de browser.",
            content: json({
              type: "object",
              required: ["gebruiker", "stap"],
              properties: {
                gebruiker: { type: "object", required: ["id", "naam", "rollen", "organisatie"] },
                stap: { type: "string", enum: ["volledig", "tweede_stap", "instellen"] },
              },
            }),
          },
          ...foutAntwoorden(400, 401, 415, 429),
        },
      },
    },
    "/api/dossiers": {
      get: {
        summary: "De dossiers van de aanvrager, per pagina",
        description:
          "Hoogstens 50 dossiers per pagina (besluit 0033). Volgende en vorige pagina: geef de cursor uit `volgende` of `vorige` mee als `cursor`, met dezelfde `volgorde`. Het ophalen wordt gelogd met het aantal en of er gezocht is, niet met de zoekterm.",
        parameters: [
          ...ZOEK_PARAMETERS,
          {
            name: "volgorde",
            in: "query",
            required: false,
            description: "Nieuwste eerst: op laatste activiteit (standaard) of op datum geopend.",
            schema: { type: "string", enum: ["activiteit", "geopend"] },
          },
          CURSOR_PARAMETER,
        ],
        responses: {
          "200": {
            description: "Eén pagina met alleen de velden die een overzicht nodig heeft.",
            content: json({
              type: "object",
              required: ["dossiers", "volgende", "vorige"],
              additionalProperties: false,
              properties: {
                volgende: {
                  type: ["string", "null"],
                  description: "Cursor van de volgende (oudere) pagina; null op de laatste.",
                },
                vorige: {
                  type: ["string", "null"],
                  description: "Cursor van de vorige (nieuwere) pagina; null op de eerste.",
                },
                dossiers: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["id", "werknaam", "fase", "versie", "aangemaaktOp", "bijgewerktOp"],
                    additionalProperties: false,
                    properties: {
                      id: { type: "string", format: "uuid" },
                      werknaam: { type: "string" },
                      fase: { type: "string", enum: [...LIJST_FASEN] },
                      versie: { type: "integer" },
                      aangemaaktOp: { type: "string", format: "date-time" },
                      bijgewerktOp: { type: "string", format: "date-time" },
                    },
                  },
                },
              },
            }),
          },
          ...foutAntwoorden(400, 401, 403, 503),
        },
      },
      post: {
        summary: "Nieuw dossier openen",
        requestBody: {
          required: true,
          content: json({
            type: "object",
            required: ["gegevens"],
            additionalProperties: false,
            properties: {
              gegevens: gegevensSchema("dossier_geopend"),
            },
          }),
        },
        responses: {
          "201": {
            description: "Aangemaakt.",
            content: json({ type: "object", required: ["id"], properties: { id: { type: "string", format: "uuid" } } }),
          },
          ...foutAntwoorden(400, 401, 403, 413, 415),
        },
      },
    },
    "/api/dossiers/{id}": {
      get: {
        summary: "Eén dossier: afgeleide stand, versie en alle gebeurtenissen",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": {
            description: "Het dossier. Het lezen wordt in het toegangslog vastgelegd.",
            content: json({
              type: "object",
              required: ["id", "versie", "toestand", "gebeurtenissen"],
              properties: {
                id: { type: "string", format: "uuid" },
                versie: { type: "integer", minimum: 1 },
                toestand: {
                  type: "object",
                  required: ["status", "afweging", "takenlijst"],
                  description:
                    "Onder meer `besluiten` (wie het besluit nam is de `vastgelegdDoor`; in besluiten van vóór besluit 0020 `gegevens.genomenDoor`), `voorstellen` en `openVoorstel` (het voorstel dat op een besluit wacht, of null).",
                },
                gebeurtenissen: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["id", "volgnummer", "type", "stap", "gegevens", "actor", "opgetredenOp"],
                    properties: {
                      id: { type: "string", format: "uuid" },
                      volgnummer: { type: "integer" },
                      type: { type: "string", enum: GEBEURTENIS_TYPES },
                      stap: { type: "string" },
                      gegevens: { type: "object" },
                      actor: { type: "object", required: ["id", "naam", "rol"] },
                      opgetredenOp: { type: "string", format: "date-time" },
                    },
                  },
                },
              },
            }),
          },
          ...foutAntwoorden(401, 404),
        },
      },
    },
    "/api/dossiers/{id}/gebeurtenissen": {
      post: {
        summary: "Een gebeurtenis aan het dossier toevoegen",
        description: [
          "`verwachteVersie` is de versie die de schrijver het laatst zag; een verouderde versie geeft 409.",
          "",
          "Het besluit (besluit 0020): `besluit_genomen` legt alleen een eindverantwoordelijke vast, of de aandachtsfunctionaris als het protocol van de organisatie die rol bij de stap beslissen noemt, en altijd op eigen naam: wie het vastlegt, nam het besluit. Iemand anders krijgt 403 `GEEN_TOEGANG` en legt `besluit_voorgesteld` vast: een voorstel met dezelfde velden (`besluit`, `toelichting`, `afwijkingMotivering`), dat wacht tot een beslisser het bevestigt of anders besluit. Een nieuwer voorstel vervangt het wachtende. Een beslisser die een voorstel indient, krijgt 400.",
          "",
          "Het afschrift voor ouders of cliënt (inzage, artikel 15 AVG; besluit 0048): `inzageverzoek_ontvangen`, `inzage_voorbereid` en `inzage_verstrekt` legt alleen een aandachtsfunctionaris of eindverantwoordelijke vast (anders 403), ook in een gesloten dossier. `inzage_voorbereid` bevat posities (vermelding, veld, van–tot), nooit de weggelaten tekst; de server controleert ze tegen de vermeldingen en vult `totVolgnummer` zelf in. `inzage_verstrekt` neemt de markeringen over uit de laatst opgeslagen voorbereiding; meegestuurde `weglatingen` of `totVolgnummer` geven 400, net als een vermelding die daarna is vastgelegd.",
          "",
          "De velden van `gegevens` hangen af van `type`: elk type heeft zijn eigen schema (`Gebeurtenis_<type>`), gemaakt uit hetzelfde schema waarmee de server controleert. Een veld dat leeg mag blijven, is optioneel. Voorbeeld `gesprek_voorbereid`, de voorbereiding van een gesprek: `met` (`ouders` of `kind`), `opening` (waarmee het gesprek opent), `feiten` (de feiten die worden genoemd), `veilig` (`ja` of `nee`), bij `nee` ook `waaromNietVeilig` en `inPlaatsDaarvan`, `aanwezigen` en `gespreksleider`.",
          "",
          "`gegevens` van `besluit_genomen`: `besluit`, `toelichting`, `afwijkingMotivering` (verplicht als het besluit afwijkt van het afwegingskader) en `wijzigingReden` (verplicht als het besluit afwijkt van het wachtende voorstel). Welk voorstel het besluit afhandelt (`voorstel`), vult de server in. Het veld `genomenDoor` (namens een ander) bestaat niet meer en geeft 400; het staat alleen nog in besluiten die vóór besluit 0020 zijn opgeslagen.",
          "",
          "`gegevens` van `melding_verstuurd` (besluit 0030): alleen hoe en wanneer de melding ging: `wijze` (`telefoon` of `webformulier`), `datum`, `tijd` (uu:mm), `contactpersoon` bij Veilig Thuis en optioneel `referentie`. De inhoud en de hash vult de server in: het laatst bewaarde concept (`melding_concept_opgeslagen`), bevroren met zijn SHA-256. Wie `inhoud` of `hash` meestuurt, krijgt 400. Zonder bewaard concept, of als dat concept al verstuurd is (ook als het opnieuw is bewaard met dezelfde inhoud), volgt 400 op `type`, met dezelfde melding als op de pagina.",
          "",
          "Rechten van ouders en cliënt (besluit 0049): `correctieverzoek_vastgelegd` (een verzoek om correctie of verwijdering, met de vastleggingen waar het over gaat) en `zienswijze_toegevoegd` (hun eigen kijk, in hun woorden, optioneel bij vastleggingen via `betreft`) mag iedereen vastleggen die het dossier mag aanvullen. Over een verzoek beslist (`correctieverzoek_beslist`) alleen de aandachtsfunctionaris of de eindverantwoordelijke, niet onder noodtoegang; iemand anders die het dossier ziet, krijgt 403 `GEEN_TOEGANG`. Een `correctie` met `verzoek` voert een (deels) toegewezen correctieverzoek uit en moet een vastlegging uit dat verzoek corrigeren. Deze vier mogen ook op een gesloten dossier.",
        ].join("\n"),
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        requestBody: {
          required: true,
          content: json({
            oneOf: TOE_TE_VOEGEN.map((type) => ({ $ref: `#/components/schemas/${gebeurtenisComponent(type)}` })),
            discriminator: {
              propertyName: "type",
              mapping: Object.fromEntries(
                TOE_TE_VOEGEN.map((type) => [type, `#/components/schemas/${gebeurtenisComponent(type)}`]),
              ),
            },
          }),
        },
        responses: {
          "201": {
            description: "Toegevoegd.",
            content: json({
              type: "object",
              required: ["id", "versie"],
              properties: { id: { type: "string", format: "uuid" }, versie: { type: "integer" } },
            }),
          },
          ...foutAntwoorden(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    "/api/sessie/code": {
      post: {
        summary: "Tweede stap van het inloggen",
        description:
          "Na `POST /api/sessie` met `stap` `tweede_stap`: de code uit de authenticator-app of een herstelcode. Vervangt de sessiecookie door een volledige.",
        security: [],
        requestBody: { required: true, content: json(z.toJSONSchema(z.strictObject({ code: z.string() }))) },
        responses: {
          "200": {
            description: "Ingelogd; een nieuwe sessiecookie is gezet.",
            content: json({
              type: "object",
              required: ["stap"],
              additionalProperties: false,
              properties: { stap: { type: "string", enum: ["volledig"] } },
            }),
          },
          ...foutAntwoorden(400, 401, 415, 429),
        },
      },
    },
    "/api/werkvoorraad": {
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
                  required: [
                    "achterstallig",
                    "besluit_gevraagd",
                    "wacht_op_vt",
                    "wacht_op_vt_lang",
                    "versneld",
                    "versneld_klok",
                    "in_monitoring",
                    "gesloten",
                  ],
                  additionalProperties: false,
                  properties: Object.fromEntries(
                    [
                      "achterstallig",
                      "besluit_gevraagd",
                      "wacht_op_vt",
                      "wacht_op_vt_lang",
                      "versneld",
                      "versneld_klok",
                      "in_monitoring",
                      "gesloten",
                    ].map((k) => [k, { type: "integer", minimum: 0 }]),
                  ),
                },
                volgende: {
                  type: ["string", "null"],
                  description: "Cursor van de volgende (oudere) pagina; null op de laatste.",
                },
                vorige: {
                  type: ["string", "null"],
                  description: "Cursor van de vorige (nieuwere) pagina; null op de eerste.",
                },
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
    },
    "/api/cijfers": {
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
    },
    "/api/auditlog": {
      get: {
        summary: "Het toegangslog van de organisatie (alleen logbeheerder)",
        description:
          "Nieuwste regels eerst, hoogstens 50 per pagina (besluit 0033); volgende en vorige pagina met de cursor uit `volgende` of `vorige`. Het raadplegen wordt zelf ook gelogd.",
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
                volgende: {
                  type: ["string", "null"],
                  description: "Cursor van de volgende (oudere) pagina; null op de laatste.",
                },
                vorige: {
                  type: ["string", "null"],
                  description: "Cursor van de vorige (nieuwere) pagina; null op de eerste.",
                },
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
                        enum: [
                          "eigen",
                          "toegewezen",
                          "gedeeld",
                          "aandachtsfunctionaris",
                          "eindverantwoordelijke",
                          "noodtoegang",
                          null,
                        ],
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
    },
    "/api/afwegingskader/evaluatie": {
      post: {
        summary: "Het afwegingskader evalueren",
        description:
          "Zuivere evaluatie; leest geen dossiergegevens. Niet beantwoorde vragen laat u weg. 'weet_niet' telt als 'nee'.",
        security: [],
        requestBody: {
          required: true,
          content: json({
            type: "object",
            required: ["antwoorden", "disclosure"],
            additionalProperties: false,
            properties: {
              antwoorden: {
                type: "object",
                additionalProperties: false,
                properties: { "1": antwoord, "2": antwoord, "3": antwoord, "4": antwoord, "5": antwoord },
              },
              disclosure: { type: "boolean" },
            },
          }),
        },
        responses: {
          "200": {
            description: "De uitkomst met het gevolgde pad.",
            content: json({ $ref: "#/components/schemas/Evaluatie" }),
          },
          ...foutAntwoorden(400, 413, 415),
        },
      },
    },
    "/api/dossiers/{id}/melding.pdf": {
      get: {
        summary: "De melding aan Veilig Thuis als PDF",
        description:
          "Het nieuwste concept als dat nieuwer is dan de laatst verstuurde melding, anders de verstuurde versie met hash. De export komt in het toegangslog.",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": {
            description: "PDF (A4)",
            content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
          },
          ...foutAntwoorden(401, 404),
        },
      },
    },
    "/api/melding/feitelijkheidscheck": {
      post: {
        summary: "Feitelijkheid van een tekst controleren",
        description:
          "Deterministische controle op oordelende of vage woorden, diagnoses zonder wie ze stelde, innerlijke toestanden zonder waaruit ze bleken, eigenschappen zonder anker (wie, wanneer, wat concreet), voorbehouden en speculatie, generalisaties en risicofactoren zonder gevolg. Wat een ander zei (citaat, 'zei dat', 'volgens …') telt niet als oordeel van de schrijver. Offsets zijn tekenposities (UTF-16) in `tekst`; er wordt niets opgeslagen.",
        requestBody: {
          required: true,
          content: json({
            type: "object",
            required: ["tekst"],
            additionalProperties: false,
            properties: { tekst: { type: "string", maxLength: 50000 } },
          }),
        },
        responses: {
          "200": {
            description: "De bevindingen, op volgorde van positie.",
            content: json({
              type: "object",
              required: ["bevindingen"],
              properties: {
                bevindingen: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["begin", "eind", "soort", "uitleg", "suggestie"],
                    properties: {
                      begin: { type: "integer" },
                      eind: { type: "integer" },
                      soort: { type: "string", enum: [...BEVINDING_SOORTEN] },
                      uitleg: { type: "string" },
                      suggestie: { type: "string" },
                    },
                  },
                },
              },
            }),
          },
          ...foutAntwoorden(400, 401, 413, 415),
        },
      },
    },
    "/api/openapi.json": {
      get: {
        summary: "Dit document",
        security: [],
        responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } },
      },
    },
  },
} as const;
