import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { openDatabase, type GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { eenmaligeLinks, gebruikers, organisaties, toegangslog } from "../../src/adapters/db/schema.ts";
import { maakNieuweOrganisatie } from "../../src/app/organisatie/nieuwe-organisatie.ts";
import { inloggen } from "../../src/app/sessie/inloggen.ts";
import { stelWachtwoordIn } from "../../src/app/sessie/account.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, NU } from "../helpers/fabriek.ts";

const mappen: string[] = [];
after(() => mappen.forEach((m) => rmSync(m, { recursive: true, force: true })));

async function tellingen(db: GeopendeDatabase) {
  const [o] = await db.db.select({ n: sql<number>`count(*)::int` }).from(organisaties);
  const [g] = await db.db.select({ n: sql<number>`count(*)::int` }).from(gebruikers);
  const [l] = await db.db.select({ n: sql<number>`count(*)::int` }).from(eenmaligeLinks);
  const [t] = await db.db.select({ n: sql<number>`count(*)::int` }).from(toegangslog);
  return { organisaties: o?.n, gebruikers: g?.n, links: l?.n, log: t?.n };
}

function velden(fout: unknown): string[] {
  assert.ok(fout instanceof DomeinFout, `a domain error, got ${String(fout)}`);
  return fout.velden.map((v) => `${v.veld}:${v.sleutel}`);
}

for (const testDb of await testDatabases()) {
  describe(`setting up an organisation in production (${testDb.naam})`, () => {
    it("creates the organisation, its first beheerder without a password, a week's link and a log entry by the installation", async () => {
      const db = await testDb.open();
      try {
        const ctx = context(db);
        const nieuw = await maakNieuweOrganisatie(
          ctx,
          {
            naam: "Jeugdhulp De Brug",
            sector: "jeugdhulp",
            beheerder: "Beheer@DeBrug.example",
            beheerderNaam: "Karin Smit",
          },
          "operator@host",
        );
        const [org] = await db.db.select().from(organisaties).where(eq(organisaties.id, nieuw.organisatieId));
        assert.ok(org, "organisation stored");
        assert.equal(org.sector, "jeugdhulp", "sector");
        assert.equal(org.protocol, null, "the standard protocol until a beheerder sets one");
        assert.equal(org.bewaarjaren, null, "the sector's term until a beheerder sets one");
        assert.equal(nieuw.bewaarjaren, 20, "jeugdhulp keeps 20 years");
        assert.deepEqual(
          org.tweestapsVerplichtVoor,
          ["aandachtsfunctionaris", "eindverantwoordelijke", "beheerder", "logbeheerder"],
          "two-step required for the key roles",
        );
        assert.deepEqual(nieuw.tweestapsVerplichtVoor, org.tweestapsVerplichtVoor, "reported as stored");

        const [beheerder] = await db.db.select().from(gebruikers).where(eq(gebruikers.id, nieuw.beheerderId));
        assert.ok(beheerder, "beheerder stored");
        assert.equal(beheerder.email, "beheer@debrug.example", "address in lower case");
        assert.deepEqual(beheerder.rollen, ["beheerder"], "only the beheerder role");
        assert.ok(!beheerder.wachtwoordHash.startsWith("$argon2"), "no usable password");

        const [link] = await db.db
          .select()
          .from(eenmaligeLinks)
          .where(eq(eenmaligeLinks.gebruikerId, nieuw.beheerderId));
        assert.ok(link, "a link");
        assert.equal(link.doel, "uitnodiging", "an invitation link");
        assert.equal(link.verlooptOp.getTime() - NU.getTime(), 7 * 24 * 3600 * 1000, "valid 7 days");
        assert.equal(nieuw.geldigTot.getTime(), link.verlooptOp.getTime(), "reported as stored");
        assert.notEqual(link.id, nieuw.token, "only the token's hash is stored");

        const regels = await db.db.select().from(toegangslog).where(eq(toegangslog.keten, nieuw.organisatieId));
        assert.equal(regels.length, 1, "one entry in the organisation's own chain");
        const [regel] = regels;
        assert.equal(regel?.actie, "organisatie_aanmaken", "action");
        assert.equal(regel?.gebruikerId, null, "not a user of the organisation");
        assert.equal(regel?.rol, "installatie", "by the installation");
        assert.match(regel?.details ?? "", /operator@host/u, "the operator's account");
        assert.match(regel?.details ?? "", new RegExp(nieuw.beheerderId, "u"), "the first beheerder");

        await assert.rejects(
          inloggen(ctx, "beheer@debrug.example", "!uitgenodigd", null),
          (f: unknown) => f instanceof DomeinFout && f.code === "NIET_INGELOGD",
          "cannot sign in before the link is used",
        );

        // The link works with the app's own page: set a password, then sign in; two-step is asked next.
        await stelWachtwoordIn(ctx, nieuw.token, "een lange zin als wachtwoord voor de brug", null);
        const aangemeld = await inloggen(
          ctx,
          "beheer@debrug.example",
          "een lange zin als wachtwoord voor de brug",
          null,
        );
        assert.equal(aangemeld.stap, "instellen", "the beheerder must set up two-step sign-in first");
        await verzegelToegangslog(db.db);
        assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "the log verifies");
      } finally {
        await db.sluit();
      }
    });

    it("refuses an existing name or address and creates nothing", async () => {
      const db = await testDb.open();
      try {
        const ctx = context(db);
        await maakNieuweOrganisatie(
          ctx,
          { naam: "OBS De Linde", sector: "onderwijs", beheerder: "ict@delinde.example" },
          "operator@host",
        );
        const voor = await tellingen(db);
        const gevallen: [string, Record<string, string>, string[]][] = [
          [
            "the same name in other capitals and spacing",
            { naam: " obs  de LINDE ", sector: "kinderopvang", beheerder: "ander@delinde.example" },
            ["naam:fout.organisatie_bestaat"],
          ],
          [
            "an address already in use",
            { naam: "OBS De Eik", sector: "onderwijs", beheerder: "ICT@delinde.example" },
            ["beheerder:fout.email_bestaat"],
          ],
          [
            "an unknown sector",
            { naam: "OBS De Eik", sector: "horeca", beheerder: "eik@example.nl" },
            ["sector:fout.ongeldige_keuze"],
          ],
          [
            "a malformed address",
            { naam: "OBS De Eik", sector: "onderwijs", beheerder: "eik@" },
            ["beheerder:fout.ongeldig_formaat"],
          ],
        ];
        for (const [wat, invoer, verwacht] of gevallen) {
          await assert.rejects(
            maakNieuweOrganisatie(ctx, invoer, "operator@host"),
            (f: unknown) => (assert.deepEqual(velden(f), verwacht, wat), true),
            wat,
          );
          assert.deepEqual(await tellingen(db), voor, `${wat}: nothing created`);
        }
      } finally {
        await db.sluit();
      }
    });
  });
}

