/**
 * Measures the factuality check. `meetCorpus` compares findings span by span with the labelled training
 * corpus, so a change to the rules shows at once what it wins and what it breaks: a finding counts as
 * correct only when both its soort and its exact span match an expected fragment. `meetZinnen` measures
 * at sentence level on any labelled split, the training corpus or the blind split written without
 * sight of the rules (`feitelijkheid.blind.json`, read by `scripts/feitelijkheid-meting.ts`).
 */
import { z } from "zod";
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import type { CorpusZin } from "./feitelijkheid.corpus.ts";

/** The kinds the word rules give, measured span by span; `zonder_anker` (the sentence rule) counts per sentence. */
export const WOORDREGEL_SOORTEN = BEVINDING_SOORTEN.filter(
  (s): s is Exclude<BevindingSoort, "zonder_anker"> => s !== "zonder_anker",
);
export type WoordregelSoort = (typeof WOORDREGEL_SOORTEN)[number];

export interface PrecisieRecall {
  readonly precisie: number;
  readonly recall: number;
}

/** One expected finding that was missed, or one finding that was not expected. */
export interface Afwijking {
  readonly tekst: string;
  readonly soort: BevindingSoort;
  readonly fragment: string;
}

export interface Meting extends PrecisieRecall {
  readonly zinnen: number;
  readonly bevindingenVerwacht: number;
  readonly bevindingenGevonden: number;
  readonly perSoort: Record<WoordregelSoort, PrecisieRecall>;
  /** Sentence level: is a sentence with (or without) problems recognised as such? */
  readonly zinsniveau: PrecisieRecall;
  readonly gemist: readonly Afwijking[];
  readonly onterecht: readonly Afwijking[];
}

interface Span {
  readonly begin: number;
  readonly eind: number;
  readonly soort: BevindingSoort;
}

/** The expected spans of a sentence: the `keer`-th occurrence of each fragment (the first by default). */
export function verwachteSpans(zin: CorpusZin): Span[] {
  return zin.verwacht.map(({ soort, fragment, keer = 0 }) => {
    let begin = -1;
    for (let i = 0; i <= keer; i++) begin = zin.tekst.indexOf(fragment, begin + 1);
    if (begin < 0) throw new Error(`Fragment "${fragment}" (keer ${keer}) staat niet in: ${zin.tekst}`);
    return { begin, eind: begin + fragment.length, soort };
  });
}

/** Ratio with an empty denominator counted as perfect: no findings of a kind means none were wrong. */
const deel = (teller: number, noemer: number): number => (noemer === 0 ? 1 : teller / noemer);

export function meetCorpus(corpus: readonly CorpusZin[] = CORPUS): Meting {
  const telling = Object.fromEntries(
    WOORDREGEL_SOORTEN.map((s) => [s, { goed: 0, gevonden: 0, verwacht: 0 }]),
  ) as Record<WoordregelSoort, { goed: number; gevonden: number; verwacht: number }>;
  const gemist: Afwijking[] = [];
  const onterecht: Afwijking[] = [];
  const zinnen = { terechtGemarkeerd: 0, gemarkeerd: 0, metProbleem: 0 };
  for (const zin of corpus) {
    const verwacht = verwachteSpans(zin);
    const alle = controleerFeitelijkheid(zin.tekst);
    // Spans measure the word rules; the sentence rule (decision 0043) flags whole sentences and counts at sentence level.
    const gevonden = alle.filter((g): g is typeof g & { soort: WoordregelSoort } => g.soort !== "zonder_anker");
    const isGelijk = (a: Span, b: Span) => a.begin === b.begin && a.eind === b.eind && a.soort === b.soort;
    for (const v of verwacht) {
      if (v.soort === "zonder_anker") continue;
      telling[v.soort].verwacht++;
      if (!gevonden.some((g) => isGelijk(g, v)))
        gemist.push({ tekst: zin.tekst, soort: v.soort, fragment: zin.tekst.slice(v.begin, v.eind) });
    }
    for (const g of gevonden) {
      telling[g.soort].gevonden++;
      if (verwacht.some((v) => isGelijk(g, v))) telling[g.soort].goed++;
      else onterecht.push({ tekst: zin.tekst, soort: g.soort, fragment: zin.tekst.slice(g.begin, g.eind) });
    }
    if (verwacht.length > 0) zinnen.metProbleem++;
    if (alle.length > 0) zinnen.gemarkeerd++;
    if (verwacht.length > 0 && alle.length > 0) zinnen.terechtGemarkeerd++;
  }
  const totaal = Object.values(telling).reduce((a, t) => ({
    goed: a.goed + t.goed,
    gevonden: a.gevonden + t.gevonden,
    verwacht: a.verwacht + t.verwacht,
  }));
  const perSoort = Object.fromEntries(
    WOORDREGEL_SOORTEN.map((s) => [
      s,
      { precisie: deel(telling[s].goed, telling[s].gevonden), recall: deel(telling[s].goed, telling[s].verwacht) },
    ]),
  ) as Record<WoordregelSoort, PrecisieRecall>;
  return {
    zinnen: corpus.length,
    bevindingenVerwacht: totaal.verwacht,
    bevindingenGevonden: totaal.gevonden,
    precisie: deel(totaal.goed, totaal.gevonden),
    recall: deel(totaal.goed, totaal.verwacht),
    perSoort,
    zinsniveau: {
      precisie: deel(zinnen.terechtGemarkeerd, zinnen.gemarkeerd),
      recall: deel(zinnen.terechtGemarkeerd, zinnen.metProbleem),
    },
    gemist,
    onterecht,
  };
}

