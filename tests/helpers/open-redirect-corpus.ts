import { readFileSync } from "node:fs";
import path from "node:path";

/** The lines of tests/corpus/open-redirect.txt, each as sent (percent-encoded). */
export function corpusRegels(): string[] {
  return readFileSync(path.resolve("tests/corpus/open-redirect.txt"), "utf8")
    .split("\n")
    .filter((regel) => regel.trim() !== "" && !regel.startsWith("#"));
}

/** The corpus decoded as a query string would be: what reaches `veiligTerug`. */
export function leesCorpus(): string[] {
  return corpusRegels().map((regel) => new URLSearchParams(`terug=${regel}`).get("terug") ?? "");
}