describe("npm run organisatie:nieuw", () => {
  const script = path.resolve("scripts", "organisatie-nieuw.ts");
  function voerUit(args: string[], env: Record<string, string>) {
    return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
  }

  it("creates on PGlite in production with a link from MELDWIJZER_BASIS_URL, and refuses while the app holds the data directory", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mw-org-"));
    mappen.push(dataDir);
    const env = { DATA_DIR: dataDir, NODE_ENV: "production", MELDWIJZER_BASIS_URL: "https://meldwijzer.example.nl/" };
    const args = ["--naam", "Kinderopvang Zon", "--sector", "kinderopvang", "--beheerder", "zon@example.nl"];

    const zonderUrl = voerUit(args, { ...env, MELDWIJZER_BASIS_URL: "" });
    assert.equal(zonderUrl.status, 1, zonderUrl.stderr);
    assert.match(zonderUrl.stderr, /MELDWIJZER_BASIS_URL ontbreekt/u, "refused without a base URL in production");

    const gelukt = voerUit(args, env);
    assert.equal(gelukt.status, 0, gelukt.stderr);
    assert.match(
      gelukt.stdout,
      /https:\/\/meldwijzer\.example\.nl\/wachtwoord-instellen\/[a-z2-7]{32}\n/u,
      "the one-time link",
    );

    const nogEens = voerUit(args, env);
    assert.equal(nogEens.status, 1, "an existing name");
    assert.match(
      nogEens.stderr,
      /--naam: Er bestaat al een organisatie met deze naam\.\nEr is niets aangemaakt\./u,
      nogEens.stderr,
    );

    const ontbreekt = voerUit(["--naam", "Iets"], env);
    assert.equal(ontbreekt.status, 1, "missing flags");
    assert.match(ontbreekt.stderr, /Ontbrekende opties: --sector, --beheerder\./u, ontbreekt.stderr);

    // The running app holds the directory (decision 0024): the command must not open it as well.
    const app = await openDatabase({ dataDir, migratiesMap: path.resolve("drizzle") });
    try {
      // Asynchronously: the lock's holder (this process) must be free to answer with its pid.
      const bezet = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", script, "--naam", "Tweede", "--sector", "overig", "--beheerder", "twee@example.nl"],
        { encoding: "utf8", env: { ...process.env, DATABASE_URL: "", ...env } },
      ).then(
        () => ({ status: 0, stderr: "" }),
        (f: { code: number; stderr: string }) => ({ status: f.code, stderr: f.stderr }),
      );
      assert.equal(bezet.status, 1, bezet.stderr);
      assert.match(bezet.stderr, /in gebruik door een ander proces \(pid \d+\)[\s\S]*Stop de app/u, bezet.stderr);
      const [n] = await app.db.select({ n: sql<number>`count(*)::int` }).from(organisaties);
      assert.equal(n?.n, 1, "only the first organisation");
    } finally {
      await app.sluit();
    }
  });
});
