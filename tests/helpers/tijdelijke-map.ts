import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after } from "node:test";

const mappen: string[] = [];
// Registered once, when a test file first imports this module: it runs when that file's tests end.
after(() => mappen.forEach((map) => rmSync(map, { recursive: true, force: true })));

/** A fresh directory under the system's temporary one, removed when the test file ends. */
export function tijdelijkeMap(voorvoegsel = "meldwijzer-controlepunten-"): string {
  const map = mkdtempSync(path.join(tmpdir(), voorvoegsel));
  mappen.push(map);
  return map;
}
