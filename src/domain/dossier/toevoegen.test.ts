import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bouwToestand } from "./toestand.ts";
import { beoordeelGebeurtenis } from "./toevoegen.ts";
import { alsOpgeslagen, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";
import { ANTWOORD, BESLUIT, context, NIET_VEILIG, speel, VOORBEREIDING } from "./toevoegen.teststeun.ts";

describe("corrections and derived state", () => {
  it("a correction replaces the content but keeps the original in the record", () => {
    const toestand = speel(OPENING, SIGNAAL, {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Datum verkeerd",
        gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-09" },
      },
    });
    assert.equal(toestand.signalen.length, 1);
    assert.equal(toestand.signalen[0]?.gegevens.datumWaarneming, "2026-11-09");
    assert.equal(toestand.signalen[0]?.correcties.length, 1);
    assert.equal(toestand.signalen[0]?.origineel.datumWaarneming, "2026-11-10");
  });

  it("a disclosure recorded by correction turns on the first meldnorm", () => {
    const toestand = speel(OPENING, SIGNAAL, {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Kind vertelde het zelf",
        gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true },
      },
    });
    assert.equal(toestand.disclosure, true);
    assert.equal(toestand.afweging.melden, true);
    assert.equal(toestand.afweging.meldnorm, 1);
  });

  it("the latest answer to a question counts", () => {
    const toestand = speel(OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "ja"), ANTWOORD(1, "nee"));
    assert.equal(toestand.antwoorden[1]?.antwoord, "nee");
    assert.equal(toestand.afweging.afsluiten, true);
    assert.equal(toestand.afweging.melden, false);
  });

  it("the last decision stands, earlier ones stay visible", () => {
    const toestand = speel(
      OPENING,
      ANTWOORD(1, "ja"),
      ANTWOORD(2, "ja"),
      BESLUIT("melden"),
      BESLUIT("melden_en_hulp", { afwijkingMotivering: "Ook hulp via wijkteam." }),
    );
    assert.equal(toestand.besluiten.length, 2);
    assert.equal(toestand.besluiten.at(-1)?.gegevens.besluit, "melden_en_hulp");
  });
});

describe("conversations recorded before the parent and child forms were split", () => {
  it("a stored conversation with the child's fields still builds the state, as stored events are not parsed again", () => {
    const [opening] = alsOpgeslagen([{ type: "dossier_geopend", stap: "algemeen", gegevens: OPENING.gegevens }]);
    const oud = {
      ...alsOpgeslagen([
        {
          type: "gesprek_gevoerd",
          stap: "gesprek",
          gegevens: {
            met: "kind",
            datum: "2026-11-20",
            deelnemers: "K.",
            plaats: "klas",
            gedeeld: "x",
            visie: "y",
            wensOuders: "z",
            situaties: [],
            kindGeinformeerd: "ja",
            hoeGeinformeerd: "Uitgelegd.",
          },
        },
      ])[0]!,
      id: "00000000-0000-4000-9000-000000000002",
      volgnummer: 2,
    };
    const toestand = bouwToestand([opening!, oud]);
    assert.equal(toestand.gesprekken[0]?.gegevens.wensOuders, "z");
    assert.deepEqual(toestand.voorbereidingen, []);
  });

  it("a preparation is kept in the state with its current content after a correction", () => {
    const toestand = speel(OPENING, VOORBEREIDING(), {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Niet veilig gebleken",
        gegevens: { ...VOORBEREIDING().gegevens, ...NIET_VEILIG },
      },
    });
    assert.equal(toestand.voorbereidingen.length, 1);
    assert.equal(toestand.voorbereidingen[0]?.gegevens.veilig, "nee");
    assert.equal(toestand.voorbereidingen[0]?.origineel.veilig, "ja");
    assert.equal(toestand.register.get("00000000-0000-4000-9000-000000000003")?.stap, "gesprek");
  });
});

describe("child participation", () => {
  it("keeps the latest record per point", () => {
    const punt = (status: string, door: string) => ({
      type: "participatie_bijgewerkt",
      gegevens: { punt: "p3", status, door, datum: "2026-11-20", toelichting: "Toelichting." },
    });
    const toestand = speel(OPENING, punt("gedaan", "Leerkracht"), punt("niet_van_toepassing", "Intern begeleider"));
    assert.equal(toestand.participatie["p3"]?.gegevens.status, "niet_van_toepassing", "latest status");
    assert.equal(toestand.participatie["p3"]?.gegevens.door, "Intern begeleider", "latest who");
    assert.equal(toestand.participatie["p1"], undefined, "untouched point");
  });
});

describe("closing a dossier", () => {
  it("sets the retention date from the organisation's term, whatever the caller sent", () => {
    const leeg = bouwToestand(alsOpgeslagen([beoordeelGebeurtenis(bouwToestand([]), OPENING, context)]));
    const gesloten = beoordeelGebeurtenis(
      leeg,
      { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen.", bewaarTot: "2099-01-01" } },
      { ...context, bewaarjaren: 20 },
    );
    assert.deepEqual(
      gesloten.gegevens,
      { reden: "Zorg weggenomen.", bewaarTot: "2046-11-22" },
      "twenty years from today",
    );
  });
});
