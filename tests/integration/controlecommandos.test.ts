/**
 * The two checks an operator runs, `npm run audit:verify` and `npm run projecties:controleer`, as scripts in a
 * process of their own on an embedded database in DATA_DIR. The checks themselves are tested through their
 * functions (`controleerToegangslog` in toegangslog*.test.ts, `controleerProjecties` in projecties.test.ts);
 * this proves that the commands find the problem, say so in Dutch and answer with their exit codes.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { openDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { legControlepuntVast } from "../../src/app/toegang/controlepunt.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { tijdelijkeMap } from "../helpers/tijdelijke-map.ts";
import { metLog, regenboog, SLEUTEL } from "../helpers/toegangslog.ts";

function voerUit(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts", script), ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", NODE_ENV: "", ...env },
  });
}

const auditVerify = (env: Record<string, string>) => voerUit("audit-verify.ts", [], env);

describe("npm run audit:verify on an embedded database", () => {
  it("passes an intact log, names a removed tail against the checkpoint (exit 1), and refuses a checkpoint under another key", async () => {
    const dataDir = tijdelijkeMap("meldwijzer-audit-verify-");
    const controlepunten = path.join(dataDir, "controlepunten");
    const env = {
      DATA_DIR: dataDir,
      MELDWIJZER_CONTROLEPUNTEN: controlepunten,
      MELDWIJZER_LOG_SLEUTEL: new TextDecoder().decode(SLEUTEL),
    };
    const openen = () => openDatabase({ dataDir, migratiesMap: path.resolve("drizzle") });

    // Seven sealed entries in the organisation's chain, and a checkpoint that saw all seven.
    const db = await metLog(openen);
    try {
      assert.ok(await legControlepuntVast(db.db, { map: controlepunten, sleutel: SLEUTEL }, new Date()));
    } finally {
      await db.sluit();
    }

    const intact = auditVerify(env);
    assert.equal(intact.status, 0, `${intact.stdout}\n${intact.stderr}`);
    assert.match(
      intact.stdout,
      /Toegangslog intact: \d+ regels in \d+ ketens gecontroleerd, tegen 1 controlepunten\./u,
    );

    const anderesleutel = auditVerify({ ...env, MELDWIJZER_LOG_SLEUTEL: "een-andere-sleutel-van-minstens-32-tekens" });
    assert.equal(anderesleutel.status, 1, anderesleutel.stderr);
    assert.match(anderesleutel.stderr, /Controlepunt controlepunt-.+\.json is ongeldig/u, anderesleutel.stderr);

    // The newest two entries removed behind the application's back, as the database owner: the chain that is
    // left is sound, so only the checkpoint can tell.
    const beheer = await openen();
    try {
      await beheer.db.transaction(async (tx) => {
        await tx.execute(sql.raw("alter table toegangslog disable trigger user"));
        await tx.execute(sql`delete from toegangslog where keten = ${regenboog} and volgnummer >= 6`);
        await tx.execute(sql.raw("alter table toegangslog enable trigger user"));
      });
    } finally {
      await beheer.sluit();
    }

    const ingekort = auditVerify(env);
    assert.equal(ingekort.status, 1, `${ingekort.stdout}\n${ingekort.stderr}`);
    assert.match(
      ingekort.stderr,
      new RegExp(
        `Toegangslog GEBROKEN: de keten van organisatie ${regenboog} eindigt bij regel 5, maar volgens controlepunt controlepunt-.+\\.json liep zij al tot regel 7 \\(de nieuwste regels zijn verwijderd\\)\\.`,
        "u",
      ),
      ingekort.stderr,
    );
  });
});

describe("npm run projecties:controleer on an embedded database", () => {
  it("finds the projections equal (exit 0), names a missing snapshot (exit 1), and repairs it with --herstel", async () => {
    const dataDir = tijdelijkeMap("meldwijzer-projecties-");
    const db = await openDatabase({ dataDir, migratiesMap: path.resolve("drizzle") });
    let id = "";
    try {
      const { mensen } = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"]]);
      const sanne = mensen[0] as Ingelogd;
      id = await openDossier(context(db), sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(context(db), sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
    } finally {
      await db.sluit();
    }
    const env = { DATA_DIR: dataDir };

    const gelijk = voerUit("projecties-controleer.ts", [], env);
    assert.equal(gelijk.status, 0, `${gelijk.stdout}\n${gelijk.stderr}`);
    assert.match(gelijk.stdout, /Projecties gelijk aan de gebeurtenissen: 1 dossiers gecontroleerd\./u);

    const beheer = await openDatabase({ dataDir, migratiesMap: path.resolve("drizzle") });
    try {
      await beheer.db.execute(sql`delete from dossier_toestanden where dossier_id = ${id}`);
    } finally {
      await beheer.sluit();
    }

    const afwijkend = voerUit("projecties-controleer.ts", [], env);
    assert.equal(afwijkend.status, 1, `${afwijkend.stdout}\n${afwijkend.stderr}`);
    assert.match(
      afwijkend.stderr,
      new RegExp(
        `Projectie WIJKT AF bij dossier ${id}: toestand is niet wat de gebeurtenissen opleveren\\.\\n1 van 1 dossiers wijken af\\.`,
        "u",
      ),
    );

    const herstel = voerUit("projecties-controleer.ts", ["--herstel"], env);
    assert.equal(herstel.status, 0, `${herstel.stdout}\n${herstel.stderr}`);
    assert.match(herstel.stdout, /1 dossiers hersteld/u);
    const weerGelijk = voerUit("projecties-controleer.ts", [], env);
    assert.equal(weerGelijk.status, 0, `${weerGelijk.stdout}\n${weerGelijk.stderr}`);
  });
});
