import { assertNooit, type DossierToestand, type Vastlegging } from "./toestand.ts";
import { GESPREKSPARTNERS, STAPPEN, type BESLUITEN, type Stap } from "./keuzes.ts";
import { versneldeRoute } from "./versnelde-route.ts";

type Gesprekspartner = (typeof GESPREKSPARTNERS)[number];

export type StapStatus = "niet_gestart" | "bezig" | "afgerond" | "niet_van_toepassing";

export interface StapOverzicht {
  readonly stap: Stap;
  readonly status: StapStatus;
  /** Why the step does not apply, as a translation key or the professional's own words. */
  readonly reden?: { readonly sleutel: string } | { readonly tekst: string };
  /** What is still needed before the step counts as done (translation keys). */
  readonly ontbreekt: readonly string[];
  /** What a careful professional would still look at; never blocks anything. */
  readonly aandachtspunten: readonly string[];
}

/**
 * The task list: for each Meldcode step its status and what is still missing. It only informs:
 * steps may be taken in any order and a report in acute danger never waits for it.
 */
export function maakTakenlijst(toestand: DossierToestand): readonly StapOverzicht[] {
  return STAPPEN.map((stap) => overzichtVan(stap, toestand));
}

function overzichtVan(stap: Stap, t: DossierToestand): StapOverzicht {
  switch (stap) {
    case "signalen":
      return signalen(t);
    case "kindcheck":
      return kindcheck(t);
    case "consultatie":
      return consultatie(t);
    case "gesprek":
      return gesprek(t);
    case "wegen":
      return wegen(t);
    case "beslissen":
      return beslissen(t);
    default:
      return assertNooit(stap);
  }
}

function signalen(t: DossierToestand): StapOverzicht {
  const zorgen = t.signalen.filter((s) => s.gegevens.soort !== "tegenindicatie");
  const aandachtspunten: string[] = [];
  if (zorgen.length > 0 && !t.signalen.some((s) => s.gegevens.soort === "tegenindicatie"))
    aandachtspunten.push("taak.geen_tegenindicatie");
  if (zorgen.some((s) => !s.gegevens.interpretatie)) aandachtspunten.push("taak.interpretatie_apart");
  const status: StapStatus = zorgen.length > 0 ? "afgerond" : t.signalen.length > 0 ? "bezig" : "niet_gestart";
  return { stap: "signalen", status, ontbreekt: zorgen.length > 0 ? [] : ["taak.geen_signaal"], aandachtspunten };
}

function kindcheck(t: DossierToestand): StapOverzicht {
  if (t.kindcheck) return { stap: "kindcheck", status: "afgerond", ontbreekt: [], aandachtspunten: [] };
  const nvt = t.nietVanToepassing.filter((n) => n.gegevens.stap === "kindcheck").at(-1);
  if (nvt)
    return {
      stap: "kindcheck",
      status: "niet_van_toepassing",
      reden: { tekst: nvt.gegevens.reden },
      ontbreekt: [],
      aandachtspunten: [],
    };
  if (t.opening?.gegevens.aanleiding === "zorg_om_volwassen_client") {
    return { stap: "kindcheck", status: "niet_gestart", ontbreekt: ["taak.kindcheck_open"], aandachtspunten: [] };
  }
  return {
    stap: "kindcheck",
    status: "niet_van_toepassing",
    reden: { sleutel: "taak.kindcheck_kind_zelf" },
    ontbreekt: [],
    aandachtspunten: [],
  };
}

function consultatie(t: DossierToestand): StapOverzicht {
  const gehouden = t.consultaties.length > 0;
  const metDeskundige = t.consultaties.some((c) => c.gegevens.met !== "collega");
  // A special route is not done until the expert it requires has been consulted.
  const route = versneldeRoute(t);
  const deskundigeOntbreekt = route !== null && !route.deskundigeGeraadpleegd;
  const ontbreekt = [
    ...(gehouden ? [] : ["taak.geen_consultatie"]),
    ...(deskundigeOntbreekt ? ["taak.deskundige_bijzondere_route"] : []),
  ];
  return {
    stap: "consultatie",
    status: ontbreekt.length === 0 ? "afgerond" : gehouden ? "bezig" : "niet_gestart",
    ontbreekt,
    aandachtspunten: gehouden && !metDeskundige && !deskundigeOntbreekt ? ["taak.deskundige_raadplegen"] : [],
  };
}

function gesprek(t: DossierToestand): StapOverzicht {
  const gedaan = (met: Gesprekspartner) =>
    t.gesprekken.some((g) => g.gegevens.met === met) || t.gesprekkenNietGevoerd.some((g) => g.gegevens.met === met);
  const ontbreekt = [
    ...(gedaan("ouders") ? [] : ["taak.gesprek_ouders_open"]),
    ...(gedaan("kind") ? [] : ["taak.gesprek_kind_open"]),
  ];
  const aandachtspunten: string[] =
    t.disclosure && t.gesprekken.some((g) => g.gegevens.met === "ouders")
      ? []
      : t.disclosure
        ? ["taak.disclosure_eerst_afstemmen"]
        : [];
  const route = versneldeRoute(t);
  if (route !== null && !route.deskundigeGeraadpleegd) aandachtspunten.push("taak.bijzonder_eerst_deskundige");
  // The latest preparation per partner counts: unsafe means record the ground for not talking, or talk after all.
  // Preparing is suggested only when no disclosure or special route asks to coordinate first.
  const eerstAfstemmen = aandachtspunten.length > 0;
  for (const met of GESPREKSPARTNERS) {
    if (gedaan(met)) continue;
    const voorbereiding = laatsteVoorbereiding(t, met);
    if (voorbereiding?.gegevens.veilig === "nee") aandachtspunten.push(`taak.gesprek_${met}_niet_veilig`);
    else if (!voorbereiding && met === "ouders" && t.signalen.length > 0 && !eerstAfstemmen)
      aandachtspunten.push("taak.gesprek_voorbereiden");
  }
  const voorbereid = t.voorbereidingen.length > 0;
  const status: StapStatus =
    ontbreekt.length === 0 ? "afgerond" : ontbreekt.length === 2 && !voorbereid ? "niet_gestart" : "bezig";
  return { stap: "gesprek", status, ontbreekt, aandachtspunten };
}

