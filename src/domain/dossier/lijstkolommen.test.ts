import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lijstKolommen } from "./lijstkolommen.ts";
import { klokMomenten, klokOp, versneldeKlok } from "./versnelde-route.ts";
import {
  gebeurtenissenBouwer,
  type Invoer,
  OPENING,
  SIGNAAL,
  MELDING_INHOUD,
} from "../../../tests/helpers/gebeurtenissen.ts";
import { bouwToestand } from "./toestand.ts";
import { isoVanMs, msVanIso } from "../tijd/tijdstip.ts";

const bouw = gebeurtenissenBouwer({ vandaag: "2026-11-23" });

const BESLUIT: Invoer = {
  type: "besluit_genomen",
  gegevens: { besluit: "melden_en_hulp", toelichting: "x", afwijkingMotivering: "Acuut." },
};
const VERSTUURD = (datum: string): Invoer[] => [
  { type: "melding_concept_opgeslagen", gegevens: { inhoud: MELDING_INHOUD } },
  {
    type: "melding_verstuurd",
    gegevens: { wijze: "telefoon", datum, tijd: "10:15", contactpersoon: "Mw. Jansen", referentie: "VT-1" },
  },
];
const REACTIE: Invoer = {
  type: "vt_reactie_vastgelegd",
  gegevens: {
    datum: "2026-11-20",
    contactpersoon: "Mw. Jansen",
    beoordeling: "onveilig",
    vervolg: "voorwaarden_en_vervolg",
    toelichting: "Veilig Thuis stelt voorwaarden.",
  },
};
const GESLOTEN: Invoer = { type: "dossier_afgesloten", gegevens: { reden: "Klaar." } };
const EER: Invoer = {
  type: "signaal_vastgelegd",
  gegevens: { ...SIGNAAL.gegevens, bijzondereVormen: ["eergerelateerd_geweld"] },
};
const EER_ACUUT: Invoer = {
  type: "signaal_vastgelegd",
  gegevens: { ...SIGNAAL.gegevens, bijzondereVormen: ["huwelijksdwang"], dreigingAcuut: true },
};
const BEL: Invoer = {
  type: "acuut_contact",
  gegevens: {
    met: "veilig_thuis",
    datum: "2026-11-01",
    tijd: "09:05",
    situatie: "Vertrek dreigt.",
    afspraken: "VT belt terug.",
  },
};
const MONITORING: Invoer = {
  type: "monitoring_gestart",
  gegevens: { ritmeWeken: "4", reden: "Langdurige zorgen, gezin wil geen hulp meer." },
};

/** The stored events are one minute apart from 2026-11-01T09:00Z (tests/helpers/gebeurtenissen.ts). */
const OM = (minuut: number) => isoVanMs(msVanIso("2026-11-01T09:00:00.000Z") + minuut * 60_000);

describe("lijstKolommen: what the werkvoorraad filters on", () => {
  const gevallen: {
    naam: string;
    invoer: Invoer[];
    vt: string | null;
    sinds: string | null;
    start: string | null;
    actie: string | null;
    fase?: string;
  }[] = [
    {
      naam: "just opened: nothing",
      invoer: [OPENING],
      vt: null,
      sinds: null,
      start: null,
      actie: null,
      fase: "signalen",
    },
    {
      naam: "reported: waits for Veilig Thuis since the report's date",
      invoer: [OPENING, BESLUIT, ...VERSTUURD("2026-11-16")],
      vt: "2026-11-16",
      sinds: null,
      start: null,
      actie: null,
      fase: "gemeld",
    },
    {
      naam: "answered: no longer waiting",
      invoer: [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE],
      vt: null,
      sinds: null,
      start: null,
      actie: null,
    },
    {
      naam: "closed while waiting: not waiting",
      invoer: [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), GESLOTEN],
      vt: null,
      sinds: null,
      start: null,
      actie: null,
      fase: "gesloten",
    },
    {
      naam: "a marked signal: the route, no clock",
      invoer: [OPENING, EER],
      vt: null,
      sinds: OM(1),
      start: null,
      actie: null,
    },
    {
      naam: "an acute threat: the clock runs",
      invoer: [OPENING, EER, EER_ACUUT],
      vt: null,
      sinds: OM(1),
      start: OM(2),
      actie: null,
    },
    {
      naam: "an acute call after the threat stops the clock",
      invoer: [OPENING, EER_ACUUT, BEL],
      vt: null,
      sinds: OM(1),
      start: OM(1),
      actie: OM(2),
    },
    {
      naam: "closed on the route: nothing",
      invoer: [OPENING, EER_ACUUT, GESLOTEN],
      vt: null,
      sinds: null,
      start: null,
      actie: null,
    },
    {
      naam: "in monitoring",
      invoer: [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, MONITORING],
      vt: null,
      sinds: null,
      start: null,
      actie: null,
      fase: "monitoring",
    },
  ];
  for (const g of gevallen) {
    it(g.naam, () => {
      const kolommen = lijstKolommen(bouwToestand(bouw(...g.invoer)));
      assert.deepEqual(
        [kolommen.wachtOpVtSinds, kolommen.versneldSinds, kolommen.versneldKlokStart, kolommen.versneldKlokActieOp],
        [g.vt, g.sinds, g.start, g.actie],
      );
      if (g.fase) assert.equal(kolommen.fase, g.fase);
      assert.equal(kolommen.werknaam, OPENING.gegevens.werknaam);
    });
  }

  it("the clock from the stored moments is the dossier page's clock, at every minute around the hour", () => {
    for (const invoer of [
      [OPENING, EER_ACUUT],
      [OPENING, EER_ACUUT, BEL],
    ]) {
      const toestand = bouwToestand(bouw(...invoer));
      const momenten = klokMomenten(toestand);
      assert.ok(momenten);
      for (let m = 0; m < 130; m += 7) {
        const nu = OM(m);
        assert.deepEqual(klokOp(momenten, nu), versneldeKlok(toestand, nu));
      }
    }
  });
});
