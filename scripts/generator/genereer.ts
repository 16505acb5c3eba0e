import { sql } from "drizzle-orm";
import { werkProjectiesBij } from "../../src/app/dossier/projecties.ts";
import { hashWachtwoord } from "../../src/adapters/crypto/wachtwoord.ts";
import type { Database } from "../../src/adapters/db/database.ts";
import { oudeKop } from "../../src/adapters/db/toegangslog.repository.ts";
import { DEMO_WACHTWOORD } from "../../src/app/demo-seed.ts";
import { besluitRollen } from "../../src/domain/dossier/besluit.ts";
import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import type { Rol } from "../../src/domain/dossier/keuzes.ts";
import { bewaarjarenVoor } from "../../src/domain/organisatie/bewaartermijn.ts";
import { leesProtocol } from "../../src/domain/organisatie/protocol.ts";
import { beginVan, ketenHash, ketenVan, type LogInhoud } from "../../src/domain/toegang/logketen.ts";
import { afgeleideRijen } from "./afgeleid.ts";
import { bouwCasus, STADIA, type GeneratorPersoon } from "./casus.ts";
import { Schrijver, type TabelNaam } from "./opslag.ts";
import { Toeval } from "./toeval.ts";

/**
 * The data generator (`npm run data:genereer`): fictional organisations, people, cases with event
 * histories the domain accepts, assignments and shares, and a valid access log per organisation chain,
 * written in batches. Decision 0035.
 */

export interface GeneratorOpties {
  readonly organisaties: number;
  readonly dossiers: number;
  /** The total number of events to aim at (at least the cases' own); the generator lands close to it. */
  readonly gebeurtenissen: number;
  readonly zaad: number;
  /** The moment the data leads up to: no event lies after it. */
  readonly nu: Date;
  /** Go on when the database holds organisations the generator did not make. */
  readonly ookAlsNietLeeg?: boolean;
  readonly omgeving?: string | undefined;
  readonly voortgang?: (tekst: string) => void;
}

export interface GeneratorVerslag {
  readonly organisaties: number;
  readonly gebruikers: number;
  readonly dossiers: number;
  readonly gebeurtenissen: number;
  readonly toewijzingen: number;
  readonly logregels: number;
  readonly perFase: Readonly<Record<string, number>>;
  /** The largest organisation: its number (org-N) and its cases. */
  readonly grootste: { readonly nummer: number; readonly dossiers: number };
  /** The open dossier with the most events. */
  readonly langste: { readonly nummer: number; readonly id: string; readonly versie: number } | null;
  /** The generated dossiers' ids per organisation number, for the benchmark and the check. */
  readonly voorbeeld: readonly {
    readonly nummer: number;
    readonly organisatieId: string;
    readonly sector: string;
    readonly dossierIds: readonly string[];
  }[];
  readonly seconden: number;
  /** Dossiers whose projections (snapshot, task facts) were built after writing. */
  readonly projecties: number;
}

/** The password of every generated account (the demo's: it is published, so never on real data). */
export const GENERATOR_WACHTWOORD = DEMO_WACHTWOORD;

/** Generated organisations are recognised by their aandachtsfunctionaris' address: af@org-N.example. */
const GEGENEREERD_PATROON = "^af@org-([0-9]+)\\.example$";

export function afAdres(nummer: number): string {
  return `af@org-${nummer}.example`;
}

export class GeneratorGeweigerd extends Error {
  override name = "GeneratorGeweigerd";
}

