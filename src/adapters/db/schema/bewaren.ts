import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { dossiers } from "./dossiers.ts";
import { gebruikers } from "./gebruikers.ts";
import { organisaties } from "./organisaties.ts";

/*
 * The end of a case's life: destruction at the end of the retention term (decision 0050) and the legal hold that
 * stops it.
 */

/**
 * Destruction at the end of the retention term (decision 0050): a proposal, its judgement by a second
 * person, and after destruction the record that it happened. No FK to `dossiers` on purpose: the
 * record outlives the case. Holds no content: the reference, the dates and who did what.
 */
export const vernietigingen = pgTable(
  "vernietigingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    dossierId: uuid("dossier_id").notNull(),
    /** The reference (the id's first 8 hex characters), as the lists show it. */
    kenmerk: text("kenmerk").notNull(),
    /** Dutch calendar days: opened, closed, kept until. */
    geopendOp: text("geopend_op").notNull(),
    geslotenOp: text("gesloten_op").notNull(),
    bewaarTot: text("bewaar_tot").notNull(),
    status: text("status").notNull(),
    reden: text("reden").notNull(),
    voorgesteldDoor: uuid("voorgesteld_door")
      .notNull()
      .references(() => gebruikers.id),
    voorgesteldOp: timestamp("voorgesteld_op", { withTimezone: true }).notNull(),
    beoordeeldDoor: uuid("beoordeeld_door").references(() => gebruikers.id),
    beoordeeldOp: timestamp("beoordeeld_op", { withTimezone: true }),
    afwijsreden: text("afwijsreden"),
  },
  (t) => [
    check("vernietigingen_status_check", sql`${t.status} in ('voorgesteld', 'afgewezen', 'vernietigd')`),
    // At most one open proposal, and one destruction, per case.
    uniqueIndex("vernietigingen_open_uniek")
      .on(t.dossierId)
      .where(sql`${t.status} in ('voorgesteld', 'vernietigd')`),
    index("vernietigingen_organisatie_idx").on(t.organisatieId, t.status, t.beoordeeldOp),
  ],
);

/**
 * A legal hold (bewaarplicht, juridische blokkade) on a case: while one is active (not lifted), the
 * case cannot be proposed for destruction nor destroyed. Lifting keeps the row, with who and when.
 */
export const bewaarplichten = pgTable(
  "bewaarplichten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    reden: text("reden").notNull(),
    ingesteldDoor: uuid("ingesteld_door")
      .notNull()
      .references(() => gebruikers.id),
    ingesteldOp: timestamp("ingesteld_op", { withTimezone: true }).notNull(),
    opgehevenDoor: uuid("opgeheven_door").references(() => gebruikers.id),
    opgehevenOp: timestamp("opgeheven_op", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("bewaarplichten_actief_uniek")
      .on(t.dossierId)
      .where(sql`${t.opgehevenOp} is null`),
    index("bewaarplichten_organisatie_idx").on(t.organisatieId, t.dossierId),
  ],
);
