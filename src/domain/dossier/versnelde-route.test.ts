import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maakTakenlijst } from "./takenlijst.ts";
import { versneldeKlok, versneldeRoute, type KlokStatus } from "./versnelde-route.ts";
import { isoVanMs, msVanIso } from "../tijd/tijdstip.ts";
import { toestandBouwer, type Invoer, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";

// alsOpgeslagen records event i (0-based) at 2026-11-01 09:0i UTC.
const toestandNa = toestandBouwer({ vandaag: "2026-11-22" });
const op = (minuut: number) => isoVanMs(msVanIso("2026-11-01T09:00:00.000Z") + minuut * 60_000);
const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;

const EER = {
  type: "signaal_vastgelegd",
  gegevens: { ...SIGNAAL.gegevens, bijzondereVormen: ["eergerelateerd_geweld"] },
};
const EER_ACUUT = {
  type: "signaal_vastgelegd",
  gegevens: { ...SIGNAAL.gegevens, bijzondereVormen: ["huwelijksdwang", "eergerelateerd_geweld"], dreigingAcuut: true },
};
const ACUUT_ZONDER_VORM = { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, dreigingAcuut: true } };
const CONSULTATIE = (met: string) => ({
  type: "consultatie_gehouden",
  gegevens: {
    met,
    datum: "2026-11-01",
    uitkomst: "Advies gekregen.",
    vervolgstap: "Melden.",
    geanonimiseerd: met === "veilig_thuis",
  },
});
const BEL = {
  type: "acuut_contact",
  gegevens: {
    met: "veilig_thuis",
    datum: "2026-11-01",
    tijd: "09:05",
    situatie: "Vertrek dreigt.",
    afspraken: "VT belt terug.",
  },
};
const CORRIGEER = (n: number, gegevens: unknown) => ({
  type: "correctie",
  gegevens: { corrigeert: id(n), reden: "Aangevuld na gesprek.", gegevens },
});

describe("versneldeRoute", () => {
  const gevallen: {
    naam: string;
    invoer: Invoer[];
    vormen: string[] | null;
    sinds?: number;
    deskundige?: boolean;
    acuut?: boolean;
  }[] = [
    { naam: "no marked signal: no route", invoer: [OPENING, SIGNAAL], vormen: null },
    {
      naam: "an acute threat without a form is not a special route",
      invoer: [OPENING, ACUUT_ZONDER_VORM],
      vormen: null,
    },
    {
      naam: "a marked signal switches the case",
      invoer: [OPENING, SIGNAAL, EER],
      vormen: ["eergerelateerd_geweld"],
      sinds: 2,
      deskundige: false,
      acuut: false,
    },
    {
      naam: "forms in content order, each once",
      invoer: [OPENING, EER_ACUUT, EER],
      vormen: ["eergerelateerd_geweld", "huwelijksdwang"],
      sinds: 1,
      acuut: true,
    },
    {
      naam: "a colleague is not the required expert",
      invoer: [OPENING, EER, CONSULTATIE("collega"), CONSULTATIE("aandachtsfunctionaris")],
      vormen: ["eergerelateerd_geweld"],
      deskundige: false,
    },
    {
      naam: "the special-route expert counts",
      invoer: [OPENING, EER, CONSULTATIE("deskundige_bijzondere_route")],
      vormen: ["eergerelateerd_geweld"],
      deskundige: true,
    },
    {
      naam: "Veilig Thuis counts as the expert",
      invoer: [OPENING, EER, CONSULTATIE("veilig_thuis")],
      vormen: ["eergerelateerd_geweld"],
      deskundige: true,
    },
    {
      naam: "a correction adds the mark: the route starts at the correction",
      invoer: [OPENING, SIGNAAL, CORRIGEER(2, EER.gegevens)],
      vormen: ["eergerelateerd_geweld"],
      sinds: 2,
    },
    {
      naam: "a correction removes the mark: no route",
      invoer: [OPENING, EER, CORRIGEER(2, SIGNAAL.gegevens)],
      vormen: null,
    },
    {
      naam: "removed and marked again: starts anew",
      invoer: [OPENING, EER, CORRIGEER(2, SIGNAAL.gegevens), CORRIGEER(2, EER.gegevens)],
      vormen: ["eergerelateerd_geweld"],
      sinds: 3,
    },
  ];
  for (const g of gevallen) {
    it(g.naam, () => {
      const route = versneldeRoute(toestandNa(...g.invoer));
      if (g.vormen === null) return assert.equal(route, null, "no accelerated route");
      assert.ok(route, "an accelerated route");
      assert.deepEqual(route.vormen, g.vormen, "the marked forms");
      if (g.sinds !== undefined) assert.equal(route.sinds, op(g.sinds), "marked since");
      if (g.deskundige !== undefined) assert.equal(route.deskundigeGeraadpleegd, g.deskundige, "expert consulted");
      if (g.acuut !== undefined) assert.equal(route.dreigingAcuut, g.acuut, "acute threat");
    });
  }
});

