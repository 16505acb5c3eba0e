import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CORPUS, SECTIES, SECTOREN } from "./feitelijkheid.corpus.ts";
import {
  WOORDREGEL_SOORTEN,
  alsGelabeld,
  leesGelabeldeZinnen,
  meetCorpus,
  meetZinnen,
  verwachteSpans,
} from "./feitelijkheid.meting.ts";

// The measurement on the labelled corpora.

describe("corpus measurement", () => {
  it("the corpus is large, about half factual, and every label occurs in its sentence", () => {
    const feitelijk = CORPUS.filter((z) => z.verwacht.length === 0).length;
    assert.ok(CORPUS.length >= 300, `at least 300 sentences, got ${CORPUS.length}`);
    for (const sector of SECTOREN)
      assert.ok(
        CORPUS.some((z) => z.sector === sector || (sector === "onderwijs" && z.sector === undefined)),
        `sector ${sector}`,
      );
    for (const sectie of SECTIES)
      assert.ok(
        CORPUS.some((z) => z.sectie === sectie && z.verwacht.length > 0) &&
          CORPUS.some((z) => z.sectie === sectie && z.verwacht.length === 0),
        `section ${sectie}: facts and interpretations`,
      );
    assert.ok(
      feitelijk / CORPUS.length >= 0.4 && feitelijk / CORPUS.length <= 0.6,
      `about half factual, got ${feitelijk}`,
    );
    for (const zin of CORPUS) assert.doesNotThrow(() => verwachteSpans(zin), `labels of: ${zin.tekst}`);
  });

  it("reaches precision and recall of at least 95% on findings and on sentences", () => {
    const meting = meetCorpus();
    const details = `missed ${JSON.stringify(meting.gemist)}; unexpected ${JSON.stringify(meting.onterecht)}`;
    assert.equal(meting.zinnen, CORPUS.length, "all sentences measured");
    assert.ok(meting.precisie >= 0.95, `finding precision ${meting.precisie}; ${details}`);
    assert.ok(meting.recall >= 0.95, `finding recall ${meting.recall}; ${details}`);
    assert.ok(meting.zinsniveau.precisie >= 0.95, `sentence precision ${meting.zinsniveau.precisie}`);
    assert.ok(meting.zinsniveau.recall >= 0.95, `sentence recall ${meting.zinsniveau.recall}`);
    for (const soort of WOORDREGEL_SOORTEN) {
      assert.ok(meting.perSoort[soort].precisie >= 0.9, `precision of ${soort}: ${meting.perSoort[soort].precisie}`);
      assert.ok(meting.perSoort[soort].recall >= 0.9, `recall of ${soort}: ${meting.perSoort[soort].recall}`);
    }
  });

  it("at sentence level, the training corpus keeps recall at 95% and false flags under 5%", () => {
    const meting = meetZinnen(alsGelabeld());
    const details = `missed ${JSON.stringify(meting.gemist.map((z) => z.tekst))}; flagged ${JSON.stringify(meting.onterecht.map((o) => o.zin.tekst))}`;
    assert.equal(meting.zinnen, CORPUS.length, "all sentences");
    assert.ok(meting.recall >= 0.95, `recall ${meting.recall}; ${details}`);
    assert.ok(meting.valseMeldingen <= 0.05, `false flags ${meting.valseMeldingen}; ${details}`);
  });

  it("measures any labelled split per kind, sector and section, and refuses a malformed one", () => {
    const zinnen = leesGelabeldeZinnen([
      {
        tekst: "Vader heeft een kort lontje.",
        label: "interpretatie",
        soort: "karakter",
        sector: "jeugdhulp",
        sectie: "feiten",
      },
      { tekst: "Op 3 maart schreeuwde vader.", label: "feit", sector: "jeugdhulp", sectie: "feiten" },
      { tekst: "Op 3 maart was vader altijd boos.", label: "feit", sector: "onderwijs", sectie: "gesprek" },
      {
        tekst: "Vader ging op 3 maart weg.",
        label: "interpretatie",
        soort: "vaag",
        sector: "onderwijs",
        sectie: "gesprek",
      },
    ]);
    const meting = meetZinnen(zinnen);
    assert.deepEqual(
      [meting.recall, meting.valseMeldingen],
      [0.5, 0.5],
      "one of two interpretations found, one of two facts flagged",
    );
    assert.deepEqual(
      meting.perSoort["karakter"],
      { feiten: 0, valsGemarkeerd: 0, interpretaties: 1, herkend: 1, recall: 1, valseMeldingen: 0 },
      "per kind",
    );
    assert.equal(meting.perSector["onderwijs"]?.valseMeldingen, 1, "per sector");
    assert.equal(meting.perSectie["feiten"]?.recall, 1, "per section");
    assert.deepEqual(
      meting.gemist.map((z) => z.tekst),
      ["Vader ging op 3 maart weg."],
      "the miss is listed",
    );
    assert.throws(() => leesGelabeldeZinnen([{ tekst: "x", label: "mening" }]), "an unknown label is refused");
    assert.throws(() => leesGelabeldeZinnen({ tekst: "x" }), "not an array");
  });

  it("counts a finding as correct only when soort and span both match", () => {
    const meting = meetCorpus([{ tekst: "Vader is agressief.", verwacht: [{ soort: "vaag", fragment: "agressief" }] }]);
    assert.equal(meting.precisie, 0, "wrong soort is not correct");
    assert.equal(meting.recall, 0, "and the expected finding is missed");
    assert.equal(meting.bevindingenVerwacht, 1, "one expected finding");
  });
});
