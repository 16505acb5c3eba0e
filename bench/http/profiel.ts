/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, e.g. from `npm run bench:http -- --profiel=<dir>`):
 * self time per function, and per package or source directory, highest first.
 *
 *   node --import tsx bench/http/profiel.ts /tmp/profiel/CPU.*.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Knoop {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profiel {
  readonly nodes: readonly Knoop[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});
const top = Number(values.top);

/** Where a frame comes from: a package in node_modules, a source directory, node itself, or V8's own entries. */
function herkomst(url: string, naam: string): string {
  if (url === "") return naam.startsWith("(") ? naam : "(node/V8)";
  const pakket = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pakket) return pakket;
  if (url.startsWith("node:")) return "node:*";
  const bron = /\/(build\/server|src\/[^/]+\/[^/]+)/.exec(url)?.[1];
  return bron ?? url.replace(/^file:\/\//, "");
}

for (const bestand of positionals) {
  const profiel = JSON.parse(readFileSync(bestand, "utf8")) as Profiel;
  const perKnoop = new Map<number, Knoop>(profiel.nodes.map((k) => [k.id, k]));
  const perFunctie = new Map<string, number>();
  const perHerkomst = new Map<string, number>();
  let totaal = 0;
  profiel.samples.forEach((id, i) => {
    const knoop = perKnoop.get(id);
    const tijd = profiel.timeDeltas[i] ?? 0;
    if (!knoop) return;
    totaal += tijd;
    const { functionName, url, lineNumber } = knoop.callFrame;
    const sleutel = `${functionName || "(anoniem)"}  ${url ? `${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(build|src)\//, "$1/")}:${lineNumber + 1}` : ""}`;
    perFunctie.set(sleutel, (perFunctie.get(sleutel) ?? 0) + tijd);
    const h = herkomst(url, functionName);
    perHerkomst.set(h, (perHerkomst.get(h) ?? 0) + tijd);
  });
  const procent = (t: number) => `${((100 * t) / totaal).toFixed(1).padStart(5)}%`;
  console.log(`${bestand}: ${(totaal / 1e6).toFixed(1)} s bemonsterd\n\nEigen tijd per herkomst:`);
  for (const [h, t] of [...perHerkomst].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${procent(t)}  ${h}`);
  console.log(`\nEigen tijd per functie (top ${top}):`);
  for (const [f, t] of [...perFunctie].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${procent(t)}  ${f}`);
}
