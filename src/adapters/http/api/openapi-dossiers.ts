import { GEBEURTENIS_TYPES } from "../../../domain/dossier/keuzes.ts";
import { LIJST_FASEN } from "../../../domain/dossier/takenlijst.ts";
import { gebeurtenisComponent, gegevensSchema, TOE_TE_VOEGEN } from "./openapi-gebeurtenissen.ts";
import {
  CURSOR_PARAMETER,
  foutAntwoorden,
  json,
  ZOEK_PARAMETERS,
  PAGINA_CURSORS,
  ID_PARAMETER,
} from "./openapi-gedeeld.ts";

/*
 * The dossier paths of the OpenAPI document: the list, one dossier, appending an event, and the report as a PDF.
 */

/** `/api/dossiers`: the paged list, and opening a new dossier. */
export const DOSSIERS = {
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
            ...PAGINA_CURSORS,
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
} as const;

/** `/api/dossiers/{id}`: one dossier with its state and events. */
export const DOSSIER = {
  get: {
    summary: "Eén dossier: afgeleide stand, versie en alle gebeurtenissen",
    parameters: [ID_PARAMETER],
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
} as const;

/** `/api/dossiers/{id}/gebeurtenissen`: appending an event. */
export const GEBEURTENISSEN = {
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
    parameters: [ID_PARAMETER],
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
} as const;

/** `/api/dossiers/{id}/melding.pdf`: the report to Veilig Thuis as a PDF. */
export const MELDING_PDF = {
  get: {
    summary: "De melding aan Veilig Thuis als PDF",
    description:
      "Het nieuwste concept als dat nieuwer is dan de laatst verstuurde melding, anders de verstuurde versie met hash. De export komt in het toegangslog.",
    parameters: [ID_PARAMETER],
    responses: {
      "200": {
        description: "PDF (A4)",
        content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
      },
      ...foutAntwoorden(401, 404),
    },
  },
} as const;