describe("versneldeKlok", () => {
  const gevallen: {
    naam: string;
    invoer: Invoer[];
    nu: string;
    status: KlokStatus | null;
    minuten?: number;
    actie?: number;
  }[] = [
    { naam: "no acute threat: no clock", invoer: [OPENING, EER], nu: op(10), status: null },
    { naam: "acute without a form: no clock", invoer: [OPENING, ACUUT_ZONDER_VORM], nu: op(10), status: null },
    {
      naam: "running: minutes left, rounded up",
      invoer: [OPENING, EER_ACUUT],
      nu: isoVanMs(msVanIso(op(31)) + 30_000),
      status: "lopend",
      minuten: 30,
    },
    {
      naam: "at the deadline it has run out",
      invoer: [OPENING, EER_ACUUT],
      nu: op(61),
      status: "verstreken",
      minuten: 0,
    },
    { naam: "run out: minutes over", invoer: [OPENING, EER_ACUUT], nu: op(106), status: "verstreken", minuten: 45 },
    {
      naam: "an expert consultation within the hour stops it",
      invoer: [OPENING, EER_ACUUT, CONSULTATIE("deskundige_bijzondere_route")],
      nu: op(200),
      status: "gehaald",
      actie: 2,
    },
    {
      naam: "an acute call within the hour stops it",
      invoer: [OPENING, EER_ACUUT, BEL],
      nu: op(200),
      status: "gehaald",
      actie: 2,
    },
    {
      naam: "a colleague's consultation does not stop it",
      invoer: [OPENING, EER_ACUUT, CONSULTATIE("collega")],
      nu: op(30),
      status: "lopend",
      minuten: 31,
    },
    {
      naam: "a call before the threat was recorded does not count",
      invoer: [OPENING, BEL, EER_ACUUT],
      nu: op(30),
      status: "lopend",
      minuten: 32,
    },
    {
      naam: "made acute by a correction: the clock starts then",
      invoer: [OPENING, EER, CORRIGEER(2, EER_ACUUT.gegevens)],
      nu: op(2),
      status: "lopend",
      minuten: 60,
    },
  ];
  for (const g of gevallen) {
    it(g.naam, () => {
      const klok = versneldeKlok(toestandNa(...g.invoer), g.nu);
      if (g.status === null) return assert.equal(klok, null, "no clock");
      assert.ok(klok, "a clock");
      assert.equal(klok.status, g.status, "status");
      assert.equal(msVanIso(klok.deadline) - msVanIso(klok.start), 60 * 60 * 1000, "one hour");
      if (g.minuten !== undefined) assert.equal(klok.minuten, g.minuten, "minutes");
      if (g.actie !== undefined) assert.equal(klok.actieOp, op(g.actie), "stopped by the action");
    });
  }

  it("an action recorded after the hour is late", () => {
    // Events are a minute apart; a threat recorded at minute 1 and a call at minute 2 is in time, so
    // build the late case by shifting the stored times.
    const t = toestandNa(OPENING, EER_ACUUT, BEL);
    const laat = { ...t, acuteContacten: t.acuteContacten.map((c) => ({ ...c, vastgelegdOp: op(75) })) };
    assert.equal(versneldeKlok(laat, op(80))?.status, "te_laat", "late");
  });
});

describe("task list on the accelerated route", () => {
  it("asks for the expert, and warns before talking with the family", () => {
    const stappen = maakTakenlijst(toestandNa(OPENING, EER, CONSULTATIE("collega")));
    const consultatie = stappen.find((s) => s.stap === "consultatie");
    assert.equal(consultatie?.status, "bezig", "consultation is not done without the expert");
    assert.deepEqual(consultatie?.ontbreekt, ["taak.deskundige_bijzondere_route"], "the expert is missing");
    assert.ok(
      stappen.find((s) => s.stap === "gesprek")?.aandachtspunten.includes("taak.bijzonder_eerst_deskundige"),
      "first the expert, then the family",
    );
  });

  it("is done once the expert is consulted", () => {
    const stappen = maakTakenlijst(toestandNa(OPENING, EER, CONSULTATIE("deskundige_bijzondere_route")));
    assert.equal(stappen.find((s) => s.stap === "consultatie")?.status, "afgerond", "consultation done");
    assert.equal(
      stappen.find((s) => s.stap === "gesprek")?.aandachtspunten.includes("taak.bijzonder_eerst_deskundige"),
      false,
      "no warning",
    );
  });
});
