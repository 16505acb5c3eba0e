import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Rol } from "../dossier/keuzes.ts";
import { ROLLEN } from "../toegang/beleid.ts";

/**
 * Reading a staff list (CSV) for the import: pure, so that every problem a beheerder can meet is a
 * row in a table test. The file is judged as a whole (empty, too large, too many rows, unreadable,
 * missing columns) and per row (name, e-mail, roles, columns, duplicates within the file). Whether
 * an address is already in use is a fact of the database: the use-case passes it in with
 * `markeerInGebruik`, so this module stays free of I/O.
 *
 * The format (decision 0040): a header row with the columns naam, e-mail and rollen in any order;
 * separated by ";" (what Dutch Excel writes) or ",", whichever the header row uses most; UTF-8 with
 * or without BOM; the roles are the Dutch role names separated by "|" or spaces.
 */

/** More than this is refused as a whole: a staff list, not a mailing list. */
export const MAX_RIJEN = 2000;
/** 2,000 rows of a long name, a long address and every role fit well within this. */
export const MAX_BESTAND_BYTES = 256 * 1024;

export type Scheidingsteken = ";" | ",";

/** A problem as a translation key (under `import.probleem.`) with its values, worded by the UI. */
export interface ImportProbleem {
  readonly sleutel: string;
  readonly waarden?: Readonly<Record<string, string | number>>;
}

export interface ImportRij {
  /** The line in the file where the row starts (the header is line 1). */
  readonly regel: number;
  readonly naam: string;
  /** Trimmed and lower-cased, as accounts are stored. */
  readonly email: string;
  readonly rollen: readonly Rol[];
  readonly problemen: readonly ImportProbleem[];
}

export interface ImportVoorbeeld {
  /** Problems of the file as a whole; when there are any, `rijen` may be empty. */
  readonly bestandsproblemen: readonly ImportProbleem[];
  readonly rijen: readonly ImportRij[];
  readonly scheidingsteken: Scheidingsteken | null;
}

const KOLOMNAMEN: Readonly<Record<string, "naam" | "email" | "rollen">> = {
  naam: "naam",
  "e-mail": "email",
  email: "email",
  "e-mailadres": "email",
  emailadres: "email",
  rollen: "rollen",
  rol: "rollen",
};

const emailSchema = z.email().max(320);

/** Which separator the header row uses: ";" unless it has more "," than ";". */
export function herkenScheidingsteken(kopregel: string): Scheidingsteken {
  const tel = (teken: string) => kopregel.split(teken).length - 1;
  return tel(",") > tel(";") ? "," : ";";
}

/** Splits a roles cell on "|" and whitespace; unknown names are returned apart, in the order given. */
export function leesRollen(cel: string): { rollen: Rol[]; onbekend: string[] } {
  const rollen: Rol[] = [];
  const onbekend: string[] = [];
  for (const woord of cel.split(/[|\s]+/u).filter((w) => w !== "")) {
    const naam = woord.toLowerCase();
    const rol = ROLLEN.find((r) => r === naam);
    if (!rol) onbekend.push(woord);
    else if (!rollen.includes(rol)) rollen.push(rol);
  }
  return { rollen, onbekend };
}

/** The problems of one row's cells, apart from duplicates and addresses in use. */
export function beoordeelRij(
  cellen: { naam: string; email: string; rollen: string },
  teVeelKolommen: boolean,
): ImportProbleem[] {
  const problemen: ImportProbleem[] = [];
  if (teVeelKolommen) problemen.push({ sleutel: "te_veel_kolommen" });
  const naam = cellen.naam.trim();
  if (naam === "") problemen.push({ sleutel: "naam_ontbreekt" });
  else if (naam.length < 2) problemen.push({ sleutel: "naam_te_kort" });
  else if (naam.length > 200) problemen.push({ sleutel: "naam_te_lang" });
  const email = cellen.email.trim();
  if (email === "") problemen.push({ sleutel: "email_ontbreekt" });
  else if (!emailSchema.safeParse(email).success) problemen.push({ sleutel: "email_ongeldig" });
  const { rollen, onbekend } = leesRollen(cellen.rollen);
  for (const rol of onbekend) problemen.push({ sleutel: "rol_onbekend", waarden: { rol: rol.slice(0, 40) } });
  if (rollen.length === 0 && onbekend.length === 0) problemen.push({ sleutel: "rol_ontbreekt" });
  return problemen;
}

