/**
 * The database schema (Drizzle), one file per aggregate in `schema/`: organisations, people and their
 * sign-in, cases (events and projections), the access log, practice, and retention. `drizzle.config.ts`
 * reads this file; repositories import the tables from here.
 *
 * Every table that holds case data carries `organisatie_id`; repositories always filter on it.
 */
export * from "./schema/organisaties.ts";
export * from "./schema/gebruikers.ts";
export * from "./schema/dossiers.ts";
export * from "./schema/toegangslog.ts";
export * from "./schema/oefenen.ts";
export * from "./schema/bewaren.ts";
