import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groepeerInzage, type InzageDag, type InzageLogregel } from "./inzage.ts";

const SANNE = { gebruikerId: "00000000-0000-4000-8000-000000000001", naam: "Sanne de Wit", rol: "medewerker" };
const FATIMA = {
  gebruikerId: "00000000-0000-4000-8000-000000000002",
  naam: "Fatima El Amrani",
  rol: "aandachtsfunctionaris",
};
const regel = (
  wie: typeof SANNE,
  tijdstip: string,
  actie = "dossier_bekijken",
  grondslag: string | null = "eigen",
): InzageLogregel => ({ ...wie, tijdstip, actie, grondslag });
/** Fourteen views by one person on one morning, oldest first. */
const VEERTIEN = Array.from({ length: 14 }, (_, i) =>
  regel(SANNE, `2026-12-04T08:${String(10 + i * 3).padStart(2, "0")}:00.000Z`),
);

const tabel: readonly { naam: string; regels: readonly InzageLogregel[]; verwacht: InzageDag[] }[] = [
  { naam: "nothing logged, nothing shown", regels: [], verwacht: [] },
  {
    naam: "fourteen views by one person on one day become one line with a count",
    regels: VEERTIEN,
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...SANNE,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "eigen",
                aantal: 14,
                eerste: "2026-12-04T08:10:00.000Z",
                laatste: "2026-12-04T08:49:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    naam: "every distinct action stays visible, the most recent first",
    regels: [
      regel(SANNE, "2026-12-04T08:00:00.000Z"),
      regel(SANNE, "2026-12-04T08:05:00.000Z", "gebeurtenis_toevoegen"),
      regel(SANNE, "2026-12-04T08:06:00.000Z"),
      regel(SANNE, "2026-12-04T08:30:00.000Z", "dossier_afdrukken"),
    ],
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...SANNE,
            acties: [
              {
                actie: "dossier_afdrukken",
                grondslag: "eigen",
                aantal: 1,
                eerste: "2026-12-04T08:30:00.000Z",
                laatste: "2026-12-04T08:30:00.000Z",
              },
              {
                actie: "dossier_bekijken",
                grondslag: "eigen",
                aantal: 2,
                eerste: "2026-12-04T08:00:00.000Z",
                laatste: "2026-12-04T08:06:00.000Z",
              },
              {
                actie: "gebeurtenis_toevoegen",
                grondslag: "eigen",
                aantal: 1,
                eerste: "2026-12-04T08:05:00.000Z",
                laatste: "2026-12-04T08:05:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    naam: "the same action on another basis is another line (emergency access shows)",
    regels: [
      regel(FATIMA, "2026-12-04T09:00:00.000Z", "dossier_bekijken", "aandachtsfunctionaris"),
      regel(FATIMA, "2026-12-04T10:00:00.000Z", "dossier_bekijken", "noodtoegang"),
    ],
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...FATIMA,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "noodtoegang",
                aantal: 1,
                eerste: "2026-12-04T10:00:00.000Z",
                laatste: "2026-12-04T10:00:00.000Z",
              },
              {
                actie: "dossier_bekijken",
                grondslag: "aandachtsfunctionaris",
                aantal: 1,
                eerste: "2026-12-04T09:00:00.000Z",
                laatste: "2026-12-04T09:00:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    naam: "per person, the one active most recently first",
    regels: [
      regel(FATIMA, "2026-12-04T09:00:00.000Z", "dossier_bekijken", "aandachtsfunctionaris"),
      regel(SANNE, "2026-12-04T08:00:00.000Z"),
      regel(SANNE, "2026-12-04T10:00:00.000Z"),
    ],
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...SANNE,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "eigen",
                aantal: 2,
                eerste: "2026-12-04T08:00:00.000Z",
                laatste: "2026-12-04T10:00:00.000Z",
              },
            ],
          },
          {
            ...FATIMA,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "aandachtsfunctionaris",
                aantal: 1,
                eerste: "2026-12-04T09:00:00.000Z",
                laatste: "2026-12-04T09:00:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    naam: "days in Dutch time, newest first: 23:30 UTC on 3 December is 4 December",
    regels: [regel(SANNE, "2026-12-03T22:30:00.000Z"), regel(SANNE, "2026-12-03T23:30:00.000Z")],
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...SANNE,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "eigen",
                aantal: 1,
                eerste: "2026-12-03T23:30:00.000Z",
                laatste: "2026-12-03T23:30:00.000Z",
              },
            ],
          },
        ],
      },
      {
        datum: "2026-12-03",
        personen: [
          {
            ...SANNE,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "eigen",
                aantal: 1,
                eerste: "2026-12-03T22:30:00.000Z",
                laatste: "2026-12-03T22:30:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
  {
    naam: "one person in two roles is two groups: the role is part of what a parent is told",
    regels: [
      regel(FATIMA, "2026-12-04T09:00:00.000Z", "dossier_bekijken", "aandachtsfunctionaris"),
      regel(
        { ...FATIMA, rol: "eindverantwoordelijke" },
        "2026-12-04T09:30:00.000Z",
        "gebeurtenis_toevoegen",
        "eindverantwoordelijke",
      ),
    ],
    verwacht: [
      {
        datum: "2026-12-04",
        personen: [
          {
            ...FATIMA,
            rol: "eindverantwoordelijke",
            acties: [
              {
                actie: "gebeurtenis_toevoegen",
                grondslag: "eindverantwoordelijke",
                aantal: 1,
                eerste: "2026-12-04T09:30:00.000Z",
                laatste: "2026-12-04T09:30:00.000Z",
              },
            ],
          },
          {
            ...FATIMA,
            acties: [
              {
                actie: "dossier_bekijken",
                grondslag: "aandachtsfunctionaris",
                aantal: 1,
                eerste: "2026-12-04T09:00:00.000Z",
                laatste: "2026-12-04T09:00:00.000Z",
              },
            ],
          },
        ],
      },
    ],
  },
];

describe("the inzage overview grouped per person per day", () => {
  for (const { naam, regels, verwacht } of tabel) {
    it(naam, () => {
      assert.deepEqual(groepeerInzage(regels), verwacht);
      assert.deepEqual(groepeerInzage([...regels].reverse()), verwacht, "the same whatever the input order");
    });
  }
  it("drops nothing: the counts add up to the entries", () => {
    const regels = [
      ...VEERTIEN,
      regel(FATIMA, "2026-12-05T09:00:00.000Z", "toegang_bekijken", "aandachtsfunctionaris"),
      regel(SANNE, "2026-12-02T12:00:00.000Z", "dossier_delen"),
    ];
    const totaal = groepeerInzage(regels)
      .flatMap((d) => d.personen.flatMap((p) => p.acties.map((a) => a.aantal)))
      .reduce((a, b) => a + b, 0);
    assert.equal(totaal, regels.length, "every entry counted once");
  });
});
