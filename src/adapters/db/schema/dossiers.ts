import { sql } from "drizzle-orm";
import type { DossierSoort } from "../../../domain/dossier/keuzes.ts";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers.ts";
import { organisaties } from "./organisaties.ts";

/*
 * The case: the dossier, its events (the source of truth), the projections kept beside them (decisions 0032 and
 * 0059), who may see it, and emergency access.
 */

export const dossiers = pgTable(
  "dossiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull(),
    /** Number of events; compared with the writer's expected version under a row lock. */
    versie: integer("versie").notNull(),
    /** Projection for lists only; the events are the truth. */
    werknaam: text("werknaam").notNull(),
    fase: text("fase").notNull(),
    /** Projection: the weighing has an outcome or a decision exists, so the eindverantwoordelijke is asked to decide. */
    besluitGevraagd: boolean("besluit_gevraagd").notNull().default(false),
    bijgewerktOp: timestamp("bijgewerkt_op", { withTimezone: true }).notNull(),
    /** Projection (decision 0045, `lijstKolommen`): the Dutch date of the report Veilig Thuis has not answered yet. */
    wachtOpVtSinds: text("wacht_op_vt_sinds"),
    /** Projection: when the accelerated route began, and its hour clock (start, first action after it). */
    versneldSinds: timestamp("versneld_sinds", { withTimezone: true }),
    versneldKlokStart: timestamp("versneld_klok_start", { withTimezone: true }),
    versneldKlokActieOp: timestamp("versneld_klok_actie_op", { withTimezone: true }),
    /** The route (DOSSIER_SOORTEN, decisions 0053/0054); fixed at opening, copied from the first event for access. */
    soort: text("soort").$type<DossierSoort>().notNull().default("meldcode"),
    /**
     * Route vermoeden_medewerker: the staff member the suspicion is about, when they are a user of the
     * organisation. The access policy hides the case from them completely (decision 0053).
     */
    betrokkenMedewerkerId: uuid("betrokken_medewerker_id").references(() => gebruikers.id),
  },
  (t) => [
    // The werkvoorraad's filters (decision 0045): few rows carry these, so partial indexes stay small.
    index("dossiers_wacht_op_vt_idx")
      .on(t.organisatieId, t.wachtOpVtSinds)
      .where(sql`${t.wachtOpVtSinds} is not null`),
    index("dossiers_versneld_idx")
      .on(t.organisatieId, t.versneldSinds)
      .where(sql`${t.versneldSinds} is not null`),
    // A phase (and so "in monitoring", "gesloten") in the activity order, without scanning the other phases.
    index("dossiers_organisatie_fase_idx").on(t.organisatieId, t.fase, t.bijgewerktOp, t.id),
    check("dossiers_soort_check", sql`${t.soort} in ('meldcode', 'vermoeden_medewerker', 'gedrag_kinderen')`),
    check(
      "dossiers_betrokken_medewerker_check",
      sql`${t.betrokkenMedewerkerId} is null or ${t.soort} = 'vermoeden_medewerker'`,
    ),
    // The list's keyset orders (decision 0033), scanned backwards for newest first; the id breaks ties.
    index("dossiers_organisatie_activiteit_idx").on(t.organisatieId, t.bijgewerktOp, t.id),
    index("dossiers_organisatie_geopend_idx").on(t.organisatieId, t.aangemaaktOp, t.id),
    // Substring search on the working name (pg_trgm, created in migration lijsten_zoeken).
    index("dossiers_werknaam_trgm_idx").using("gin", t.werknaam.op("gin_trgm_ops")),
    // A search of one or two characters, too short for trigrams, matches the start of the working name (decision 0072).
    index("dossiers_werknaam_begin_idx").on(t.organisatieId, sql`lower(${t.werknaam}) text_pattern_ops`),
  ],
);

export const gebeurtenissen = pgTable(
  "gebeurtenissen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    volgnummer: integer("volgnummer").notNull(),
    type: text("type").notNull(),
    stap: text("stap").notNull(),
    gegevens: jsonb("gegevens").notNull(),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => gebruikers.id),
    actorNaam: text("actor_naam").notNull(),
    actorRol: text("actor_rol").notNull(),
    opgetredenOp: timestamp("opgetreden_op", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("gebeurtenissen_volgorde_uniek").on(t.dossierId, t.volgnummer),
    // The cases past their retention date, in order of that date (decision 0050): the closing events only.
    index("gebeurtenissen_bewaartermijn_idx")
      .on(t.organisatieId, sql`(${t.gegevens}->>'bewaarTot')`, t.dossierId)
      .where(sql`${t.type} = 'dossier_afgesloten'`),
  ],
);

