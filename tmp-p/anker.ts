import { readFileSync } from "node:fs";
import { ANKERS, CITAATTEKEN } from "../src/domain/melding/feitelijkheid.ankers.ts";
import { controleerFeitelijkheid } from "../src/domain/melding/feitelijkheid.ts";
import { alsGelabeld, leesGelabeldeZinnen } from "../src/domain/melding/feitelijkheid.meting.ts";
const metGrenzen = (p: string) => `(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`;
const anker = new RegExp(`${metGrenzen(`${ANKERS.tijd}|${ANKERS.bron}|${ANKERS.concreet}|${ANKERS.getal}`)}|${CITAATTEKEN}`, "u");
const splits: [string, ReturnType<typeof alsGelabeld>][] = [["training", alsGelabeld()]];
for (const [n, f] of [["dev1", "blind"], ["dev2", "blind2"], ["dev3", "blind3"], ["dev4", "blind4"]]) splits.push([n!, leesGelabeldeZinnen(JSON.parse(readFileSync(`src/domain/melding/feitelijkheid.${f}.json`, "utf8")))]);
for (const [naam, zinnen] of splits) {
  const t = { feitZonder: 0, feit: 0, interpGemistZonder: 0, interpGemist: 0, interp: 0 };
  const voorbeelden: string[] = [];
  for (const z of zinnen) {
    const heeft = anker.test(z.tekst.toLowerCase());
    const gevlagd = controleerFeitelijkheid(z.tekst).length > 0;
    if (z.label === "feit") { t.feit++; if (!heeft) { t.feitZonder++; if (voorbeelden.length < 6) voorbeelden.push(z.tekst); } }
    else { t.interp++; if (!gevlagd) { t.interpGemist++; if (!heeft) t.interpGemistZonder++; } }
  }
  console.log(naam, JSON.stringify(t));
  if (process.argv.includes("-v")) for (const v of voorbeelden) console.log("   ", v);
}
