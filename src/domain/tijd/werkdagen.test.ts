import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  dagenNa,
  feestdagenIn,
  isFeestdag,
  isWerkdag,
  jarenNa,
  laatsteDagMeerDanWerkdagen,
  werkdagenNa,
  werkdagenTussen,
} from "./werkdagen.ts";

/** The date of the holiday called `naam` in `jaar`, so that a test reads like the calendar. */
function datumVan(jaar: number, naam: string): string | undefined {
  return feestdagenIn(jaar).find((f) => f.naam === naam)?.datum;
}

describe("Easter and the holidays that move with it", () => {
  // Easter Sunday itself is not in the list (a Sunday); Goede Vrijdag is Easter − 2, tweede Paasdag + 1,
  // Hemelvaart + 39, tweede Pinksterdag + 50. 2285 has the earliest possible Easter, 2038 almost the latest.
  const tabel: readonly {
    jaar: number;
    pasen: string;
    goedeVrijdag: string;
    paasmaandag: string;
    hemelvaart: string;
    pinkstermaandag: string;
  }[] = [
    {
      jaar: 2024,
      pasen: "2024-03-31",
      goedeVrijdag: "2024-03-29",
      paasmaandag: "2024-04-01",
      hemelvaart: "2024-05-09",
      pinkstermaandag: "2024-05-20",
    },
    {
      jaar: 2025,
      pasen: "2025-04-20",
      goedeVrijdag: "2025-04-18",
      paasmaandag: "2025-04-21",
      hemelvaart: "2025-05-29",
      pinkstermaandag: "2025-06-09",
    },
    {
      jaar: 2026,
      pasen: "2026-04-05",
      goedeVrijdag: "2026-04-03",
      paasmaandag: "2026-04-06",
      hemelvaart: "2026-05-14",
      pinkstermaandag: "2026-05-25",
    },
    {
      jaar: 2027,
      pasen: "2027-03-28",
      goedeVrijdag: "2027-03-26",
      paasmaandag: "2027-03-29",
      hemelvaart: "2027-05-06",
      pinkstermaandag: "2027-05-17",
    },
    {
      jaar: 2038,
      pasen: "2038-04-25",
      goedeVrijdag: "2038-04-23",
      paasmaandag: "2038-04-26",
      hemelvaart: "2038-06-03",
      pinkstermaandag: "2038-06-14",
    },
    {
      jaar: 2285,
      pasen: "2285-03-22",
      goedeVrijdag: "2285-03-20",
      paasmaandag: "2285-03-23",
      hemelvaart: "2285-04-30",
      pinkstermaandag: "2285-05-11",
    },
  ];
  for (const geval of tabel) {
    it(`${geval.jaar}: Pasen op ${geval.pasen}`, () => {
      assert.equal(datumVan(geval.jaar, "Goede Vrijdag"), geval.goedeVrijdag, "Goede Vrijdag");
      assert.equal(datumVan(geval.jaar, "Tweede Paasdag"), geval.paasmaandag, "tweede Paasdag");
      assert.equal(datumVan(geval.jaar, "Hemelvaartsdag"), geval.hemelvaart, "Hemelvaartsdag");
      assert.equal(datumVan(geval.jaar, "Tweede Pinksterdag"), geval.pinkstermaandag, "tweede Pinksterdag");
      // Easter Sunday sits between Goede Vrijdag and the Monday: a Sunday, so no working day, and no listed holiday.
      assert.equal(
        werkdagenTussen(geval.goedeVrijdag, geval.paasmaandag),
        0,
        "werkdag tussen Goede Vrijdag en tweede Paasdag",
      );
      assert.equal(isWerkdag(geval.pasen), false, "eerste Paasdag is een werkdag");
      assert.equal(isFeestdag(geval.pasen), null, "eerste Paasdag staat in de lijst");
    });
  }

  it("Pinksteren 2026 is 24 and 25 May", () => {
    assert.equal(isWerkdag("2026-05-24"), false, "eerste Pinksterdag (zondag) is een werkdag");
    assert.deepEqual(
      isFeestdag("2026-05-25"),
      { datum: "2026-05-25", naam: "Tweede Pinksterdag" },
      "tweede Pinksterdag",
    );
  });
});