const SECTOREN = [
  { sector: "onderwijs", soorten: ["Basisschool", "Kindcentrum", "Scholengemeenschap", "Speciaal onderwijs"] },
  { sector: "kinderopvang", soorten: ["Kinderopvang", "Peuteropvang", "Buitenschoolse opvang"] },
  { sector: "jeugdhulp", soorten: ["Jeugdhulp", "Gezinshuis", "Jeugdteam"] },
  { sector: "sociaal_werk", soorten: ["Wijkteam", "Welzijnsorganisatie"] },
  { sector: "gezondheidszorg", soorten: ["Huisartsenpraktijk", "Jeugdgezondheidszorg", "GGZ-praktijk"] },
  { sector: "overig", soorten: ["Sportvereniging", "Stichting"] },
] as const;
const NAAMDELEN = [
  "De Linde",
  "Het Palet",
  "De Vlinder",
  "Zonnewijzer",
  "De Wilg",
  "Het Kompas",
  "De Regenboog",
  "Klavertje",
  "De Esdoorn",
  "Het Baken",
  "De Molen",
  "Sterrenpad",
];
const VOORNAMEN = [
  "Anna",
  "Bram",
  "Chaima",
  "Daan",
  "Eva",
  "Fenna",
  "Gijs",
  "Hanna",
  "Ilias",
  "Jesse",
  "Kim",
  "Lotte",
  "Mila",
  "Noah",
  "Olivia",
  "Priya",
  "Ruben",
  "Sara",
  "Tim",
  "Yara",
];
const ACHTERNAMEN = [
  "de Boer",
  "Jansen",
  "Bakker",
  "Yilmaz",
  "Visser",
  "Smit",
  "Meijer",
  "de Groot",
  "Bos",
  "Mulder",
  "Kaya",
  "Peters",
  "Hendriks",
  "van Dijk",
];
const LETTERS = "ABCDEFGHJKLMNPRSTVWZ";

/** The shares of the cases per organisation: one large organisation (5% of all cases), a few mid-sized, many small. */
function verdeelDossiers(toeval: Toeval, organisaties: number, dossiers: number): number[] {
  const gewichten = Array.from({ length: organisaties }, (_, i) =>
    i === 0 ? 0 : i < 5 ? 0 : Math.pow(toeval.getal(), 3) + 0.02,
  );
  const rest = gewichten.reduce((a, b) => a + b, 0);
  const grote = organisaties >= 10 ? [0.055, 0.03, 0.025, 0.02, 0.015] : [];
  const restDeel = 1 - grote.reduce((a, b) => a + b, 0);
  const aandelen = gewichten.map((g, i) =>
    i < grote.length ? (grote[i] ?? 0) : organisaties < 10 ? 1 / organisaties : (g / rest) * restDeel,
  );
  const aantallen = aandelen.map((a) => Math.max(dossiers >= organisaties ? 1 : 0, Math.floor(a * dossiers)));
  let over = dossiers - aantallen.reduce((a, b) => a + b, 0);
  for (let i = aantallen.length - 1; over !== 0 && i >= 0; i = i === 0 ? aantallen.length - 1 : i - 1) {
    const stap = over > 0 ? 1 : (aantallen[i] ?? 0) > 1 ? -1 : 0;
    aantallen[i] = (aantallen[i] ?? 0) + stap;
    over -= stap;
  }
  return aantallen;
}

function persoonsnaam(toeval: Toeval): string {
  return `${toeval.kies(VOORNAMEN)} ${toeval.kies(ACHTERNAMEN)}`;
}

interface Logboeking {
  readonly tijdstip: number;
  readonly gebruiker: GeneratorPersoon;
  readonly actie: string;
  readonly dossierId: string | null;
  readonly grondslag: string | null;
  readonly details: string | null;
}

/** Refuses production and, unless told, a database with organisations the generator did not make; returns the first free organisation number. */
async function controleerDoel(db: Database, opties: GeneratorOpties): Promise<number> {
  if (opties.omgeving === "production")
    throw new GeneratorGeweigerd(
      "De datagenerator draait niet als NODE_ENV=production: verzonnen gegevens horen niet in een echte installatie.",
    );
  const resultaat = await db.execute(sql`
    select
      (select count(*)::int from organisaties o where not exists (
        select 1 from gebruikers g where g.organisatie_id = o.id and g.email ~ ${GEGENEREERD_PATROON})) as anders,
      (select coalesce(max((substring(email from ${GEGENEREERD_PATROON}))::int), 0) from gebruikers where email ~ ${GEGENEREERD_PATROON}) as hoogste`);
  const rij = (resultaat as { rows: { anders: number; hoogste: number }[] }).rows[0];
  if ((rij?.anders ?? 0) > 0 && !opties.ookAlsNietLeeg) {
    throw new GeneratorGeweigerd(
      `De database bevat al ${rij?.anders} organisatie(s) die niet door de generator zijn gemaakt. Kies een lege database, of geef --ook-als-niet-leeg als u de verzonnen gegevens er toch naast wilt zetten.`,
    );
  }
  return Number(rij?.hoogste ?? 0) + 1;
}

/**
 * Generates and writes the data. Every case is built through the domain (`bouwCasus`), its derived
 * columns come from `afgeleideRijen`, and each organisation's access log is one chain hashed with the
 * domain's functions, in the order of its entries' times.
 */
