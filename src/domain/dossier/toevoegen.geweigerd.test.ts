import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { beoordeelGebeurtenis } from "./toevoegen.ts";
import { EINDVERANTWOORDELIJKE_ID, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";
import { fout } from "../../../tests/helpers/uitkomst.ts";
import {
  ACUUT,
  ANTWOORD,
  BESLUIT,
  context,
  GESLOTEN,
  HEROPEND,
  NIET_VEILIG,
  speel,
  VOORBEREIDING,
} from "./toevoegen.teststeun.ts";

describe("beoordeelGebeurtenis: refused transitions", () => {
  const gevallen: {
    naam: string;
    voor: { type: string; gegevens: unknown }[];
    poging: { type: unknown; gegevens: unknown };
    code: string;
    veld?: string;
    sleutel?: string;
  }[] = [
    { naam: "first event must open", voor: [], poging: SIGNAAL, code: "EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN" },
    { naam: "cannot open twice", voor: [OPENING], poging: OPENING, code: "DOSSIER_AL_GEOPEND" },
    {
      naam: "unknown event type",
      voor: [OPENING],
      poging: { type: "iets_anders", gegevens: {} },
      code: "ONGELDIGE_INVOER",
      veld: "type",
    },
    { naam: "closed dossier takes nothing", voor: [OPENING, GESLOTEN], poging: SIGNAAL, code: "DOSSIER_GESLOTEN" },
    {
      naam: "closed dossier cannot be closed again",
      voor: [OPENING, GESLOTEN],
      poging: GESLOTEN,
      code: "DOSSIER_GESLOTEN",
    },
    { naam: "open dossier cannot be reopened", voor: [OPENING], poging: HEROPEND, code: "DOSSIER_NIET_GESLOTEN" },
    {
      naam: "observation in the future",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-23" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datumWaarneming",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "unknown field",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, extra: 1 } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.extra",
      sleutel: "fout.onbekend_veld",
    },
    {
      naam: "missing field",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: undefined } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.verplicht",
    },
    {
      naam: "blank text",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: "   " } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.verplicht",
    },
    {
      naam: "text over the limit",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: "x".repeat(4001) } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.te_lang",
    },
    {
      naam: "wrong type",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, disclosure: "ja" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.disclosure",
      sleutel: "fout.ongeldig_type",
    },
    {
      naam: "invalid date",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-02-30" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datumWaarneming",
      sleutel: "fout.ongeldige_datum",
    },
    {
      naam: "Veilig Thuis advice must be anonymous",
      voor: [OPENING],
      poging: {
        type: "consultatie_gehouden",
        gegevens: { met: "veilig_thuis", datum: "2026-11-20", uitkomst: "x", vervolgstap: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.geanonimiseerd",
      sleutel: "fout.veilig_thuis_anoniem",
    },
    {
      naam: "age ground only for the child",
      voor: [OPENING],
      poging: { type: "gesprek_niet_gevoerd", gegevens: { met: "ouders", grond: "leeftijd", toelichting: "x" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.grond",
      sleutel: "fout.grond_alleen_kind",
    },
    {
      naam: "an unknown conversation situation",
      voor: [OPENING],
      poging: {
        type: "gesprek_gevoerd",
        gegevens: {
          met: "ouders",
          datum: "2026-11-20",
          deelnemers: "moeder",
          plaats: "school",
          gedeeld: "x",
          visie: "y",
          situaties: ["boos"],
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.situaties.0",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a tenth participation point",
      voor: [OPENING],
      poging: {
        type: "participatie_bijgewerkt",
        gegevens: { punt: "p10", status: "gedaan", door: "x", datum: "2026-11-20", toelichting: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.punt",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a participation point dated in the future",
      voor: [OPENING],
      poging: {
        type: "participatie_bijgewerkt",
        gegevens: { punt: "p2", status: "gedaan", door: "x", datum: "2026-11-30", toelichting: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datum",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "acute call at an impossible time",
      voor: [OPENING],
      poging: ACUUT({ tijd: "25:00" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.tijd",
      sleutel: "fout.tijd",
    },
    {
      naam: "acute call in the future",
      voor: [OPENING],
      poging: ACUUT({ datum: "2026-11-23" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datum",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "acute call with an unknown service",
      voor: [OPENING],
      poging: ACUUT({ met: "buurman" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.met",
      sleutel: "fout.ongeldige_keuze",
    },
    { naam: "question out of turn", voor: [OPENING], poging: ANTWOORD(3, "ja"), code: "VRAAG_NIET_AAN_DE_BEURT" },
    {
      naam: "question after the walk ended",
      voor: [OPENING, ANTWOORD(1, "nee")],
      poging: ANTWOORD(2, "ja"),
      code: "VRAAG_NIET_AAN_DE_BEURT",
    },
    {
      naam: "question 1 is void after a disclosure",
      voor: [
        OPENING,
        { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true } },
      ],
      poging: ANTWOORD(1, "ja"),
      code: "VRAAG_NIET_AAN_DE_BEURT",
      sleutel: "fout.vraag_vervalt_door_disclosure",
    },
    {
      naam: "a decision on someone else's behalf",
      voor: [OPENING],
      poging: {
        type: "besluit_genomen",
        gegevens: {
          besluit: "melden",
          genomenDoor: "00000000-0000-4000-8000-000000000001",
          toelichting: "x",
          afwijkingMotivering: "acuut",
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.genomenDoor",
      sleutel: "fout.genomen_door_vervallen",
    },
    {
      naam: "a decision naming the decider themselves (the field is gone)",
      voor: [OPENING],
      poging: {
        type: "besluit_genomen",
        gegevens: {
          besluit: "melden",
          genomenDoor: EINDVERANTWOORDELIJKE_ID,
          toelichting: "x",
          afwijkingMotivering: "acuut",
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.genomenDoor",
      sleutel: "fout.genomen_door_vervallen",
    },
    {
      naam: "decision against the outcome without motivation",
      voor: [OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "ja")],
      poging: BESLUIT("afsluiten"),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.afwijkingMotivering",
      sleutel: "fout.motivering_bij_afwijking",
    },
    {
      naam: "decision before any outcome without motivation",
      voor: [OPENING],
      poging: BESLUIT("melden"),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.afwijkingMotivering",
      sleutel: "fout.motivering_zonder_afweging",
    },
    {
      naam: "correction of an unknown event",
      voor: [OPENING],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000099", reden: "x", gegevens: {} },
      },
      code: "CORRECTIE_NIET_TOEGESTAAN",
    },
    {
      naam: "correction of an answer (re-answer instead)",
      voor: [OPENING, ANTWOORD(1, "ja")],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000002", reden: "x", gegevens: {} },
      },
      code: "CORRECTIE_NIET_TOEGESTAAN",
    },
    {
      naam: "correction with invalid content",
      voor: [OPENING, SIGNAAL],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "Datum fout",
          gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2027-01-01" },
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.gegevens.datumWaarneming",
    },
    {
      naam: "correction without reason",
      voor: [OPENING, SIGNAAL],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000002", reden: "", gegevens: SIGNAAL.gegevens },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.reden",
    },
    {
      naam: "unsafe without saying why",
      voor: [OPENING],
      poging: VOORBEREIDING({ ...NIET_VEILIG, waaromNietVeilig: " " }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waaromNietVeilig",
      sleutel: "fout.verplicht_als_niet_veilig",
    },
    {
      naam: "unsafe without what happens instead",
      voor: [OPENING],
      poging: VOORBEREIDING({ ...NIET_VEILIG, inPlaatsDaarvan: undefined }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.inPlaatsDaarvan",
      sleutel: "fout.verplicht_als_niet_veilig",
    },
    {
      naam: "safe, with reasons for unsafety",
      voor: [OPENING],
      poging: VOORBEREIDING({ waaromNietVeilig: "x" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waaromNietVeilig",
      sleutel: "fout.alleen_als_niet_veilig",
    },
    {
      naam: "a preparation without a leader",
      voor: [OPENING],
      poging: VOORBEREIDING({ gespreksleider: "" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.gespreksleider",
      sleutel: "fout.verplicht",
    },
    {
      naam: "a preparation with an unknown safety answer",
      voor: [OPENING],
      poging: VOORBEREIDING({ veilig: "misschien" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.veilig",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a preparation's partner cannot be corrected",
      voor: [OPENING, VOORBEREIDING()],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "x",
          gegevens: { ...VOORBEREIDING().gegevens, met: "kind" },
        },
      },
      code: "ONGELDIGE_INVOER",
      sleutel: "fout.correctie_met_vast",
    },
    {
      naam: "a conversation's partner cannot be corrected",
      voor: [
        OPENING,
        {
          type: "gesprek_gevoerd",
          gegevens: {
            met: "ouders",
            datum: "2026-11-20",
            deelnemers: "moeder",
            plaats: "school",
            gedeeld: "x",
            visie: "y",
          },
        },
      ],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "x",
          gegevens: {
            met: "kind",
            datum: "2026-11-20",
            deelnemers: "moeder",
            plaats: "school",
            gedeeld: "x",
            visie: "y",
          },
        },
      },
      code: "ONGELDIGE_INVOER",
      sleutel: "fout.correctie_met_vast",
    },
  ];
  for (const geval of gevallen) {
    it(geval.naam, () => {
      const toestand = speel(...geval.voor);
      const f = fout(() => beoordeelGebeurtenis(toestand, geval.poging, context));
      assert.equal(f.code, geval.code);
      if (geval.veld)
        assert.ok(
          f.velden.some((v) => v.veld === geval.veld),
          JSON.stringify(f.velden),
        );
      if (geval.sleutel)
        assert.ok(
          f.velden.some((v) => v.sleutel === geval.sleutel),
          JSON.stringify(f.velden),
        );
    });
  }
});