describe("Koningsdag", () => {
  const tabel: readonly { jaar: number; verwacht: string; waarom: string }[] = [
    { jaar: 2025, verwacht: "2025-04-26", waarom: "27 April is a Sunday" },
    { jaar: 2026, verwacht: "2026-04-27", waarom: "27 April is a Monday" },
    { jaar: 2031, verwacht: "2031-04-26", waarom: "27 April is a Sunday" },
    { jaar: 2030, verwacht: "2030-04-27", waarom: "27 April is a Saturday: it stays, and simply costs no working day" },
  ];
  for (const { jaar, verwacht, waarom } of tabel) {
    it(`${jaar}: ${verwacht} (${waarom})`, () => {
      assert.equal(datumVan(jaar, "Koningsdag"), verwacht, "datum van Koningsdag");
    });
  }
});

describe("feestdagenIn", () => {
  it("lists the nine days of 2026 in date order, Goede Vrijdag included", () => {
    assert.deepEqual(
      feestdagenIn(2026),
      [
        { datum: "2026-01-01", naam: "Nieuwjaarsdag" },
        { datum: "2026-04-03", naam: "Goede Vrijdag" },
        { datum: "2026-04-06", naam: "Tweede Paasdag" },
        { datum: "2026-04-27", naam: "Koningsdag" },
        { datum: "2026-05-05", naam: "Bevrijdingsdag" },
        { datum: "2026-05-14", naam: "Hemelvaartsdag" },
        { datum: "2026-05-25", naam: "Tweede Pinksterdag" },
        { datum: "2026-12-25", naam: "Eerste Kerstdag" },
        { datum: "2026-12-26", naam: "Tweede Kerstdag" },
      ],
      "feestdagen 2026",
    );
  });

  it("keeps both holidays when Hemelvaart falls on 5 May (2016)", () => {
    const vijfMei = feestdagenIn(2016)
      .filter((f) => f.datum === "2016-05-05")
      .map((f) => f.naam);
    assert.deepEqual(vijfMei, ["Bevrijdingsdag", "Hemelvaartsdag"], "beide feestdagen op 5 mei 2016");
    assert.equal(isFeestdag("2016-05-05")?.naam, "Bevrijdingsdag", "isFeestdag geeft de eerste uit de lijst");
  });

  it("cannot be changed by a caller (the list is shared between calls)", () => {
    const lijst = feestdagenIn(2026);
    assert.ok(Object.isFrozen(lijst), "lijst is niet bevroren");
    assert.ok(
      lijst.every((f) => Object.isFrozen(f)),
      "feestdag is niet bevroren",
    );
  });

  const ongeldig: readonly number[] = [1582, 10000, 2026.5, Number.NaN];
  for (const jaar of ongeldig) {
    it(`refuses year ${String(jaar)}`, () => {
      assert.throws(() => feestdagenIn(jaar), RangeError, `jaar ${String(jaar)} geaccepteerd`);
    });
  }
});

