import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { KW, S } from "./feitelijkheid.patroon.ts";

/*
 * The word rules for risk factors named without their consequence, and a vague amount of a protective or risk
 * factor. In order of precedence (see `REGELS` in `feitelijkheid.woorden.ts`).
 */

/**
 * Risk factors. Negated factors ("geen schulden", "geen sprake van verslaving") are information that
 * contradicts the worry and are not flagged (`ontkenbaar` in the rule below).
 */
const RISICOFACTOR = [
  "(?:alcohol|drank|drugs|middelen|gok|cannabis)(?:verslaving|probleem|problemen|problematiek|gebruik|misbruik)",
  "verslav(?:ing|ingen|ingsproblematiek)|verslaafd(?:e)?|drinkprobleem|(?:drugs|alcohol)verleden",
  "(?:gebruikt|gebruiken|gebruikte|gebruikten)\\s+drugs|(?:drinkt|drinken)\\s+(?:te\\s+)?veel",
  "psychische\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte)|psychisch\\s+(?:ziek|instabiel|kwetsbaar)",
  "psychiatrische?(?:\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte|voorgeschiedenis))?",
  "depressie(?:s|ve)?|depressief|psychose|psychotisch(?:e)?|borderline|persoonlijkheidsstoornis",
  "schulden|schuldenproblematiek|schuldproblemen|geldproblemen|financiële\\s+problemen",
  "werkloos|werkloze|werkloosheid|dakloos|dakloze|huisuitzetting|uithuiszetting|armoede|(?:heeft|hebben|had|hadden)\\s+het\\s+financieel\\s+(?:zwaar|moeilijk|krap)",
  "(?:echt|vecht)?scheiding|scheidingsproblematiek",
  `huiselijk\\s+geweld(?=\\s+in\\s+het\\s+verleden)|(?=huiselijk)(?<=(?<![\\p{L}\\p{N}])(?:in${S}het${S}verleden|eerder|vroeger)(?:${S}${KW}){0,3}${S})huiselijk\\s+geweld`,
  "lvb|licht\\s+verstandelijke?\\s+beperking|verstandelijke?\\s+beperking|zwakbegaafd(?:heid)?",
].join("|");

export const RISICO_REGELS: readonly WoordRegel[] = [
  /**
   * risico_zonder_gevolg: a risk factor on its own does not make a child unsafe; Veilig Thuis asks how it
   * does so now. Negated factors ("geen schulden", "geen sprake van verslaving") are information that
   * contradicts the worry and are not flagged.
   */
  {
    soort: "risico_zonder_gevolg",
    tekst: "risico",
    uitzondering: "gevolg",
    ontkenbaar: true,
    patroon: RISICOFACTOR,
  },

  /**
   * vaag: a vague amount of a protective or risk factor ("er is enig netwerk", "enige steun"). "de enige
   * verzorger" (the only one) and "enig kind" are facts.
   */
  {
    soort: "vaag",
    tekst: "zonder_anker",
    uitzondering: "anker",
    patroon: `de${S}nodige|(?:veel|allerlei|diverse|verschillende|meerdere)${S}(?:problemen|zorgen|incidenten|signalen|dingen|zaken|conflicten|spanningen|acties|stappen|maatregelen|interventies|hulpverleners|instanties)|(?<!(?<![\\p{L}\\p{N}])(?:de|het|als)${S})enige?(?!${S}(?:kind|zoon|dochter|keer|manier|verzorger|ouder|die|dat)(?![\\p{L}\\p{N}]))`,
  },
];
