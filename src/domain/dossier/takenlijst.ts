import { assertNooit, type DossierToestand } from "./toestand.ts";
import { STAPPEN, type Stap } from "./keuzes.ts";
import { versneldeRoute } from "./versnelde-route.ts";

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
  if (zorgen.length > 0 && !t.signalen.some((s) => s.gegevens.soort === "tegenindicatie")) aandachtspunten.push("taak.geen_tegenindicatie");
  if (zorgen.some((s) => !s.gegevens.interpretatie)) aandachtspunten.push("taak.interpretatie_apart");
  const status: StapStatus = zorgen.length > 0 ? "afgerond" : t.signalen.length > 0 ? "bezig" : "niet_gestart";
  return { stap: "signalen", status, ontbreekt: zorgen.length > 0 ? [] : ["taak.geen_signaal"], aandachtspunten };
}

function kindcheck(t: DossierToestand): StapOverzicht {
  if (t.kindcheck) return { stap: "kindcheck", status: "afgerond", ontbreekt: [], aandachtspunten: [] };
  const nvt = t.nietVanToepassing.filter((n) => n.gegevens.stap === "kindcheck").at(-1);
  if (nvt) return { stap: "kindcheck", status: "niet_van_toepassing", reden: { tekst: nvt.gegevens.reden }, ontbreekt: [], aandachtspunten: [] };
  if (t.opening?.gegevens.aanleiding === "zorg_om_volwassen_client") {
    return { stap: "kindcheck", status: "niet_gestart", ontbreekt: ["taak.kindcheck_open"], aandachtspunten: [] };
  }
  return { stap: "kindcheck", status: "niet_van_toepassing", reden: { sleutel: "taak.kindcheck_kind_zelf" }, ontbreekt: [], aandachtspunten: [] };
}

function consultatie(t: DossierToestand): StapOverzicht {
  const gehouden = t.consultaties.length > 0;
  const metDeskundige = t.consultaties.some((c) => c.gegevens.met !== "collega");
  // A special route is not done until the expert it requires has been consulted.
  const route = versneldeRoute(t);
  const deskundigeOntbreekt = route !== null && !route.deskundigeGeraadpleegd;
  const ontbreekt = [...(gehouden ? [] : ["taak.geen_consultatie"]), ...(deskundigeOntbreekt ? ["taak.deskundige_bijzondere_route"] : [])];
  return {
    stap: "consultatie",
    status: ontbreekt.length === 0 ? "afgerond" : gehouden ? "bezig" : "niet_gestart",
    ontbreekt,
    aandachtspunten: gehouden && !metDeskundige && !deskundigeOntbreekt ? ["taak.deskundige_raadplegen"] : [],
  };
}

function gesprek(t: DossierToestand): StapOverzicht {
  const gedaan = (met: "ouders" | "kind") =>
    t.gesprekken.some((g) => g.gegevens.met === met) || t.gesprekkenNietGevoerd.some((g) => g.gegevens.met === met);
  const ontbreekt = [...(gedaan("ouders") ? [] : ["taak.gesprek_ouders_open"]), ...(gedaan("kind") ? [] : ["taak.gesprek_kind_open"])];
  const aandachtspunten: string[] = t.disclosure && t.gesprekken.some((g) => g.gegevens.met === "ouders") ? [] : t.disclosure ? ["taak.disclosure_eerst_afstemmen"] : [];
  const route = versneldeRoute(t);
  if (route !== null && !route.deskundigeGeraadpleegd) aandachtspunten.push("taak.bijzonder_eerst_deskundige");
  const status: StapStatus = ontbreekt.length === 0 ? "afgerond" : ontbreekt.length === 2 ? "niet_gestart" : "bezig";
  return { stap: "gesprek", status, ontbreekt, aandachtspunten };
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
  if (t.openVoorstel) return { stap: "beslissen", status: "bezig", ontbreekt: ["taak.voorstel_wacht"], aandachtspunten };
  if (t.besluiten.length > 0) return { stap: "beslissen", status: "afgerond", ontbreekt: [], aandachtspunten };
  const begonnen = t.afweging.pad.some((stap) => typeof stap.vraag === "number" && stap.vraag >= 3);
  return { stap: "beslissen", status: begonnen ? "bezig" : "niet_gestart", ontbreekt: [...openVraag, "taak.besluit_open"], aandachtspunten };
}

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
