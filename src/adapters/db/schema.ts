import { sql } from "drizzle-orm";
import type { DossierSoort } from "../../domain/dossier/keuzes.ts";
import {
  bigint,
  bigserial,
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Every table that holds case data carries `organisatie_id`; repositories always filter on it. */

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
export const dossierToestanden = pgTable("dossier_toestanden", {
  dossierId: uuid("dossier_id")
    .primaryKey()
    .references(() => dossiers.id),
  organisatieId: uuid("organisatie_id")
    .notNull()
    .references(() => organisaties.id),
  versie: integer("versie").notNull(),
  vorm: integer("vorm").notNull(),
  toestand: jsonb("toestand").notNull(),
});

/**
 * Projection (decision 0032): the tasks a dossier can give, each due from `vanaf` (a Dutch calendar
 * day), for its responsible people or its deciders. Replaced as a whole with every append; "Mijn
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
    /** Position of `soort` in the order of urgency, so the list sorts in the index. */
    rang: integer("rang").notNull(),
    sinds: text("sinds"),
    vanaf: text("vanaf").notNull(),
    /** The dossier version the row was derived at. */
    versie: integer("versie").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.voor, t.soort] }),
    index("dossier_taken_zoek_idx").on(t.organisatieId, t.voor, t.vanaf),
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

/**
 * The access log (NEN 7513): one entry per view, change, print, export, search, share and refused
 * attempt, written in the transaction of what it records. A hash chain over `volgnummer` makes any
 * edit, removal or insertion detectable (`npm run audit:verify`); triggers refuse UPDATE, DELETE
 * and TRUNCATE.
 */
export const toegangslog = pgTable(
  "toegangslog",
  {
    /**
     * The order of acceptance (decision 0057): the action's transaction inserts its entry with this key
     * alone, taking no lock. It is not part of the hash: the chain's order is the sealer's.
     */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** The chain (decision 0028): the organisation's id, `anoniem`, or `installatie` (entries before 0028). */
    keten: text("keten").notNull(),
    /** Position in the chain, 1, 2, 3 …; null until the sealer seals the entry (decision 0057). */
    volgnummer: bigint("volgnummer", { mode: "number" }),
    tijdstip: timestamp("tijdstip", { withTimezone: true, precision: 3 }).notNull(),
    organisatieId: uuid("organisatie_id"),
    gebruikerId: uuid("gebruiker_id"),
    rol: text("rol"),
    namens: uuid("namens"),
    actie: text("actie").notNull(),
    dossierId: uuid("dossier_id"),
    uitkomst: text("uitkomst").notNull(),
    grondslag: text("grondslag"),
    adres: text("adres"),
    details: text("details"),
    /** Null until sealed, with `volgnummer` and `hash`. */
    vorigeHash: text("vorige_hash"),
    /** Null until sealed. */
    hash: text("hash"),
  },
  (t) => [
    // A chain's positions are unique once sealed; unsealed entries (null) do not meet here.
    unique("toegangslog_keten_volgnummer_uniek").on(t.keten, t.volgnummer),
    // What the sealer reads: the unsealed entries, per chain in the order of acceptance.
    index("toegangslog_onverzegeld_idx")
      .on(t.keten, t.id)
      .where(sql`${t.volgnummer} is null`),
    check(
      "toegangslog_verzegeld_check",
      sql`(${t.volgnummer} is null and ${t.vorigeHash} is null and ${t.hash} is null) or (${t.volgnummer} is not null and ${t.vorigeHash} is not null and ${t.hash} is not null)`,
    ),
    index("toegangslog_dossier_idx").on(t.organisatieId, t.dossierId, t.tijdstip),
    index("toegangslog_gebruiker_idx").on(t.organisatieId, t.gebruikerId, t.tijdstip),
    // The log's keyset order per organisation (decision 0033): time, then the order of acceptance (0057).
    index("toegangslog_organisatie_tijd_idx").on(t.organisatieId, t.tijdstip, t.id),
    index("toegangslog_actie_idx").on(t.organisatieId, t.actie, t.tijdstip),
    // Refusals and failures are the rare entries a logbeheerder looks for: a small index of only those.
    index("toegangslog_afwijkend_idx")
      .on(t.organisatieId, t.tijdstip, t.id)
      .where(sql`${t.uitkomst} <> 'gelukt'`),
  ],
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

/** Superseded by `toegangslog` (migration 0002); kept read-only so no earlier entry is lost. */
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
