import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

/** Every table that holds case data carries `organisatie_id`; repositories always filter on it. */

export const organisaties = pgTable(
  "organisaties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    naam: text("naam").notNull(),
    sector: text("sector").notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "organisaties_sector_check",
      sql`${t.sector} in ('onderwijs', 'kinderopvang', 'jeugdhulp', 'sociaal_werk', 'gezondheidszorg', 'overig')`,
    ),
  ],
);

export const gebruikers = pgTable(
  "gebruikers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id").notNull().references(() => organisaties.id),
    email: text("email").notNull(),
    naam: text("naam").notNull(),
    wachtwoordHash: text("wachtwoord_hash").notNull(),
    rollen: text("rollen").array().notNull(),
    actief: boolean("actief").notNull().default(true),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("gebruikers_email_uniek").on(t.email), index("gebruikers_organisatie_idx").on(t.organisatieId)],
);

export const sessies = pgTable(
  "sessies",
  {
    /** SHA-256 of the token, hex: the token itself is never stored. */
    id: text("id").primaryKey(),
    gebruikerId: uuid("gebruiker_id").notNull().references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull(),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
    laatstGebruiktOp: timestamp("laatst_gebruikt_op", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessies_gebruiker_idx").on(t.gebruikerId)],
);

export const dossiers = pgTable(
  "dossiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id").notNull().references(() => organisaties.id),
    aangemaaktDoor: uuid("aangemaakt_door").notNull().references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull(),
    /** Number of events; compared with the writer's expected version under a row lock. */
    versie: integer("versie").notNull(),
    /** Projection for lists only; the events are the truth. */
    werknaam: text("werknaam").notNull(),
    fase: text("fase").notNull(),
    bijgewerktOp: timestamp("bijgewerkt_op", { withTimezone: true }).notNull(),
  },
  (t) => [index("dossiers_organisatie_idx").on(t.organisatieId, t.bijgewerktOp)],
);

export const gebeurtenissen = pgTable(
  "gebeurtenissen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id").notNull().references(() => dossiers.id),
    organisatieId: uuid("organisatie_id").notNull().references(() => organisaties.id),
    volgnummer: integer("volgnummer").notNull(),
    type: text("type").notNull(),
    stap: text("stap").notNull(),
    gegevens: jsonb("gegevens").notNull(),
    actorId: uuid("actor_id").notNull().references(() => gebruikers.id),
    actorNaam: text("actor_naam").notNull(),
    actorRol: text("actor_rol").notNull(),
    opgetredenOp: timestamp("opgetreden_op", { withTimezone: true }).notNull(),
  },
  (t) => [unique("gebeurtenissen_volgorde_uniek").on(t.dossierId, t.volgnummer)],
);

export const auditlog = pgTable(
  "auditlog",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tijdstip: timestamp("tijdstip", { withTimezone: true }).notNull(),
    organisatieId: uuid("organisatie_id"),
    gebruikerId: uuid("gebruiker_id"),
    rol: text("rol"),
    actie: text("actie").notNull(),
    dossierId: uuid("dossier_id"),
    uitkomst: text("uitkomst").notNull(),
    adres: text("adres"),
  },
  (t) => [index("auditlog_dossier_idx").on(t.dossierId, t.tijdstip)],
);
