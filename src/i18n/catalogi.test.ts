import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import {
  ACUUT_CONTACTEN,
  AANLEIDINGEN,
  ANTWOORDEN,
  PARTICIPATIE_STATUSSEN,
  BESLUITEN,
  BRONNEN,
  CONSULTATIE_PARTNERS,
  GEBEURTENIS_TYPES,
  GESPREKSPARTNERS,
  VEILIG_GESPREK,
  GRONDEN_GEEN_GESPREK,
  KINDCHECK_AANLEIDINGEN,
  SIGNAAL_SOORTEN,
  STAPPEN,
} from "../domain/dossier/keuzes.ts";
import { CATALOGI } from "./vertaal.ts";

type Boom = { readonly [sleutel: string]: string | Boom };

function platteSleutels(boom: Boom, voorvoegsel = ""): string[] {
  return Object.entries(boom).flatMap(([k, v]) =>
    typeof v === "string" ? [`${voorvoegsel}${k}`] : platteSleutels(v, `${voorvoegsel}${k}.`),
  );
}

const nl = new Set(platteSleutels(CATALOGI.nl));
const en = new Set(platteSleutels(CATALOGI.en));

/** A key exists when it is there as such or as an i18next plural (`_one`/`_other`). */
function bestaat(sleutel: string, catalogus: Set<string>): boolean {
  return catalogus.has(sleutel) || (catalogus.has(`${sleutel}_one`) && catalogus.has(`${sleutel}_other`));
}

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const vol = path.join(map, naam);
    if (statSync(vol).isDirectory()) return bronbestanden(vol);
    return /\.tsx?$/.test(naam) && !naam.endsWith(".test.ts") ? [vol] : [];
  });
}

/** Every literal key the code hands to i18next: `t("…")`, `sleutel: "…"` and pushed `taak.`/`fout.` keys. */
function gebruikteSleutels(): Map<string, string> {
  const gevonden = new Map<string, string>();
  const patronen = [
    /\bt\(\s*"([a-z_]+(?:\.[A-Za-z0-9_]+)+)"/g,
    /sleutel:\s*"([a-z_]+(?:\.[A-Za-z0-9_]+)+)"/g,
    /"((?:taak|fout|api)\.[a-z0-9_]+)"/g,
  ];
  for (const bestand of bronbestanden(SRC)) {
    const tekst = readFileSync(bestand, "utf8");
    for (const patroon of patronen)
      for (const m of tekst.matchAll(patroon)) if (m[1]) gevonden.set(m[1], path.relative(SRC, bestand));
  }
  return gevonden;
}

describe("the language catalogues", () => {
  it("hold exactly the same keys in Dutch and English", () => {
    assert.deepEqual(
      [...nl].filter((k) => !en.has(k)),
      [],
      "in nl.json, missing in en.json",
    );
    assert.deepEqual(
      [...en].filter((k) => !nl.has(k)),
      [],
      "in en.json, missing in nl.json",
    );
  });

  it("have no empty texts", () => {
    for (const [taal, catalogus] of Object.entries(CATALOGI)) {
      const leeg = platteSleutels(catalogus).filter((k) => {
        const waarde = k
          .split(".")
          .reduce<string | Boom | undefined>((b, d) => (typeof b === "object" ? b[d] : undefined), catalogus);
        return typeof waarde !== "string" || waarde.trim() === "";
      });
      assert.deepEqual(leeg, [], `lege teksten in ${taal}`);
    }
  });

  it("have every key the code asks for", () => {
    const gebruikt = gebruikteSleutels();
    assert.ok(gebruikt.size > 100, `the scan should find the keys the code uses, found ${gebruikt.size}`);
    const ontbreekt = [...gebruikt].filter(([k]) => !bestaat(k, nl)).map(([k, waar]) => `${k} (${waar})`);
    assert.deepEqual(ontbreekt, [], "keys used in code but missing in the catalogues");
  });

  it("label every choice the domain offers", () => {
    const tabel: [string, readonly string[]][] = [
      ["keuze.soort", SIGNAAL_SOORTEN],
      ["keuze.soort_hint", SIGNAAL_SOORTEN],
      ["keuze.bron", BRONNEN],
      ["keuze.aanleiding", AANLEIDINGEN],
      ["keuze.aanleiding_hint", AANLEIDINGEN],
      ["keuze.kindcheck_aanleiding", KINDCHECK_AANLEIDINGEN],
      ["keuze.consultatie_met", CONSULTATIE_PARTNERS],
      ["keuze.consultatie_met_hint", CONSULTATIE_PARTNERS],
      ["keuze.gesprek_met", GESPREKSPARTNERS],
      ["keuze.veilig_gesprek", VEILIG_GESPREK],
      ["keuze.grond", GRONDEN_GEEN_GESPREK],
      ["keuze.grond_hint", GRONDEN_GEEN_GESPREK],
      ["keuze.antwoord", ANTWOORDEN],
      ["keuze.acuut_met", ACUUT_CONTACTEN],
      ["keuze.participatie_status", PARTICIPATIE_STATUSSEN],
      ["keuze.besluit", BESLUITEN],
      ["gebeurtenis", GEBEURTENIS_TYPES],
      ["stap", STAPPEN],
    ];
    const ontbreekt = tabel.flatMap(([groep, waarden]) =>
      waarden.map((w) => `${groep}.${w}`).filter((k) => !bestaat(k, nl) && !nl.has(`${k}.titel`)),
    );
    assert.deepEqual(ontbreekt, [], "choices without a label");
  });
});