/**
 * Sentence level, as the issue measures it: a sentence labelled `interpretatie` is recognised when the
 * check gives it at least one finding (recall); a sentence labelled `feit` is falsely flagged when it
 * gets any finding. Reported per kind of interpretation, per sector and per section of the report.
 */
export const gelabeldeZinSchema = z.object({
  tekst: z.string().min(1),
  label: z.enum(["feit", "interpretatie"]),
  soort: z.string().optional(),
  sector: z.string().optional(),
  sectie: z.string().optional(),
});
export type GelabeldeZin = z.infer<typeof gelabeldeZinSchema>;

/** Reads any labelled split (the blind one is JSON on disk): an array of `{ tekst, label, soort?, sector?, sectie? }`. */
export function leesGelabeldeZinnen(inhoud: unknown): GelabeldeZin[] {
  return z.array(gelabeldeZinSchema).parse(inhoud);
}

/** The training corpus as labelled sentences; an interpretation without its own kind takes the soort of its first finding. */
export function alsGelabeld(corpus: readonly CorpusZin[] = CORPUS): GelabeldeZin[] {
  return corpus.map((zin) => {
    const eerste = zin.verwacht[0];
    return {
      tekst: zin.tekst,
      label: eerste === undefined ? "feit" : "interpretatie",
      ...(eerste === undefined ? {} : { soort: zin.interpretatie ?? eerste.soort }),
      sector: zin.sector ?? "onderwijs",
      ...(zin.sectie === undefined ? {} : { sectie: zin.sectie }),
    };
  });
}

export interface Groep {
  readonly feiten: number;
  readonly valsGemarkeerd: number;
  readonly interpretaties: number;
  readonly herkend: number;
  /** Share of interpretations with at least one finding (1 when there are none). */
  readonly recall: number;
  /** Share of facts with any finding (0 when there are none). */
  readonly valseMeldingen: number;
}

export interface ZinsMeting extends Groep {
  readonly zinnen: number;
  readonly perSoort: Readonly<Record<string, Groep>>;
  readonly perSector: Readonly<Record<string, Groep>>;
  readonly perSectie: Readonly<Record<string, Groep>>;
  readonly gemist: readonly GelabeldeZin[];
  readonly onterecht: readonly { readonly zin: GelabeldeZin; readonly fragmenten: readonly string[] }[];
}

interface Teller {
  feiten: number;
  valsGemarkeerd: number;
  interpretaties: number;
  herkend: number;
}

const alsGroep = (t: Teller): Groep => ({
  ...t,
  recall: deel(t.herkend, t.interpretaties),
  valseMeldingen: t.feiten === 0 ? 0 : t.valsGemarkeerd / t.feiten,
});

export function meetZinnen(zinnen: readonly GelabeldeZin[]): ZinsMeting {
  const nieuw = (): Teller => ({ feiten: 0, valsGemarkeerd: 0, interpretaties: 0, herkend: 0 });
  const totaal = nieuw();
  const groepen = {
    soort: new Map<string, Teller>(),
    sector: new Map<string, Teller>(),
    sectie: new Map<string, Teller>(),
  };
  const gemist: GelabeldeZin[] = [];
  const onterecht: { zin: GelabeldeZin; fragmenten: string[] }[] = [];
  for (const zin of zinnen) {
    const bevindingen = controleerFeitelijkheid(zin.tekst);
    const gemarkeerd = bevindingen.length > 0;
    const tellers = [totaal];
    for (const as of ["soort", "sector", "sectie"] as const) {
      const sleutel = zin[as];
      if (sleutel === undefined || (as === "soort" && zin.label === "feit")) continue;
      const teller = groepen[as].get(sleutel) ?? nieuw();
      groepen[as].set(sleutel, teller);
      tellers.push(teller);
    }
    for (const t of tellers) {
      if (zin.label === "feit") {
        t.feiten++;
        if (gemarkeerd) t.valsGemarkeerd++;
      } else {
        t.interpretaties++;
        if (gemarkeerd) t.herkend++;
      }
    }
    if (zin.label === "interpretatie" && !gemarkeerd) gemist.push(zin);
    if (zin.label === "feit" && gemarkeerd)
      onterecht.push({ zin, fragmenten: bevindingen.map((b) => zin.tekst.slice(b.begin, b.eind)) });
  }
  const perGroep = (kaart: Map<string, Teller>) =>
    Object.fromEntries([...kaart].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, alsGroep(t)]));
  return {
    zinnen: zinnen.length,
    ...alsGroep(totaal),
    perSoort: perGroep(groepen.soort),
    perSector: perGroep(groepen.sector),
    perSectie: perGroep(groepen.sectie),
    gemist,
    onterecht,
  };
}
