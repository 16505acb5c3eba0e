import { toetsPaden, Q1, Q2JA, st, UIT } from "./afwegingskader.teststeun.ts";

// Questions 1 and 2: is there a suspicion, and is it acute or structural unsafety (report at once).
toetsPaden("vragen 1 en 2", [
  { naam: "leeg", a: {}, disclosure: false, verwacht: { ...UIT, volgendeVraag: 1, meldnorm: null, pad: [] } },
  {
    naam: "alleen 2 beantwoord: vraag 1 blijft open",
    a: { 2: "ja", 3: "nee" },
    disclosure: false,
    verwacht: { ...UIT, volgendeVraag: 1, meldnorm: null, pad: [] },
  },
  {
    naam: "1 nee: afsluiten",
    a: { 1: "nee" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "nee", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 weet_niet: afsluiten",
    a: { 1: "weet_niet" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "weet_niet", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 nee met antwoorden buiten het pad",
    a: { 1: "nee", 2: "ja", 3: "nee", 5: "nee" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "nee", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 ja",
    a: { 1: "ja" },
    disclosure: false,
    verwacht: { ...UIT, volgendeVraag: 2, meldnorm: null, pad: [Q1] },
  },
  {
    naam: "1 ja, 2 ja: melden, verder met VT",
    a: { 1: "ja", 2: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 3,
      meldnorm: 1,
      pad: [Q1, Q2JA],
    },
  },
]);
