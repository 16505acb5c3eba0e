import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KENNIS } from "../domain/kennis/inhoud.ts";
import { CATALOGI } from "./vertaal.ts";

/**
 * The English interface calls a dossier a "case file", everywhere: English-speaking professionals
 * read "dossier" as a file kept on a person, and a mix of both terms made them ask whether there were
 * two things. Dutch keeps "dossier". This fails as soon as the other term comes back in en.json or in
 * the English knowledge content (keys such as `dossier.titel` are code, not text, and are not read).
 */

const ANDERE_TERM = /\bdossiers?\b/iu;

/** Every string in a tree of texts, with where it sits. */
function teksten(boom: unknown, pad: string, alleenEngels: boolean): [string, string][] {
  if (typeof boom === "string") return alleenEngels ? [] : [[pad, boom]];
  if (Array.isArray(boom)) return boom.flatMap((x, i) => teksten(x, `${pad}[${i}]`, alleenEngels));
  if (boom === null || typeof boom !== "object") return [];
  return Object.entries(boom).flatMap(([sleutel, waarde]) =>
    alleenEngels && sleutel === "en" && typeof waarde === "string"
      ? [[`${pad}.en`, waarde] as [string, string]]
      : teksten(waarde, `${pad}.${sleutel}`, alleenEngels),
  );
}

describe("one English term for a dossier", () => {
  const interfaceTeksten = teksten(CATALOGI.en, "en.json", false);
  const kennisTeksten = teksten(KENNIS, "KENNIS", true);

  it("reads the texts it checks", () => {
    assert.ok(interfaceTeksten.length > 500, `en.json: ${interfaceTeksten.length} texts`);
    assert.ok(kennisTeksten.length > 100, `English knowledge content: ${kennisTeksten.length} texts`);
    assert.ok(
      interfaceTeksten.some(([, t]) => /\bcase files?\b/iu.test(t)),
      "the chosen term is used",
    );
  });
  it("never says 'dossier' in en.json", () => {
    assert.deepEqual(
      interfaceTeksten.filter(([, t]) => ANDERE_TERM.test(t)),
      [],
    );
  });
  it("never says 'dossier' in the English knowledge content", () => {
    assert.deepEqual(
      kennisTeksten.filter(([, t]) => ANDERE_TERM.test(t)),
      [],
    );
  });
  it("keeps 'dossier' in Dutch", () => {
    assert.ok(
      teksten(CATALOGI.nl, "nl.json", false).some(([, t]) => ANDERE_TERM.test(t)),
      "nl.json",
    );
  });
});