export async function genereerGegevens(db: Database, opties: GeneratorOpties): Promise<GeneratorVerslag> {
  const start = performance.now();
  const eersteNummer = await controleerDoel(db, opties);
  // A second run on the same database continues the numbering and draws other ids; on an empty database the seed alone decides.
  const toeval = new Toeval(opties.zaad + (eersteNummer - 1) * 1_000_003);
  const meld = opties.voortgang ?? (() => undefined);
  const wachtwoordHash = await hashWachtwoord(GENERATOR_WACHTWOORD);
  const kopVanOudeKeten = await oudeKop(db);
  const beslissers = besluitRollen(leesProtocol(null).stappen.beslissen.documenteert);
  const schrijver = new Schrijver(db);
  const perOrganisatie = verdeelDossiers(toeval, opties.organisaties, opties.dossiers);
  const perFase: Record<string, number> = {};
  const voorbeeld: { nummer: number; organisatieId: string; sector: string; dossierIds: string[] }[] = [];
  let gebeurtenissenGemaakt = 0;
  let dossiersGemaakt = 0;
  let toewijzingen = 0;
  let logregels = 0;
  let gebruikersGemaakt = 0;
  let langste: { nummer: number; id: string; versie: number } | null = null;
  const tweeJaar = 730 * 86_400_000;

  for (let o = 0; o < opties.organisaties; o += 1) {
    const nummer = eersteNummer + o;
    const aantal = perOrganisatie[o] ?? 0;
    const soort = toeval.kies(SECTOREN);
    const organisatie = {
      id: toeval.uuid(),
      naam: `${toeval.kies(soort.soorten)} ${toeval.kies(NAAMDELEN)} ${nummer}`,
      sector: soort.sector,
    };
    await schrijver.voeg("organisaties", {
      id: organisatie.id,
      naam: organisatie.naam,
      sector: organisatie.sector,
      tweestaps_verplicht_voor: [],
      aangemaakt_op: new Date(opties.nu.getTime() - tweeJaar).toISOString(),
    });

    const maakPersoon = async (email: string, rollen: Rol[]): Promise<GeneratorPersoon> => {
      const persoon = { id: toeval.uuid(), naam: persoonsnaam(toeval), rollen };
      await schrijver.voeg("gebruikers", {
        id: persoon.id,
        organisatie_id: organisatie.id,
        email,
        naam: persoon.naam,
        wachtwoord_hash: wachtwoordHash,
        rollen,
        aangemaakt_op: new Date(opties.nu.getTime() - tweeJaar).toISOString(),
      });
      gebruikersGemaakt += 1;
      return persoon;
    };
    const af = await maakPersoon(afAdres(nummer), ["aandachtsfunctionaris"]);
    const afs = [af];
    if (aantal > 500) afs.push(await maakPersoon(`af2@org-${nummer}.example`, ["aandachtsfunctionaris"]));
    const ev = await maakPersoon(`ev@org-${nummer}.example`, ["eindverantwoordelijke"]);
    await maakPersoon(`beheer@org-${nummer}.example`, ["beheerder"]);
    const logbeheerder = await maakPersoon(`log@org-${nummer}.example`, ["logbeheerder"]);
    const medewerkers: GeneratorPersoon[] = [];
    const aantalMedewerkers = Math.min(150, Math.max(2, Math.ceil(aantal / 40)));
    for (let m = 1; m <= aantalMedewerkers; m += 1)
      medewerkers.push(await maakPersoon(`medewerker-${m}@org-${nummer}.example`, ["medewerker"]));

    const geboekt: Logboeking[] = [];
    const boek = (b: Logboeking) => geboekt.push(b);
    const begin = opties.nu.getTime() - tweeJaar;
    for (const p of [...afs, ev, logbeheerder, ...medewerkers])
      boek({
        tijdstip: begin + toeval.geheel(0, 86_400_000),
        gebruiker: p,
        actie: "inloggen",
        dossierId: null,
        grondslag: null,
        details: null,
      });

    const dossierIds: string[] = [];
    for (let d = 0; d < aantal; d += 1) {
      const resterend = opties.dossiers - dossiersGemaakt;
      const gemiddeld = Math.max(0, (opties.gebeurtenissen - gebeurtenissenGemaakt) / Math.max(1, resterend));
      // A few long, open cases in the first organisation (the benchmark's dossier of 1,000 entries) when the budget allows.
      const lang = o === 0 && d < 3 && opties.gebeurtenissen >= 20_000;
      const stadia = lang ? toeval.geheel(2, 5) : toeval.geheel(1, STADIA.length);
      const extra = lang ? 1000 : Math.max(0, Math.round(gemiddeld - 12 + (toeval.getal() - 0.5) * 6));
      const maker = toeval.kans(0.15) ? toeval.kies(afs) : toeval.kies(medewerkers);
      const volwassene = toeval.kans(
        soort.sector === "gezondheidszorg" || soort.sector === "sociaal_werk" ? 0.5 : 0.05,
      );
      const beginCasus = opties.nu.getTime() - toeval.geheel(1, 729) * 86_400_000;
      const id = toeval.uuid();
      const casus = bouwCasus(toeval, {
        id,
        werknaam: `${volwassene ? "Cliënt" : "Kind"} ${LETTERS[toeval.geheel(0, LETTERS.length - 1)]}-${toeval.geheel(1000, 9999)}`,
        volwassene,
        maker,
        aandachtsfunctionaris: af,
        eindverantwoordelijke: ev,
        organisatie: {
          naam: organisatie.naam,
          sector: organisatie.sector,
          bewaarjaren: bewaarjarenVoor(organisatie.sector, null),
          beslissers,
        },
        stadia,
        extra,
        begin: new Date(beginCasus),
        eind: new Date(Math.min(opties.nu.getTime(), beginCasus + (lang ? 700 : 120) * 86_400_000)),
      });
      const afgeleid = afgeleideRijen(casus.gebeurtenissen, casus.toestand);
      const eerste = casus.gebeurtenissen[0] as Gebeurtenis;
      await schrijver.voeg("dossiers", {
        id,
        organisatie_id: organisatie.id,
        aangemaakt_door: maker.id,
        aangemaakt_op: eerste.opgetredenOp,
        versie: afgeleid.dossier.versie,
        werknaam: afgeleid.dossier.werknaam,
        fase: afgeleid.dossier.fase,
        besluit_gevraagd: afgeleid.dossier.besluitGevraagd,
        bijgewerkt_op: afgeleid.dossier.bijgewerktOp.toISOString(),
        wacht_op_vt_sinds: afgeleid.dossier.wachtOpVtSinds,
        versneld_sinds: afgeleid.dossier.versneldSinds,
        versneld_klok_start: afgeleid.dossier.versneldKlokStart,
        versneld_klok_actie_op: afgeleid.dossier.versneldKlokActieOp,
      });
      perFase[afgeleid.dossier.fase] = (perFase[afgeleid.dossier.fase] ?? 0) + 1;
      if (afgeleid.dossier.fase !== "gesloten" && afgeleid.dossier.versie > (langste?.versie ?? 0))
        langste = { nummer, id, versie: afgeleid.dossier.versie };
      dossierIds.push(id);

      // Assignments by the aandachtsfunctionaris and shares by the maker, a day after the opening.
      const deelTijd = Date.parse(eerste.opgetredenOp) + 86_400_000;
      const collega = toeval.kies(
        medewerkers.filter((m) => m.id !== maker.id).concat(medewerkers.length === 1 ? medewerkers : []),
      );
      const toewijzing = toeval.kans(0.25)
        ? { soort: "toegewezen", door: af, reden: "Toegewezen als tweede behandelaar." }
        : toeval.kans(0.1)
          ? { soort: "gedeeld", door: maker, reden: "Gedeeld voor overleg met de mentor." }
          : null;
      if (toewijzing && deelTijd <= opties.nu.getTime() && collega.id !== maker.id) {
        await schrijver.voeg("dossierToegang", {
          id: toeval.uuid(),
          organisatie_id: organisatie.id,
          dossier_id: id,
          gebruiker_id: collega.id,
          soort: toewijzing.soort,
          reden: toewijzing.reden,
          door: toewijzing.door.id,
          sinds: new Date(deelTijd).toISOString(),
        });
        boek({
          tijdstip: deelTijd,
          gebruiker: toewijzing.door,
          actie: "dossier_delen",
          dossierId: id,
          grondslag: toewijzing.door.id === maker.id ? "eigen" : "aandachtsfunctionaris",
          details: `${toewijzing.soort} met ${collega.id}`,
        });
        toewijzingen += 1;
      }

      for (const g of casus.gebeurtenissen) {
        await schrijver.voeg("gebeurtenissen", {
          id: g.id,
          dossier_id: id,
          organisatie_id: organisatie.id,
          volgnummer: g.volgnummer,
          type: g.type,
          stap: g.stap,
          gegevens: g.gegevens,
          actor_id: g.actor.id,
          actor_naam: g.actor.naam,
          actor_rol: g.actor.rol,
          opgetreden_op: g.opgetredenOp,
        });
        const door = [maker, ev, ...afs].find((p) => p.id === g.actor.id) ?? maker;
        const grondslag =
          door.id === maker.id ? "eigen" : door.id === ev.id ? "eindverantwoordelijke" : "aandachtsfunctionaris";
        const tijdstip = Date.parse(g.opgetredenOp);
        if (g.volgnummer > 1 && toeval.kans(0.3))
          boek({
            tijdstip: tijdstip - 1000,
            gebruiker: door,
            actie: "dossier_bekijken",
            dossierId: id,
            grondslag,
            details: null,
          });
        boek({
          tijdstip,
          gebruiker: door,
          actie: g.volgnummer === 1 ? "dossier_aanmaken" : "gebeurtenis_toevoegen",
          dossierId: id,
          grondslag,
          details: null,
        });
      }
      gebeurtenissenGemaakt += casus.gebeurtenissen.length;
      dossiersGemaakt += 1;
      if (dossiersGemaakt % 5000 === 0)
        meld(
          `${dossiersGemaakt} dossiers, ${gebeurtenissenGemaakt} gebeurtenissen (${Math.round((performance.now() - start) / 1000)} s)`,
        );
    }
    voorbeeld.push({
      nummer,
      organisatieId: organisatie.id,
      sector: organisatie.sector,
      dossierIds: dossierIds.slice(0, 50),
    });

    // The organisation's chain, in the order of time, hashed with the domain's functions.
    geboekt.sort((a, b) => a.tijdstip - b.tijdstip);
    const keten = ketenVan(organisatie.id);
    let vorigeHash = beginVan(keten, kopVanOudeKeten);
    let volgnummer = 0;
    for (const b of geboekt) {
      volgnummer += 1;
      const inhoud: LogInhoud = {
        keten,
        volgnummer,
        tijdstip: new Date(b.tijdstip).toISOString(),
        organisatieId: organisatie.id,
        gebruikerId: b.gebruiker.id,
        rol: b.gebruiker.rollen.join(","),
        namens: null,
        actie: b.actie,
        dossierId: b.dossierId,
        uitkomst: "gelukt",
        grondslag: b.grondslag,
        adres: `192.0.2.${1 + (volgnummer % 200)}`,
        details: b.details,
      };
      const hash = ketenHash(vorigeHash, inhoud);
      await schrijver.voeg("toegangslog", {
        keten,
        volgnummer,
        tijdstip: inhoud.tijdstip,
        organisatie_id: inhoud.organisatieId,
        gebruiker_id: inhoud.gebruikerId,
        rol: inhoud.rol,
        namens: null,
        actie: inhoud.actie,
        dossier_id: inhoud.dossierId,
        uitkomst: inhoud.uitkomst,
        grondslag: inhoud.grondslag,
        adres: inhoud.adres,
        details: inhoud.details,
        vorige_hash: vorigeHash,
        hash,
      });
      vorigeHash = hash;
    }
    logregels += geboekt.length;
  }
  await schrijver.spoel();
  // The projections of decision 0032 (state snapshot, task facts), built from the stored events by the
  // app's own catch-up, in batches, as after an upgrade: one way to make them, proven by projecties:controleer.
  meld("projecties opbouwen");
  const projecties = await werkProjectiesBij(db, 500, { volledig: true });
  const geschreven = (t: TabelNaam) => schrijver.geschreven.get(t) ?? 0;
  const grootste = perOrganisatie.reduce(
    (beste, n, i) => (n > beste.dossiers ? { nummer: eersteNummer + i, dossiers: n } : beste),
    { nummer: eersteNummer, dossiers: 0 },
  );
  return {
    organisaties: geschreven("organisaties"),
    gebruikers: gebruikersGemaakt,
    dossiers: geschreven("dossiers"),
    gebeurtenissen: geschreven("gebeurtenissen"),
    toewijzingen,
    logregels,
    projecties,
    perFase,
    grootste,
    langste,
    voorbeeld,
    seconden: (performance.now() - start) / 1000,
  };
}