/** The latest preparation of the conversation with `met`, if any. */
export function laatsteVoorbereiding(
  t: DossierToestand,
  met: Gesprekspartner,
): Vastlegging<"gesprek_voorbereid"> | undefined {
  return t.voorbereidingen.filter((v) => v.gegevens.met === met).at(-1);
}

function wegen(t: DossierToestand): StapOverzicht {
  const { pad, volgendeVraag } = t.afweging;
  const klaar = t.disclosure || pad.some((stap) => stap.vraag === 2) || t.afweging.afsluiten;
  if (klaar) return { stap: "wegen", status: "afgerond", ontbreekt: [], aandachtspunten: [] };
  return {
    stap: "wegen",
    status: pad.length > 0 ? "bezig" : "niet_gestart",
    ontbreekt: volgendeVraag === null ? [] : [`taak.vraag_${volgendeVraag}_open`],
    aandachtspunten: [],
  };
}

function beslissen(t: DossierToestand): StapOverzicht {
  const { volgendeVraag, samenMetVeiligThuis } = t.afweging;
  const openVraag = volgendeVraag !== null && volgendeVraag >= 3 ? [`taak.vraag_${volgendeVraag}_open`] : [];
  const aandachtspunten = samenMetVeiligThuis ? ["taak.samen_met_veilig_thuis"] : [];
  if (t.openVoorstel)
    return { stap: "beslissen", status: "bezig", ontbreekt: ["taak.voorstel_wacht"], aandachtspunten };
  if (t.besluiten.length > 0) return { stap: "beslissen", status: "afgerond", ontbreekt: [], aandachtspunten };
  const begonnen = t.afweging.pad.some((stap) => typeof stap.vraag === "number" && stap.vraag >= 3);
  return {
    stap: "beslissen",
    status: begonnen ? "bezig" : "niet_gestart",
    ontbreekt: [...openVraag, "taak.besluit_open"],
    aandachtspunten,
  };
}

/** What to do now: the step to go to and the first thing it still needs (a translation key). */
export interface VolgendeStap {
  readonly stap: Stap;
  readonly wat: string;
}

/**
 * The next step for the overview, in the Meldcode's order: the first step that is not started or
 * in progress, with the first thing it still misses. A case without a signal of concern starts by
 * recording one, whatever else was done: the weighing needs something to weigh. Null when every
 * step up to the decision is done, a decision was taken (what follows is on the report and follow-up
 * pages), or the case is closed. It informs and never blocks.
 */
export function volgendeStap(toestand: DossierToestand): VolgendeStap | null {
  if (toestand.status === "gesloten" || toestand.besluiten.length > 0) return null;
  const lijst = maakTakenlijst(toestand);
  const signalenStap = lijst.find((s) => s.stap === "signalen");
  if (signalenStap && signalenStap.status !== "afgerond")
    return { stap: "signalen", wat: signalenStap.ontbreekt[0] ?? "taak.geen_signaal" };
  const open = lijst.find(
    (s) =>
      (s.status === "niet_gestart" || s.status === "bezig") && (s.ontbreekt.length > 0 || s.aandachtspunten.length > 0),
  );
  if (!open) return null;
  return { stap: open.stap, wat: open.ontbreekt[0] ?? open.aandachtspunten[0] ?? `stap.${open.stap}.titel` };
}

/** Every value faseVan can give: the filter of the dossier list accepts exactly these. */
export const LIJST_FASEN = [
  ...STAPPEN,
  "besluit_melden",
  "besluit_melden_en_hulp",
  "besluit_hulp",
  "besluit_afsluiten",
  "gemeld",
  "hulp",
  "monitoring",
  "gesloten",
] as const satisfies readonly (
  Stap | `besluit_${(typeof BESLUITEN)[number]}` | "gemeld" | "hulp" | "monitoring" | "gesloten"
)[];
export type LijstFase = (typeof LIJST_FASEN)[number];

/** A one-word phase for lists: closed, decided, or the first step that still needs work. */
export function faseVan(toestand: DossierToestand): string {
  if (toestand.status === "gesloten") return "gesloten";
  const monitoring = toestand.monitoring.at(-1);
  if (monitoring && monitoring.einde === null) return "monitoring";
  const hulp = toestand.hulp.at(-1);
  if (hulp) {
    const evaluatie = toestand.evaluaties.filter((e) => e.vastgelegdOp > hulp.vastgelegdOp).at(-1);
    if (!evaluatie || evaluatie.gegevens.vervolg === "hulp_voortzetten") return "hulp";
  }
  if (toestand.meldingen.length > 0) return "gemeld";
  const besluit = toestand.besluiten.at(-1);
  if (besluit) return `besluit_${besluit.gegevens.besluit}`;
  const open = maakTakenlijst(toestand).find((s) => s.status === "niet_gestart" || s.status === "bezig");
  return open?.stap ?? "beslissen";
}
