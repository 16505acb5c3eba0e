import { sql } from "drizzle-orm";
import { bigint, bigserial, check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

/*
 * The access log (NEN 7513), and the log it superseded.
 */

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