function alleenBestand(probleem: ImportProbleem, scheidingsteken: Scheidingsteken | null = null): ImportVoorbeeld {
  return { bestandsproblemen: [probleem], rijen: [], scheidingsteken };
}

/**
 * Reads the uploaded bytes into a preview. Never throws on bad input: every way a file can be wrong
 * is a problem in the result. A file with any problem must not be imported (`isImporteerbaar`).
 */
export function leesPersoneelsbestand(bytes: Uint8Array): ImportVoorbeeld {
  if (bytes.byteLength > MAX_BESTAND_BYTES)
    return alleenBestand({ sleutel: "bestand_te_groot", waarden: { max: MAX_BESTAND_BYTES / 1024 } });
  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return alleenBestand({ sleutel: "geen_utf8" });
  }
  if (tekst.trim() === "") return alleenBestand({ sleutel: "bestand_leeg" });
  const kopregel = tekst.split(/\r?\n/u, 1)[0] ?? "";
  const scheidingsteken = herkenScheidingsteken(kopregel);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(tekst, {
      delimiter: scheidingsteken,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof records;
  } catch (fout) {
    const regel =
      typeof fout === "object" && fout !== null && "lines" in fout && typeof fout.lines === "number" ? fout.lines : 0;
    return alleenBestand({ sleutel: "onleesbaar", waarden: { regel } }, scheidingsteken);
  }
  const [kop, ...gegevens] = records;
  if (!kop) return alleenBestand({ sleutel: "bestand_leeg" }, scheidingsteken);
  const kolommen = kop.record.map((k) => KOLOMNAMEN[k.trim().toLowerCase()] ?? null);
  const ontbrekend = (["naam", "email", "rollen"] as const).filter((k) => !kolommen.includes(k));
  const onbekend = kop.record.filter((_, i) => kolommen[i] === null).map((k) => k.trim().slice(0, 40));
  if (ontbrekend.length > 0 || onbekend.length > 0) {
    return alleenBestand(
      {
        sleutel: "kopregel_onjuist",
        waarden: { ontbrekend: ontbrekend.join(", ") || "-", onbekend: onbekend.join(", ") || "-" },
      },
      scheidingsteken,
    );
  }
  if (gegevens.length === 0) return alleenBestand({ sleutel: "geen_rijen" }, scheidingsteken);
  if (gegevens.length > MAX_RIJEN)
    return alleenBestand(
      { sleutel: "te_veel_rijen", waarden: { aantal: gegevens.length, max: MAX_RIJEN } },
      scheidingsteken,
    );

  const eersteRegel = new Map<string, number>();
  const rijen = gegevens.map(({ record, info }): ImportRij => {
    const cel = (soort: "naam" | "email" | "rollen") => record[kolommen.indexOf(soort)] ?? "";
    const problemen = beoordeelRij(
      { naam: cel("naam"), email: cel("email"), rollen: cel("rollen") },
      record.length > kolommen.length,
    );
    // csv-parse counts the lines read so far: a row starts where the previous one ended.
    const regel = info.lines - (record.join("").split("\n").length - 1);
    const email = cel("email").trim().toLowerCase();
    const eerder = eersteRegel.get(email);
    if (email !== "" && eerder !== undefined) problemen.push({ sleutel: "email_dubbel", waarden: { regel: eerder } });
    else if (email !== "") eersteRegel.set(email, regel);
    return { regel, naam: cel("naam").trim(), email, rollen: leesRollen(cel("rollen")).rollen, problemen };
  });
  return { bestandsproblemen: [], rijen, scheidingsteken };
}

/** Adds "al in gebruik" to the rows whose address an account already has, in any organisation. */
export function markeerInGebruik(voorbeeld: ImportVoorbeeld, inGebruik: ReadonlySet<string>): ImportVoorbeeld {
  return {
    ...voorbeeld,
    rijen: voorbeeld.rijen.map((r) =>
      inGebruik.has(r.email) ? { ...r, problemen: [...r.problemen, { sleutel: "email_in_gebruik" }] } : r,
    ),
  };
}

/** Only a file without a single problem is imported: all or nothing. */
export function isImporteerbaar(voorbeeld: ImportVoorbeeld): boolean {
  return (
    voorbeeld.bestandsproblemen.length === 0 &&
    voorbeeld.rijen.length > 0 &&
    voorbeeld.rijen.every((r) => r.problemen.length === 0)
  );
}

/** The number of rows with at least one problem. */
export function telRijenMetProblemen(voorbeeld: ImportVoorbeeld): number {
  return voorbeeld.rijen.filter((r) => r.problemen.length > 0).length;
}
