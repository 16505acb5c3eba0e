import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/*
 * The organisations, and the single sign-on each one sets up (decision 0038).
 */

export const organisaties = pgTable(
  "organisaties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    naam: text("naam").notNull(),
    sector: text("sector").notNull(),
    /** Roles that must sign in with a second factor. A new organisation starts strict; the demo seed clears it. */
    /** The organisation's own Meldcode protocol (src/domain/organisatie/protocol.ts); null: the standard one. */
    protocol: jsonb("protocol"),
    /** Links beside each step (src/domain/organisatie/documenten.ts), managed by a beheerder. */
    documenten: jsonb("documenten")
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Years a closed dossier is kept; null: the sector's default (src/domain/organisatie/bewaartermijn.ts). */
    bewaarjaren: integer("bewaarjaren"),
    tweestapsVerplichtVoor: text("tweestaps_verplicht_voor")
      .array()
      .notNull()
      .default(sql`ARRAY['aandachtsfunctionaris','eindverantwoordelijke','beheerder','logbeheerder']::text[]`),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "organisaties_sector_check",
      sql`${t.sector} in ('onderwijs', 'kinderopvang', 'jeugdhulp', 'sociaal_werk', 'gezondheidszorg', 'overig')`,
    ),
  ],
);

/** Single sign-on with OpenID Connect, per organisation (decision 0038). */
export const ssoInstellingen = pgTable("sso_instellingen", {
  organisatieId: uuid("organisatie_id")
    .primaryKey()
    .references(() => organisaties.id),
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  /** Encrypted (src/adapters/crypto/geheimen.ts); never shown again. */
  clientGeheim: text("client_geheim").notNull(),
  /** Does the identity provider's own second factor (amr, or the acr below) satisfy the two-step requirement? */
  idpTweedeFactor: boolean("idp_tweede_factor").notNull().default(false),
  /** An acr value that counts as a second factor, when the provider reports it that way. */
  acr: text("acr"),
  /** Password sign-in switched off for the organisation (only once SSO has worked). */
  wachtwoordUit: boolean("wachtwoord_uit").notNull().default(false),
  /** The last successful sign-in with this issuer and client; cleared when they change. */
  gewerktOp: timestamp("gewerkt_op", { withTimezone: true }),
  gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull(),
});

/** The e-mail domains an organisation's provider covers; a domain belongs to one organisation. */
export const ssoDomeinen = pgTable(
  "sso_domeinen",
  {
    domein: text("domein").primaryKey(),
    organisatieId: uuid("organisatie_id")
      .notNull()
      .references(() => ssoInstellingen.organisatieId, { onDelete: "cascade" }),
  },
  (t) => [index("sso_domeinen_organisatie_idx").on(t.organisatieId)],
);
