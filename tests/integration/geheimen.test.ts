import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { generateHOTP } from "@oslojs/otp";
import { decodeHex } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { gebruikers } from "../../src/adapters/db/schema.ts";
import { maakGebruiker, vindGebruiker } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { hashWachtwoord } from "../../src/adapters/crypto/wachtwoord.ts";
import {
  GeheimOnleesbaarFout,
  leesSleutelbos,
  ontsleutel,
  sleutelIdVan,
  sleutelVan,
  versleutel,
  type Sleutelbos,
} from "../../src/adapters/crypto/geheimen.ts";
import { sessieIdVan } from "../../src/adapters/crypto/sessie-token.ts";
import { roteerGeheimen } from "../../src/app/beheer/sleutel-roteren.ts";
import type { AppContext } from "../../src/app/context.ts";
import { bevestigTweestaps, nieuwTotpGeheim } from "../../src/app/sessie/account.ts";
import { bevestigTweedeStap, inloggen } from "../../src/app/sessie/inloggen.ts";
import { testDatabases } from "../helpers/databases.ts";

const WACHTWOORD = "paarse olifant danst traag";
const START = Date.parse("2026-11-22T09:00:00.000Z");
const base64 = () => randomBytes(32).toString("base64");
const bos = (huidig: string, oud?: string): Sleutelbos =>
  leesSleutelbos({ MELDWIJZER_GEHEIM_SLEUTEL: huidig, ...(oud ? { MELDWIJZER_GEHEIM_SLEUTEL_OUD: oud } : {}) });
const totpCode = (hex: string, ms: number) => generateHOTP(decodeHex(hex), BigInt(Math.floor(ms / 30_000)), 6);

describe("the key for secrets at rest (MELDWIJZER_GEHEIM_SLEUTEL)", () => {
  it("is required in production, must be 32 bytes of base64, and the old key must differ", () => {
    assert.throws(() => leesSleutelbos({ NODE_ENV: "production" }), /MELDWIJZER_GEHEIM_SLEUTEL ontbreekt/u);
    assert.throws(() => leesSleutelbos({ MELDWIJZER_GEHEIM_SLEUTEL: "te-kort" }), /32 bytes/u);
    assert.throws(() => leesSleutelbos({ MELDWIJZER_GEHEIM_SLEUTEL: randomBytes(16).toString("base64") }), /32 bytes/u);
    const k = base64();
    assert.throws(
      () => leesSleutelbos({ MELDWIJZER_GEHEIM_SLEUTEL: k, MELDWIJZER_GEHEIM_SLEUTEL_OUD: k }),
      /dezelfde sleutel/u,
    );
    assert.throws(() => leesSleutelbos({ MELDWIJZER_GEHEIM_SLEUTEL_OUD: k }), /zonder MELDWIJZER_GEHEIM_SLEUTEL/u);
    assert.equal(leesSleutelbos({ NODE_ENV: "production", MELDWIJZER_GEHEIM_SLEUTEL: k }).ontwikkel, false);
    assert.equal(leesSleutelbos({}).ontwikkel, true, "development: the derived demo key");
  });

  it("encrypts with AES-256-GCM: a fresh IV each time, the key id inside, bound to its purpose, tamper-evident", () => {
    const b = bos(base64());
    const een = versleutel(b, "geheim", "totp:a");
    assert.notEqual(een, versleutel(b, "geheim", "totp:a"), "a fresh IV");
    assert.equal(sleutelIdVan(een), b.huidig.id);
    assert.equal(ontsleutel(b, een, "totp:a"), "geheim");
    assert.throws(() => ontsleutel(b, een, "totp:b"), GeheimOnleesbaarFout, "copied to another person's row");
    const delen = een.split(".");
    const ct = Buffer.from(delen[3] ?? "", "base64url");
    ct[0] = (ct[0] ?? 0) ^ 1;
    delen[3] = ct.toString("base64url");
    assert.throws(() => ontsleutel(b, delen.join("."), "totp:a"), GeheimOnleesbaarFout, "one bit changed");
    assert.throws(() => ontsleutel(bos(base64()), een, "totp:a"), GeheimOnleesbaarFout, "another key");
    assert.equal(sleutelVan(Buffer.alloc(32, 7)).id, sleutelVan(Buffer.alloc(32, 7)).id, "the key id is stable");
  });
});

