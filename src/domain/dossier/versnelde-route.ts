import { BIJZONDERE_ROUTES, type BijzondereRoute } from "../kennis/keuzes.ts";
import { DESKUNDIGEN_BIJZONDERE_ROUTE } from "./keuzes.ts";
import type { DossierToestand, Vastlegging } from "./toestand.ts";
import { isoVanMs, msVanIso } from "../tijd/tijdstip.ts";

/**
 * The accelerated route (seed 003): once a signal is marked as honour-related violence, female genital
 * mutilation, forced marriage or abandonment abroad, the case needs an expert consulted, and with an
 * acute threat the steps are due within the hour. The clock is guidance, not a lock: nothing is refused
 * when it runs out, but the case shows it until an expert consultation or an acute call is recorded.
 */
export const VERSNELD_TERMIJN_MS = 60 * 60 * 1000;

export type KlokStatus = "lopend" | "verstreken" | "gehaald" | "te_laat";

export interface VersneldeKlok {
  /** When an acute threat was first recorded on a current signal. */
  readonly start: string;
  readonly deadline: string;
  /** The first expert consultation or acute call recorded after the start; null while none is. */
  readonly actieOp: string | null;
  readonly status: KlokStatus;
  /** Whole minutes left (lopend) or over (verstreken); 0 once an action is recorded. */
  readonly minuten: number;
}

export interface VersneldeRoute {
  /** The marked forms of violence, in content order, each once. */
  readonly vormen: readonly BijzondereRoute[];
  /** When the first current signal was marked. */
  readonly sinds: string;
  readonly deskundigeGeraadpleegd: boolean;
  readonly dreigingAcuut: boolean;
}

type Signaal = Vastlegging<"signaal_vastgelegd">;

/**
 * When a signal first held a property in its current content's history: the original entry or the
 * correction that introduced it. A correction that removes the mark ends it; a later one starts anew.
 */
function sindsWanneer(signaal: Signaal, geldt: (g: Signaal["gegevens"]) => boolean): string | null {
  if (!geldt(signaal.gegevens)) return null;
  const versies: { op: string; gegevens: Signaal["gegevens"] }[] = [
    { op: signaal.vastgelegdOp, gegevens: signaal.origineel },
    ...signaal.correcties.map((c) => ({ op: c.opgetredenOp, gegevens: c.gegevens.gegevens as Signaal["gegevens"] })),
  ];
  let sinds: string | null = null;
  for (const versie of versies) {
    if (!geldt(versie.gegevens)) sinds = null;
    else sinds ??= versie.op;
  }
  return sinds;
}

const vroegste = (tijden: readonly (string | null)[]): string | null =>
  tijden.filter((t): t is string => t !== null).sort()[0] ?? null;

const heeftVorm = (g: Signaal["gegevens"]) => (g.bijzondereVormen ?? []).length > 0;
const isAcuut = (g: Signaal["gegevens"]) => heeftVorm(g) && (g.dreigingAcuut ?? false);

/** The accelerated route of a case, or null when no current signal is marked. */
export function versneldeRoute(toestand: DossierToestand): VersneldeRoute | null {
  const gemarkeerd = toestand.signalen.filter((s) => heeftVorm(s.gegevens));
  const sinds = vroegste(gemarkeerd.map((s) => sindsWanneer(s, heeftVorm)));
  if (sinds === null) return null;
  const vormen = new Set(gemarkeerd.flatMap((s) => s.gegevens.bijzondereVormen ?? []));
  return {
    vormen: BIJZONDERE_ROUTES.filter((v) => vormen.has(v)),
    sinds,
    deskundigeGeraadpleegd: toestand.consultaties.some((c) => DESKUNDIGEN_BIJZONDERE_ROUTE.includes(c.gegevens.met)),
    dreigingAcuut: gemarkeerd.some((s) => isAcuut(s.gegevens)),
  };
}

/** The moments the hour clock is made of: the acute threat's start and the first action at or after it. */
export interface KlokMomenten {
  readonly start: string;
  readonly actieOp: string | null;
}

/**
 * When the hour clock started and when it stopped: the first expert consultation or acute call
 * recorded at or after the start (the steps seed 003 asks for within the hour). Null without an acute threat.
 */
export function klokMomenten(toestand: DossierToestand): KlokMomenten | null {
  const start = vroegste(toestand.signalen.map((s) => sindsWanneer(s, isAcuut)));
  if (start === null) return null;
  const startMs = msVanIso(start);
  const acties = [
    ...toestand.consultaties
      .filter((c) => DESKUNDIGEN_BIJZONDERE_ROUTE.includes(c.gegevens.met))
      .map((c) => c.vastgelegdOp),
    ...toestand.acuteContacten.map((c) => c.vastgelegdOp),
  ].filter((op) => msVanIso(op) >= startMs);
  return { start, actieOp: vroegste(acties) };
}

/** The hour clock from its moments at instant `nu` (ISO); the werkvoorraad reads the moments from the list columns. */
export function klokOp({ start, actieOp }: KlokMomenten, nu: string): VersneldeKlok {
  const startMs = msVanIso(start);
  const deadlineMs = startMs + VERSNELD_TERMIJN_MS;
  const deadline = isoVanMs(deadlineMs);
  if (actieOp !== null) {
    return { start, deadline, actieOp, status: msVanIso(actieOp) <= deadlineMs ? "gehaald" : "te_laat", minuten: 0 };
  }
  const verschil = deadlineMs - msVanIso(nu);
  return verschil > 0
    ? { start, deadline, actieOp: null, status: "lopend", minuten: Math.ceil(verschil / 60_000) }
    : {
        start,
        deadline,
        actieOp: null,
        status: "verstreken",
        minuten: Math.floor((msVanIso(nu) - deadlineMs) / 60_000),
      };
}

/** The hour clock for an acute threat at instant `nu` (ISO). */
export function versneldeKlok(toestand: DossierToestand, nu: string): VersneldeKlok | null {
  const momenten = klokMomenten(toestand);
  return momenten === null ? null : klokOp(momenten, nu);
}
