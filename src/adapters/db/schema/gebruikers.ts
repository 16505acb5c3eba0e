import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { organisaties } from "./organisaties.ts";

/*
 * The people of an organisation and how they sign in: accounts, sign-in attempts with a provider, sessions,
 * recovery codes, one-time links, failed sign-ins, and the daily task digest sent to each.
 */

export const gebruikers = pgTable(
  "gebruikers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    email: text("email").notNull(),
    naam: text("naam").notNull(),
    wachtwoordHash: text("wachtwoord_hash").notNull(),
    rollen: text("rollen").array().notNull(),
    actief: boolean("actief").notNull().default(true),
    /** TOTP secret, encrypted (src/adapters/crypto/geheimen.ts; older rows: hex, encrypted at first use); null until set up. */
    totpGeheim: text("totp_geheim"),
    /** The last accepted TOTP time step: a code is never accepted twice. */
    totpLaatsteStap: bigint("totp_laatste_stap", { mode: "number" }),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    /** Single sign-on: the identity provider and subject this person is linked to after a first sign-in by verified e-mail. */
    oidcIssuer: text("oidc_issuer"),
    oidcSubject: text("oidc_subject"),
  },
  (t) => [
    unique("gebruikers_email_uniek").on(t.email),
    index("gebruikers_organisatie_idx").on(t.organisatieId),
    unique("gebruikers_oidc_uniek").on(t.oidcIssuer, t.oidcSubject),
  ],
);

/**
 * A sign-in in flight at the provider: state, nonce and PKCE verifier, kept server-side (every app
 * process shares the database) and bound to the browser by the SHA-256 of a random cookie token.
 */
export const ssoAanvragen = pgTable(
  "sso_aanvragen",
  {
    id: text("id").primaryKey(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => organisaties.id),
    state: text("state").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    terug: text("terug").notNull(),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
  },
  (t) => [index("sso_aanvragen_verloopt_idx").on(t.verlooptOp)],
);

export const sessies = pgTable(
  "sessies",
  {
    /** SHA-256 of the token, hex: the token itself is never stored. */
    id: text("id").primaryKey(),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull(),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
    laatstGebruiktOp: timestamp("laatst_gebruikt_op", { withTimezone: true }).notNull(),
    /** 'volledig', or 'tweede_stap' while the password is checked but the second factor is not yet. */
    stap: text("stap").notNull().default("volledig"),
  },
  (t) => [index("sessies_gebruiker_idx").on(t.gebruikerId)],
);

/** Single-use recovery codes for two-step sign-in; only their SHA-256 is stored. */
export const herstelcodes = pgTable(
  "herstelcodes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    hash: text("hash").notNull(),
    gebruiktOp: timestamp("gebruikt_op", { withTimezone: true }),
  },
  (t) => [index("herstelcodes_gebruiker_idx").on(t.gebruikerId)],
);

/** One-time links (invitation, password reset): only the token's SHA-256 is stored; they expire. */
export const eenmaligeLinks = pgTable(
  "eenmalige_links",
  {
    id: text("id").primaryKey(),
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    doel: text("doel").notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull(),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
    gebruiktOp: timestamp("gebruikt_op", { withTimezone: true }),
  },
  (t) => [
    index("eenmalige_links_gebruiker_idx").on(t.gebruikerId),
    check("eenmalige_links_doel_check", sql`${t.doel} in ('uitnodiging', 'herstel')`),
  ],
);

/** Failed sign-ins, for throttling per (account, address) and per address. Old rows are pruned. */
export const inlogpogingen = pgTable(
  "inlogpogingen",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sleutel: text("sleutel").notNull(),
    tijdstip: timestamp("tijdstip", { withTimezone: true }).notNull(),
  },
  (t) => [index("inlogpogingen_sleutel_idx").on(t.sleutel, t.tijdstip)],
);

/**
 * One row per person per day a task digest was sent: inserted before sending, so a restart or a second
 * instance never sends the same day's digest twice. Holds no case data.
 */
export const takenoverzichten = pgTable(
  "takenoverzichten",
  {
    gebruikerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id),
    datum: text("datum").notNull(),
    verzondenOp: timestamp("verzonden_op", { withTimezone: true }).notNull(),
    aantalTaken: integer("aantal_taken").notNull(),
  },
  (t) => [unique("takenoverzichten_uniek").on(t.gebruikerId, t.datum)],
);
