import { maakGebruiker, vindGebruiker } from "../adapters/db/gebruiker.repository.ts";
import { maakOrganisatie, telOrganisaties, zetOrganisatieDocumenten } from "../adapters/db/organisatie.repository.ts";
import { randomUUID } from "node:crypto";
import { hashWachtwoord } from "../adapters/crypto/wachtwoord.ts";
import type { Rol } from "../domain/dossier/keuzes.ts";
import type { AppContext, Ingelogd } from "./context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "./dossier/voeg-gebeurtenis-toe.ts";

/** The demo password, also in the README. Everything in the demo is fictional. */
export const DEMO_WACHTWOORD = "meldwijzer-demo";

const REGENBOOG: readonly { email: string; naam: string; rollen: Rol[] }[] = [
  { email: "medewerker@regenboog.example", naam: "Sanne de Wit", rollen: ["medewerker"] },
  { email: "medewerker2@regenboog.example", naam: "Joris Bakker", rollen: ["medewerker"] },
  { email: "af@regenboog.example", naam: "Fatima El Amrani", rollen: ["aandachtsfunctionaris"] },
  { email: "directie@regenboog.example", naam: "Peter Visser", rollen: ["eindverantwoordelijke"] },
  { email: "beheer@regenboog.example", naam: "Ilse Jansen", rollen: ["beheerder"] },
  { email: "log@regenboog.example", naam: "Ruud Hendriks", rollen: ["logbeheerder"] },
];

/**
 * Seeds the demo organisations on an empty database. Refused in production: demo accounts with a
 * published password must never exist on a live installation.
 */
export async function zaaiDemo(ctx: AppContext, omgeving: string | undefined): Promise<boolean> {
  if (omgeving === "production") throw new Error("De demo-gegevens worden niet geladen als NODE_ENV=production.");
  if ((await telOrganisaties(ctx.db)) > 0) return false;
  const wachtwoordHash = await hashWachtwoord(DEMO_WACHTWOORD);
  // The demo organisations leave two-step sign-in off, so a newcomer can look around with one password.
  const regenboog = await maakOrganisatie(ctx.db, "Basisschool De Regenboog", "onderwijs", []);
  const ids: string[] = [];
  for (const persoon of REGENBOOG)
    ids.push(await maakGebruiker(ctx.db, { ...persoon, organisatieId: regenboog, wachtwoordHash }));
  const anker = await maakOrganisatie(ctx.db, "Kinderopvang Het Anker", "kinderopvang", []);
  await maakGebruiker(ctx.db, {
    organisatieId: anker,
    email: "medewerker@anker.example",
    naam: "Noor Hendriks",
    rollen: ["medewerker"],
    wachtwoordHash,
  });
  // Public pages only; an organisation replaces them with its own protocol and forms.
  await zetOrganisatieDocumenten(ctx.db, regenboog, [
    {
      id: randomUUID(),
      stap: "signalen",
      titel: "Meldcode huiselijk geweld en kindermishandeling (Rijksoverheid)",
      url: "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode",
    },
    { id: randomUUID(), stap: "consultatie", titel: "Veilig Thuis: advies vragen", url: "https://veiligthuis.nl/" },
  ]);
  await zaaiVoorbeeldDossier(ctx, ids[0]);
  return true;
}

/** One worked example, so a newcomer sees a dossier with a timeline; recorded through the real use-cases. */
async function zaaiVoorbeeldDossier(ctx: AppContext, medewerkerId: string | undefined): Promise<void> {
  const gebruiker = medewerkerId ? await vindGebruiker(ctx.db, medewerkerId) : null;
  if (!gebruiker) return;
  const wie: Ingelogd = { gebruiker, adres: null };
  const vandaag = ctx.klok();
  const dagenGeleden = (n: number) => new Date(vandaag.getTime() - n * 86_400_000).toISOString().slice(0, 10);
  const id = await openDossier(ctx, wie, {
    werknaam: "Voorbeeld: L. (groep 5)",
    aanleiding: "zorg_om_kind",
    omschrijving:
      "Voorbeelddossier met verzonnen gegevens. L. komt de laatste weken vaak zonder ontbijt en te laat op school.",
  });
  const signalen = [
    {
      soort: "vroeg_risico",
      waarneming: "Moeder vertelt bij het ophalen dat vader sinds kort werkloos is en dat het thuis onrustig is.",
      datumWaarneming: dagenGeleden(70),
      waargenomenDoor: "Sanne de Wit (leerkracht)",
      bron: "eigen_waarneming",
    },
    {
      soort: "signaal",
      waarneming: "L. komt om 9.20 uur binnen, zonder jas bij 4 graden, en zegt dat er geen ontbijt was.",
      datumWaarneming: dagenGeleden(30),
      plaats: "Klaslokaal groep 5",
      waargenomenDoor: "Sanne de Wit (leerkracht)",
      bron: "eigen_waarneming",
      interpretatie: "Mogelijk is er thuis te weinig toezicht in de ochtend.",
    },
    {
      soort: "signaal",
      waarneming: "De gymdocent zag een blauwe plek van ongeveer 3 cm op de bovenarm van L.; L. zei: 'gestoten'.",
      datumWaarneming: dagenGeleden(12),
      plaats: "Gymzaal",
      waargenomenDoor: "Gymdocent",
      bron: "collega",
    },
    {
      soort: "tegenindicatie",
      waarneming: "L. vertelt enthousiast over een uitje met vader naar de kinderboerderij in het weekend.",
      datumWaarneming: dagenGeleden(9),
      waargenomenDoor: "Sanne de Wit (leerkracht)",
      bron: "kind_zelf",
    },
  ];
  let versie = 1;
  for (const gegevens of signalen) {
    ({ versie } = await voegGebeurtenisToeAanDossier(ctx, wie, id, {
      type: "signaal_vastgelegd",
      verwachteVersie: versie,
      gegevens,
    }));
  }
}
