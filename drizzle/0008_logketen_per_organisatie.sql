-- Decision 0028: the access log becomes one hash chain per organisation (and one for entries without
-- an organisation), so that organisations never wait for each other's log writes. Every entry written
-- so far stays, unchanged, in the closed chain `installatie`: its hashes and sequence numbers still
-- verify as before. A column added with a constant default rewrites no row, so no trigger fires.
ALTER TABLE "toegangslog" ADD COLUMN "keten" text DEFAULT 'installatie' NOT NULL;--> statement-breakpoint
ALTER TABLE "toegangslog" ALTER COLUMN "keten" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "toegangslog" DROP CONSTRAINT "toegangslog_pkey";--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_keten_volgnummer_pk" PRIMARY KEY("keten","volgnummer");
