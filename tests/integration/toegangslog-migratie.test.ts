import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { openDatabase } from "../../src/adapters/db/database.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { gebruikers, toegangslog } from "../../src/adapters/db/schema.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { log } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { BEGIN_HASH, beginVan, ketenHash, OUDE_KETEN, type LogInhoud } from "../../src/domain/toegang/logketen.ts";
import { tijdelijkeMap } from "../helpers/tijdelijke-map.ts";
import { naManipulatie } from "../helpers/toegangslog.ts";

/** The migration to chains per organisation (decision 0028) keeps the entries written before it. */
describe("the migration to chains per organisation (decision 0028)", () => {
  it("keeps the entries written before it, unchanged and verifiable, as the closed chain `installatie`; new chains begin at its end", async () => {
    const dataDir = tijdelijkeMap();
    const oudeMigraties = tijdelijkeMap();
    const migraties = path.resolve("drizzle");
    mkdirSync(path.join(oudeMigraties, "meta"));
    const journaal = JSON.parse(readFileSync(path.join(migraties, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const tot = journaal.entries.findIndex((e) => e.tag === "0008_logketen_per_organisatie");
    assert.ok(tot > 0, "the migration is in the journal");
    writeFileSync(
      path.join(oudeMigraties, "meta", "_journal.json"),
      JSON.stringify({ ...journaal, entries: journaal.entries.slice(0, tot) }),
    );
    for (const bestand of readdirSync(migraties).filter((b) => b.endsWith(".sql")))
      copyFileSync(path.join(migraties, bestand), path.join(oudeMigraties, bestand));

    // Before: one chain over the installation, as decision 0014 wrote it.
    const voor = await openDatabase({ dataDir, migratiesMap: oudeMigraties });
    // Plain SQL: the repositories write today's columns, which this older schema does not have yet.
    const organisatieId = await maakOrganisatie(voor.db, "Wilgenhof", "onderwijs");
    await voor.db.execute(
      sql`insert into gebruikers (organisatie_id, email, naam, wachtwoord_hash, rollen) values (${organisatieId}, 'p0@wilgenhof.example', 'Persoon 0', 'niet-gebruikt', ARRAY['medewerker'])`,
    );
    const [persoon] = await voor.db
      .select({ id: gebruikers.id })
      .from(gebruikers)
      .where(sql`email = 'p0@wilgenhof.example'`);
    const wie: Ingelogd = {
      gebruiker: {
        id: persoon?.id ?? "",
        organisatieId,
        organisatieNaam: "Wilgenhof",
        sector: "onderwijs",
        email: "p0@wilgenhof.example",
        naam: "Persoon 0",
        rollen: ["medewerker"],
        actief: true,
        tweestaps: false,
        tweestapsVerplichtVoor: [],
        bewaarjaren: null,
      },
      adres: "127.0.0.1",
    };
    let vorige = BEGIN_HASH;
    for (let volgnummer = 1; volgnummer <= 3; volgnummer += 1) {
      const inhoud: LogInhoud = {
        keten: OUDE_KETEN,
        volgnummer,
        tijdstip: `2026-11-2${volgnummer}T09:00:00.000Z`,
        organisatieId,
        gebruikerId: wie.gebruiker.id,
        rol: "medewerker",
        namens: null,
        actie: "dossiers_lijst",
        dossierId: null,
        uitkomst: "gelukt",
        grondslag: null,
        adres: "127.0.0.1",
        details: "0",
      };
      const hash = ketenHash(vorige, inhoud);
      await voor.db.execute(
        sql`insert into toegangslog (volgnummer, tijdstip, organisatie_id, gebruiker_id, rol, actie, uitkomst, adres, details, vorige_hash, hash) values (${volgnummer}, ${inhoud.tijdstip}, ${organisatieId}, ${wie.gebruiker.id}, 'medewerker', 'dossiers_lijst', 'gelukt', '127.0.0.1', '0', ${vorige}, ${hash})`,
      );
      vorige = hash;
    }
    await voor.sluit();

    const na = await openDatabase({ dataDir, migratiesMap: migraties });
    try {
      const rijen = await na.db
        .select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer, hash: toegangslog.hash })
        .from(toegangslog)
        .orderBy(toegangslog.volgnummer);
      assert.deepEqual(
        rijen.map((r) => r.keten),
        [OUDE_KETEN, OUDE_KETEN, OUDE_KETEN],
        "the old entries form the chain `installatie`",
      );
      assert.equal(rijen.at(-1)?.hash, vorige, "their hashes are untouched");
      assert.deepEqual(
        await controleerToegangslog(na.db),
        { gecontroleerd: 3, ketens: 1, controlepunten: 0, eersteBreuk: null },
        "they verify as before",
      );
      await na.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      await verzegelToegangslog(na.db);
      const [eerste] = await na.db
        .select()
        .from(toegangslog)
        .where(sql`keten = ${organisatieId}`);
      assert.equal(
        eerste?.vorigeHash,
        beginVan(organisatieId, vorige),
        "the organisation's chain begins at the old chain's last hash",
      );
      assert.deepEqual(await controleerToegangslog(na.db), {
        gecontroleerd: 4,
        ketens: 2,
        controlepunten: 0,
        eersteBreuk: null,
      });
      const breuk = await naManipulatie(
        na,
        `delete from toegangslog where keten = '${OUDE_KETEN}' and volgnummer = 3`,
        (tx) => controleerToegangslog(tx),
      );
      assert.deepEqual(
        breuk.eersteBreuk,
        { soort: "schakel", keten: organisatieId, volgnummer: 1 },
        "the old chain's newest entry removed: caught without a checkpoint",
      );
    } finally {
      await na.sluit();
    }
  });
});