describe("isWerkdag and isFeestdag", () => {
  const tabel: readonly { datum: string; werkdag: boolean; feestdag: string | null }[] = [
    { datum: "2026-01-01", werkdag: false, feestdag: "Nieuwjaarsdag" },
    { datum: "2026-01-02", werkdag: true, feestdag: null },
    { datum: "2026-01-03", werkdag: false, feestdag: null }, // zaterdag
    { datum: "2026-01-04", werkdag: false, feestdag: null }, // zondag
    { datum: "2026-04-03", werkdag: false, feestdag: "Goede Vrijdag" },
    { datum: "2026-04-27", werkdag: false, feestdag: "Koningsdag" },
    { datum: "2026-04-28", werkdag: true, feestdag: null },
    { datum: "2026-05-05", werkdag: false, feestdag: "Bevrijdingsdag" },
    { datum: "2025-05-05", werkdag: false, feestdag: "Bevrijdingsdag" }, // not a lustrum year: the law counts it anyway
    { datum: "2026-05-14", werkdag: false, feestdag: "Hemelvaartsdag" },
    { datum: "2026-05-15", werkdag: true, feestdag: null },
    { datum: "2026-12-25", werkdag: false, feestdag: "Eerste Kerstdag" },
    { datum: "2026-12-26", werkdag: false, feestdag: "Tweede Kerstdag" },
    { datum: "2026-12-31", werkdag: true, feestdag: null },
    { datum: "2028-02-29", werkdag: true, feestdag: null }, // schrikkeldag, dinsdag
  ];
  for (const { datum, werkdag, feestdag } of tabel) {
    it(`${datum}: ${werkdag ? "werkdag" : "geen werkdag"}${feestdag ? ` (${feestdag})` : ""}`, () => {
      assert.equal(isWerkdag(datum), werkdag, "isWerkdag");
      assert.equal(isFeestdag(datum)?.naam ?? null, feestdag, "isFeestdag");
    });
  }
});

describe("werkdagenNa", () => {
  const tabel: readonly { naam: string; datum: string; aantal: number; verwacht: string }[] = [
    { naam: "zero days is the date itself", datum: "2026-04-15", aantal: 0, verwacht: "2026-04-15" },
    { naam: "zero days from a Saturday stays on the Saturday", datum: "2026-01-03", aantal: 0, verwacht: "2026-01-03" },
    { naam: "an ordinary week: Friday + 5 is the next Friday", datum: "2026-03-13", aantal: 5, verwacht: "2026-03-20" },
    {
      naam: "Christmas and New Year: Thursday 24 Dec + 5 skips 25 Dec and Friday 1 Jan",
      datum: "2026-12-24",
      aantal: 5,
      verwacht: "2027-01-04",
    },
    {
      naam: "year boundary: 31 Dec 2025 + 1 skips Nieuwjaarsdag",
      datum: "2025-12-31",
      aantal: 1,
      verwacht: "2026-01-02",
    },
    {
      naam: "year boundary: Thursday 31 Dec 2026 + 1 skips Friday 1 Jan",
      datum: "2026-12-31",
      aantal: 1,
      verwacht: "2027-01-04",
    },
    {
      naam: "Easter 2026: Thursday + 1 skips Goede Vrijdag and tweede Paasdag",
      datum: "2026-04-02",
      aantal: 1,
      verwacht: "2026-04-07",
    },
    {
      naam: "Easter 2025: Thursday + 3 skips Goede Vrijdag and tweede Paasdag",
      datum: "2025-04-17",
      aantal: 3,
      verwacht: "2025-04-24",
    },
    { naam: "Koningsdag 2026 on a Monday", datum: "2026-04-24", aantal: 1, verwacht: "2026-04-28" },
    { naam: "Koningsdag 2025 on a Saturday costs nothing", datum: "2025-04-25", aantal: 1, verwacht: "2025-04-28" },
    { naam: "Koningsdag and Bevrijdingsdag in one stretch", datum: "2026-04-20", aantal: 10, verwacht: "2026-05-06" },
    { naam: "Bevrijdingsdag 2026 on a Tuesday", datum: "2026-05-04", aantal: 1, verwacht: "2026-05-06" },
    {
      naam: "Bevrijdingsdag and Hemelvaart on consecutive days (2027)",
      datum: "2027-05-04",
      aantal: 1,
      verwacht: "2027-05-07",
    },
    { naam: "Hemelvaart 2026: Wednesday + 2", datum: "2026-05-13", aantal: 2, verwacht: "2026-05-18" },
    {
      naam: "Pinksteren 2026: Friday + 1 skips tweede Pinksterdag",
      datum: "2026-05-22",
      aantal: 1,
      verwacht: "2026-05-26",
    },
    {
      naam: "from a Friday after Hemelvaart + 5 skips tweede Pinksterdag",
      datum: "2026-05-15",
      aantal: 5,
      verwacht: "2026-05-22",
    },
    { naam: "from a Saturday: + 1 is the Monday", datum: "2026-01-03", aantal: 1, verwacht: "2026-01-05" },
    { naam: "from a holiday: Goede Vrijdag + 1", datum: "2026-04-03", aantal: 1, verwacht: "2026-04-07" },
    { naam: "leap day", datum: "2028-02-28", aantal: 1, verwacht: "2028-02-29" },
    { naam: "a whole year of 2026 has 253 working days", datum: "2025-12-31", aantal: 253, verwacht: "2026-12-31" },
  ];
  for (const { naam, datum, aantal, verwacht } of tabel) {
    it(`${naam}: ${datum} + ${aantal} = ${verwacht}`, () => {
      assert.equal(werkdagenNa(datum, aantal), verwacht, "werkdagenNa");
      if (aantal > 0) assert.equal(isWerkdag(verwacht), true, "uitkomst is geen werkdag");
    });
  }

  const ongeldigAantal: readonly number[] = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY];
  for (const aantal of ongeldigAantal) {
    it(`refuses aantal ${String(aantal)}`, () => {
      assert.throws(() => werkdagenNa("2026-01-05", aantal), RangeError, `aantal ${String(aantal)} geaccepteerd`);
    });
  }

  it("refuses to run past the year 9999", () => {
    assert.throws(() => werkdagenNa("9999-12-31", 1), RangeError, "jaar 10000 geaccepteerd");
  });
});