/**
 * Projection (decision 0032): the dossier's state after its first `versie` events, in the shape
 * `vorm`. Written in the same transaction as each append, under the dossier's row lock; the events
 * stay the truth, and a snapshot that is missing, behind or of another shape is rebuilt from them.
 */
export const dossierToestanden = pgTable(
  "dossier_toestanden",
  {
    dossierId: uuid("dossier_id")
      .primaryKey()
      .references(() => dossiers.id),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    versie: integer("versie").notNull(),
    vorm: integer("vorm").notNull(),
    toestand: jsonb("toestand").notNull(),
  },
  // The catch-up at start finds the snapshots of another shape through this, not by reading every dossier (decision 0072).
  (t) => [index("dossier_toestanden_vorm_idx").on(t.vorm)],
);

/**
 * The shapes of the projections (`TOESTAND_VORM`) that every dossier was once brought up to by a full
 * catch-up (decision 0072). A start that finds its shape here only looks for snapshots of another shape.
 */
export const projectieStand = pgTable("projectie_stand", {
  vorm: integer("vorm").primaryKey(),
  bijgewerktOp: timestamp("bijgewerkt_op", { withTimezone: true }).notNull(),
});

/**
 * Projection (decision 0032): the tasks a dossier can give, each due from `vanaf` (a Dutch calendar
 * day), for its responsible people or its deciders. Brought up to date with every append (the rows whose values
 * change; decision 0077); "Mijn
 * taken" reads the rows due today through the index instead of replaying cases.
 */
export const dossierTaken = pgTable(
  "dossier_taken",
  {
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    soort: text("soort").notNull(),
    /** "verantwoordelijken" (who opened or was assigned the case) or "beslissers". */
    voor: text("voor").notNull(),
    /**
     * Who opened the case, a copy of `dossiers.aangemaakt_door` (fixed at opening; that column holds the
     * reference): Mijn taken reads a person's responsible tasks in order through it (decision 0072).
     */
    opener: uuid("opener").notNull(),
    /** Position of `soort` in the order of urgency, so the list sorts in the index. */
    rang: integer("rang").notNull(),
    sinds: text("sinds"),
    vanaf: text("vanaf").notNull(),
    /**
     * The dossier version the row's values were derived at: an append rewrites only the rows whose values
     * change (decision 0077), so this is the version of the last change, not the dossier's.
     */
    versie: integer("versie").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.voor, t.soort] }),
    // Mijn taken (decision 0072): the deciders' tasks of an organisation in the list's order, read until the
    // page is full; the responsible tasks on the cases a person opened likewise. Each row lands in one of the two.
    index("dossier_taken_beslissers_idx")
      .on(t.organisatieId, t.rang, sql`coalesce(${t.sinds}, '9')`, t.dossierId)
      .where(sql`${t.voor} = 'beslissers'`),
    index("dossier_taken_opener_idx")
      .on(t.organisatieId, t.opener, t.rang, sql`coalesce(${t.sinds}, '9')`, t.dossierId)
      .where(sql`${t.voor} = 'verantwoordelijken'`),
  ],
);

/**
 * Assignments and shares of a dossier with a colleague: who, by whom, why, when. Revoking sets
 * `ingetrokken_op`; the row stays, so the history of who could see the case is kept.
 */
export const dossierToegang = pgTable(
  "dossier_toegang",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    soort: text("soort").notNull(),
    reden: text("reden").notNull(),
    door: uuid("door")
      .notNull()
      .references(() => gebruikers.id),
    sinds: timestamp("sinds", { withTimezone: true }).notNull(),
    ingetrokkenOp: timestamp("ingetrokken_op", { withTimezone: true }),
    ingetrokkenDoor: uuid("ingetrokken_door").references(() => gebruikers.id),
  },
  (t) => [
    index("dossier_toegang_dossier_idx").on(t.organisatieId, t.dossierId),
    index("dossier_toegang_gebruiker_idx").on(t.organisatieId, t.gebruikerId),
    check("dossier_toegang_soort_check", sql`${t.soort} in ('toegewezen', 'gedeeld')`),
  ],
);

/** Emergency access ("break the glass"): a mandatory reason, at most 24 hours. Append-only. */
export const noodtoegang = pgTable(
  "noodtoegang",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    reden: text("reden").notNull(),
    begin: timestamp("begin", { withTimezone: true }).notNull(),
    tot: timestamp("tot", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("noodtoegang_dossier_idx").on(t.organisatieId, t.dossierId),
    check("noodtoegang_duur_check", sql`${t.tot} > ${t.begin} and ${t.tot} <= ${t.begin} + interval '24 hours'`),
  ],
);
