import { index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers.ts";
import { organisaties } from "./organisaties.ts";

/*
 * Oefenen (decision 0052): practice on fictional cases lives in its own four tables, never in
 * `dossiers` or `gebeurtenissen`, so no list, projection, task, digest, figure, export or access-log
 * check can count it. Still per organisation and per person; a beheerder can remove all of it.
 */

/** One person's walk through one practice case; a new walk of the same case is a new row. */
export const oefenSessies = pgTable(
  "oefen_sessies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    /** The case's id in src/domain/kennis/oefencasussen.ts. */
    casus: text("casus").notNull(),
    /** The content version (OEFEN_VERSIE) the walk started under. */
    versie: text("versie").notNull(),
    gestartOp: timestamp("gestart_op", { withTimezone: true }).notNull(),
    afgerondOp: timestamp("afgerond_op", { withTimezone: true }),
  },
  (t) => [index("oefen_sessies_gebruiker_idx").on(t.organisatieId, t.gebruikerId, t.casus, t.gestartOp)],
);

/** The answer at one point of a walk (a stage, the reflection, the weighing): the person's own practice notes. */
export const oefenAntwoorden = pgTable(
  "oefen_antwoorden",
  {
    sessieId: uuid("sessie_id")
      .notNull()
      .references(() => oefenSessies.id, { onDelete: "cascade" }),
    punt: text("punt").notNull(),
    antwoord: jsonb("antwoord").notNull(),
    beantwoordOp: timestamp("beantwoord_op", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessieId, t.punt] })],
);

/** A team session on one practice case, opened by an aandachtsfunctionaris, joined with a short code. */
export const teamSessies = pgTable(
  "team_sessies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    gastheerId: uuid("gastheer_id")
      .notNull()
      .references(() => gebruikers.id),
    casus: text("casus").notNull(),
    code: text("code").notNull(),
    geopendOp: timestamp("geopend_op", { withTimezone: true }).notNull(),
    /** Set when the host shows the spread; no answers are taken after it. */
    onthuldOp: timestamp("onthuld_op", { withTimezone: true }),
  },
  (t) => [unique("team_sessies_code_uniek").on(t.code)],
);

/** One participant's answers to the afwegingsvragen in a team session; only ever shown as counts to others. */
export const teamAntwoorden = pgTable(
  "team_antwoorden",
  {
    teamSessieId: uuid("team_sessie_id")
      .notNull()
      .references(() => teamSessies.id, { onDelete: "cascade" }),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    antwoorden: jsonb("antwoorden").notNull(),
    beantwoordOp: timestamp("beantwoord_op", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamSessieId, t.gebruikerId] })],
);