describe("werkdagenTussen", () => {
  const tabel: readonly { naam: string; van: string; tot: string; verwacht: number }[] = [
    { naam: "the same day", van: "2026-04-15", tot: "2026-04-15", verwacht: 0 },
    { naam: "tot before van", van: "2026-04-15", tot: "2026-04-01", verwacht: 0 },
    { naam: "van itself is not counted, tot is", van: "2026-04-14", tot: "2026-04-15", verwacht: 1 },
    { naam: "a weekend", van: "2026-01-02", tot: "2026-01-04", verwacht: 0 },
    { naam: "the Easter weekend 2026", van: "2026-04-02", tot: "2026-04-07", verwacht: 1 },
    { naam: "the whole of 2026", van: "2025-12-31", tot: "2026-12-31", verwacht: 253 },
    { naam: "across the year boundary", van: "2026-12-24", tot: "2027-01-04", verwacht: 5 },
  ];
  for (const { naam, van, tot, verwacht } of tabel) {
    it(`${naam}: ${van} → ${tot} = ${verwacht}`, () => {
      assert.equal(werkdagenTussen(van, tot), verwacht, "werkdagenTussen");
    });
  }

  it("is the inverse of werkdagenNa for every day of 2024–2028 and n in 0..15", () => {
    const dagenInMaand = (jaar: number, maand: number): number =>
      maand === 2
        ? jaar % 4 === 0 && (jaar % 100 !== 0 || jaar % 400 === 0)
          ? 29
          : 28
        : [4, 6, 9, 11].includes(maand)
          ? 30
          : 31;
    let gecontroleerd = 0;
    for (let jaar = 2024; jaar <= 2028; jaar += 1) {
      for (let maand = 1; maand <= 12; maand += 1) {
        for (let dag = 1; dag <= dagenInMaand(jaar, maand); dag += 1) {
          const d = `${jaar}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
          for (let n = 0; n <= 15; n += 1) {
            const einde = werkdagenNa(d, n);
            assert.equal(werkdagenTussen(d, einde), n, `werkdagenTussen(${d}, werkdagenNa(${d}, ${n}) = ${einde})`);
            gecontroleerd += 1;
          }
        }
      }
    }
    assert.equal(gecontroleerd, 1827 * 16, "niet elke dag gecontroleerd");
  });
});

describe("invalid dates", () => {
  const ongeldig: readonly string[] = [
    "",
    "2026-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-4-1",
    "26-04-01",
    " 2026-04-01",
    "2026-04-01T00:00:00Z",
    "abcd-ef-gh",
    "1582-12-31",
  ];
  for (const datum of ongeldig) {
    it(`refuses ${JSON.stringify(datum)}`, () => {
      assert.throws(() => isWerkdag(datum), RangeError, "isWerkdag");
      assert.throws(() => isFeestdag(datum), RangeError, "isFeestdag");
      assert.throws(() => werkdagenNa(datum, 1), RangeError, "werkdagenNa");
      assert.throws(() => werkdagenTussen(datum, "2026-04-01"), RangeError, "werkdagenTussen van");
      assert.throws(() => werkdagenTussen("2026-04-01", datum), RangeError, "werkdagenTussen tot");
    });
  }
});

describe("dagenNa and jarenNa", () => {
  const dagen: [string, number, string][] = [
    ["2026-12-30", 3, "2027-01-02"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-11-25", 28, "2026-12-23"],
  ];
  for (const [van, n, verwacht] of dagen)
    it(`${van} + ${n} days = ${verwacht}`, () => assert.equal(dagenNa(van, n), verwacht, "calendar days"));
  const jaren: [string, number, string][] = [
    ["2026-11-25", 20, "2046-11-25"],
    ["2028-02-29", 1, "2029-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
  ];
  for (const [van, n, verwacht] of jaren)
    it(`${van} + ${n} years = ${verwacht}`, () => assert.equal(jarenNa(van, n), verwacht, "calendar years"));
});

describe("laatsteDagMeerDanWerkdagen: the boundary of 'more than n working days ago'", () => {
  const gevallen: [string, number, string][] = [
    // Friday 4 December 2026: more than 0 working days ago is yesterday or earlier; more than 5 is Thursday 26 November.
    ["2026-12-04", 0, "2026-12-03"],
    ["2026-12-04", 5, "2026-11-26"],
    // On a Monday, the weekend does not count: more than 1 working day ago is Thursday.
    ["2026-12-07", 1, "2026-12-03"],
    // Over Christmas: 25 and 26 December are holidays.
    ["2026-12-29", 2, "2026-12-23"],
    // On a Sunday: today is not a working day, so more than 0 ago is Thursday.
    ["2026-12-06", 0, "2026-12-03"],
  ];
  for (const [vandaag, aantal, verwacht] of gevallen) {
    it(`${vandaag}, more than ${aantal}: on or before ${verwacht}`, () => {
      assert.equal(laatsteDagMeerDanWerkdagen(vandaag, aantal), verwacht);
    });
  }

  it("is the greatest day with more than n working days up to today, on 400 days and n from 0 to 12", () => {
    for (let d = 0; d < 400; d++) {
      const vandaag = dagenNa("2026-01-01", d);
      for (let n = 0; n <= 12; n++) {
        const grens = laatsteDagMeerDanWerkdagen(vandaag, n);
        assert.ok(werkdagenTussen(grens, vandaag) > n, `${vandaag} ${n}: the boundary qualifies`);
        assert.ok(werkdagenTussen(dagenNa(grens, 1), vandaag) <= n, `${vandaag} ${n}: the day after does not`);
      }
    }
  });

  it("refuses a negative or broken number", () => {
    assert.throws(() => laatsteDagMeerDanWerkdagen("2026-12-04", -1), RangeError);
    assert.throws(() => laatsteDagMeerDanWerkdagen("2026-12-04", 1.5), RangeError);
  });
});