for (const database of await testDatabases()) {
  describe(`TOTP secrets encrypted at rest, and key rotation (${database.naam})`, () => {
    let db: GeopendeDatabase;
    let nu = START;
    const A = base64();
    const B = base64();
    const ctx = (sleutels: Sleutelbos): AppContext => ({ db: db.db, klok: () => new Date(nu), sleutels });
    let org: string;
    const opgeslagen = async (email: string) =>
      (await db.db.select({ g: gebruikers.totpGeheim }).from(gebruikers).where(eq(gebruikers.email, email)))[0]?.g ??
      null;

    async function persoon(email: string): Promise<string> {
      return maakGebruiker(db.db, {
        organisatieId: org,
        email,
        naam: "Iemand Anders",
        wachtwoordHash: await hashWachtwoord(WACHTWOORD),
        rollen: ["medewerker"],
      });
    }
    async function tweedeStap(c: AppContext, email: string, hex: string) {
      nu += 31_000;
      const { token } = await inloggen(c, email, WACHTWOORD, "10.0.0.1");
      return bevestigTweedeStap(c, token, totpCode(hex, nu), "10.0.0.1");
    }

    before(async () => {
      db = await database.open();
      org = await maakOrganisatie(db.db, "Geheimen", "onderwijs", []);
    });
    after(() => db.sluit());

    it("setting up two-step sign-in stores the secret encrypted, and signing in opens it", async () => {
      const id = await persoon("nieuw@geheim.test");
      const c = ctx(bos(A));
      const { token } = await inloggen(c, "nieuw@geheim.test", WACHTWOORD, "10.0.0.1");
      const gebruiker = await vindGebruiker(db.db, id);
      const { geheimHex } = nieuwTotpGeheim("nieuw@geheim.test");
      await bevestigTweestaps(
        c,
        { gebruiker: gebruiker!, adres: null },
        sessieIdVan(token),
        geheimHex,
        totpCode(geheimHex, nu),
      );
      const waarde = await opgeslagen("nieuw@geheim.test");
      assert.match(waarde ?? "", /^mwg1\./u);
      assert.ok(!waarde?.includes(geheimHex), "not in clear");
      assert.ok((await tweedeStap(c, "nieuw@geheim.test", geheimHex)).token);
    });

    it("a secret still in clear (an existing database) keeps working and is encrypted at its first use", async () => {
      const id = await persoon("oud@geheim.test");
      const hex = "3132333435363738393031323334353637383930";
      await db.db.update(gebruikers).set({ totpGeheim: hex }).where(eq(gebruikers.id, id));
      assert.ok((await tweedeStap(ctx(bos(A)), "oud@geheim.test", hex)).token);
      assert.equal(sleutelIdVan((await opgeslagen("oud@geheim.test")) ?? ""), bos(A).huidig.id);
    });

    it("npm run sleutel:roteer re-encrypts under the new key while the old one is accepted; afterwards the old key alone opens nothing", async () => {
      const id = await persoon("nog-helder@geheim.test");
      const hex = "4142434445464748494a4b4c4d4e4f5051525354";
      await db.db.update(gebruikers).set({ totpGeheim: hex }).where(eq(gebruikers.id, id));
      // During the rotation: new key B, old key A still read.
      const verslag = await roteerGeheimen(ctx(bos(B, A)));
      assert.deepEqual(verslag, { opnieuw: 3, alGoed: 0, onleesbaar: [] });
      for (const email of ["nieuw@geheim.test", "oud@geheim.test", "nog-helder@geheim.test"])
        assert.equal(sleutelIdVan((await opgeslagen(email)) ?? ""), bos(B).huidig.id, email);
      assert.deepEqual(
        await roteerGeheimen(ctx(bos(B))),
        { opnieuw: 0, alGoed: 3, onleesbaar: [] },
        "a second run has nothing to do",
      );
      assert.ok((await tweedeStap(ctx(bos(B)), "nog-helder@geheim.test", hex)).token, "the new key alone works");
      await assert.rejects(
        tweedeStap(ctx(bos(A)), "nog-helder@geheim.test", hex),
        GeheimOnleesbaarFout,
        "the old key alone does not",
      );
      const zonderOud = await roteerGeheimen(ctx(bos(base64())));
      assert.equal(zonderOud.onleesbaar.length, 3, "a wrong key is reported, nothing is overwritten");
      assert.equal(sleutelIdVan((await opgeslagen("nieuw@geheim.test")) ?? ""), bos(B).huidig.id);
    });
  });
}
