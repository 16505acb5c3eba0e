import { sql } from "drizzle-orm";
import type { Database } from "../../src/adapters/db/database.ts";

/**
 * Batched writes for the data generator: many rows in one statement, as one JSON parameter that
 * PostgreSQL unpacks with `json_to_recordset`. One round trip per few thousand rows, the same SQL on
 * PGlite and on PostgreSQL, and no limit on the number of bind parameters.
 */

export type Rij = Record<string, unknown>;

interface Tabel {
  readonly naam: string;
  /** Column name → PostgreSQL type, in insert order. */
  readonly kolommen: Readonly<Record<string, string>>;
}

/** The tables in the order their foreign keys need. */
export const TABELLEN = {
  organisaties: {
    naam: "organisaties",
    kolommen: {
      id: "uuid",
      naam: "text",
      sector: "text",
      tweestaps_verplicht_voor: "text[]",
      aangemaakt_op: "timestamptz",
    },
  },
  gebruikers: {
    naam: "gebruikers",
    kolommen: {
      id: "uuid",
      organisatie_id: "uuid",
      email: "text",
      naam: "text",
      wachtwoord_hash: "text",
      rollen: "text[]",
      aangemaakt_op: "timestamptz",
    },
  },
  dossiers: {
    naam: "dossiers",
    kolommen: {
      id: "uuid",
      organisatie_id: "uuid",
      aangemaakt_door: "uuid",
      aangemaakt_op: "timestamptz",
      versie: "integer",
      werknaam: "text",
      fase: "text",
      besluit_gevraagd: "boolean",
      bijgewerkt_op: "timestamptz",
      wacht_op_vt_sinds: "text",
      versneld_sinds: "timestamptz",
      versneld_klok_start: "timestamptz",
      versneld_klok_actie_op: "timestamptz",
    },
  },
  gebeurtenissen: {
    naam: "gebeurtenissen",
    kolommen: {
      id: "uuid",
      dossier_id: "uuid",
      organisatie_id: "uuid",
      volgnummer: "integer",
      type: "text",
      stap: "text",
      gegevens: "jsonb",
      actor_id: "uuid",
      actor_naam: "text",
      actor_rol: "text",
      opgetreden_op: "timestamptz",
    },
  },
  dossierToegang: {
    naam: "dossier_toegang",
    kolommen: {
      id: "uuid",
      organisatie_id: "uuid",
      dossier_id: "uuid",
      gebruiker_id: "uuid",
      soort: "text",
      reden: "text",
      door: "uuid",
      sinds: "timestamptz",
    },
  },
  toegangslog: {
    naam: "toegangslog",
    kolommen: {
      keten: "text",
      volgnummer: "bigint",
      tijdstip: "timestamptz",
      organisatie_id: "uuid",
      gebruiker_id: "uuid",
      rol: "text",
      namens: "uuid",
      actie: "text",
      dossier_id: "uuid",
      uitkomst: "text",
      grondslag: "text",
      adres: "text",
      details: "text",
      vorige_hash: "text",
      hash: "text",
    },
  },
} as const satisfies Record<string, Tabel>;
export type TabelNaam = keyof typeof TABELLEN;

const VOLGORDE: readonly TabelNaam[] = [
  "organisaties",
  "gebruikers",
  "dossiers",
  "gebeurtenissen",
  "dossierToegang",
  "toegangslog",
];

/** Rows per statement: large enough to amortise a round trip, small enough to keep one statement's JSON a few MB. */
const PER_STATEMENT = 2000;
/** Rows per transaction: a failure leaves whole batches, and the database never holds one huge transaction. */
const PER_TRANSACTIE = 20_000;

async function voegIn(db: Pick<Database, "execute">, tabel: Tabel, rijen: readonly Rij[]): Promise<void> {
  const namen = Object.keys(tabel.kolommen);
  const lijst = sql.raw(namen.join(", "));
  const typen = sql.raw(
    Object.entries(tabel.kolommen)
      .map(([k, t]) => `${k} ${t}`)
      .join(", "),
  );
  await db.execute(
    sql`insert into ${sql.identifier(tabel.naam)} (${lijst}) select ${lijst} from json_to_recordset(${JSON.stringify(rijen)}::json) as x(${typen})`,
  );
}

/** Buffers rows per table and writes them in foreign-key order, in transactions of a few thousand rows. */
export class Schrijver {
  private readonly buffer = new Map<TabelNaam, Rij[]>();
  private aantal = 0;
  readonly geschreven = new Map<TabelNaam, number>();

  constructor(private readonly db: Database) {}

  async voeg(tabel: TabelNaam, rij: Rij): Promise<void> {
    const lijst = this.buffer.get(tabel) ?? [];
    lijst.push(rij);
    this.buffer.set(tabel, lijst);
    this.aantal += 1;
    if (this.aantal >= PER_TRANSACTIE) await this.spoel();
  }

  /** Writes everything buffered, in one transaction. */
  async spoel(): Promise<void> {
    if (this.aantal === 0) return;
    const werk = VOLGORDE.map((t) => [t, this.buffer.get(t) ?? []] as const).filter(([, r]) => r.length > 0);
    this.buffer.clear();
    this.aantal = 0;
    await this.db.transaction(async (tx) => {
      for (const [naam, rijen] of werk) {
        for (let i = 0; i < rijen.length; i += PER_STATEMENT)
          await voegIn(tx, TABELLEN[naam], rijen.slice(i, i + PER_STATEMENT));
        this.geschreven.set(naam, (this.geschreven.get(naam) ?? 0) + rijen.length);
      }
    });
  }
}
