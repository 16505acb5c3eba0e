import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type {
  Column,
  Content,
  ContentTable,
  CustomTableLayout,
  Margins,
  StyleDictionary,
  TDocumentDefinitions,
  TFontDictionary,
} from "pdfmake/interfaces";
import type { PdfBlok, PdfDocument, PdfSectie } from "./pdf-document.ts";

/**
 * Renders a {@link PdfDocument} to PDF bytes (A4) with pdfmake 0.3, on the server.
 *
 * Every string in the document is treated as plain text from a user: it only ever lands in pdfmake `text`
 * nodes, never in `image`, `svg`, `qr`, `link` or `attachment` nodes, and on top of that the renderer is
 * told to refuse every URL and every local file (see {@link laadDrukker}). A report about a child can
 * therefore never make the server fetch a URL or read a file because of what someone typed. Any text
 * renders without an error and in time linear in its length (see {@link zetter}).
 *
 * Deterministic: the creation date comes from `metadata.aangemaakt` and pdfkit derives the file ID from the
 * document info, so the same document gives the same bytes.
 */
export async function renderPdf(document: PdfDocument): Promise<Buffer> {
  const { motor, heeftGlyph } = await drukker();
  return motor.createPdf(documentDefinitie(document, zetter(heeftGlyph))).getBuffer();
}

/**
 * The part of pdfmake's Node singleton we use. `virtualfs` is a property of the Node build too, but
 * @types/pdfmake 0.3.3 does not declare it, hence this narrow view.
 */
interface PdfMotor {
  createPdf(definitie: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(beleid: (url: string) => boolean): void;
  setLocalAccessPolicy(beleid: (pad: string) => boolean): void;
  readonly virtualfs: { writeFileSync(naam: string, inhoud: Buffer): void };
}

/** What we ask of fontkit: whether a font can draw a character. */
interface Fontkit {
  create(inhoud: Uint8Array): unknown;
}
interface FontkitLettertype {
  hasGlyphForCodePoint(codepunt: number): boolean;
}

interface Drukker {
  readonly motor: PdfMotor;
  /** Whether every Roboto style has a glyph for the code point. */
  readonly heeftGlyph: (codepunt: number) => boolean;
}

/** The Roboto that ships inside the pdfmake package: no network and nothing outside node_modules. */
const ROBOTO = {
  normal: "pdfmake/fonts/Roboto/Roboto-Regular.ttf",
  bold: "pdfmake/fonts/Roboto/Roboto-Medium.ttf",
  italics: "pdfmake/fonts/Roboto/Roboto-Italic.ttf",
  bolditalics: "pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf",
} as const;
type Stijl = keyof typeof ROBOTO;
const STIJLEN_ROBOTO = Object.keys(ROBOTO) as Stijl[];

/** Names in pdfmake's virtual file system; prefixed so they cannot clash with another user of the singleton. */
const vfsNaam = (stijl: Stijl): string => `meldwijzer/roboto-${stijl}.ttf`;

let drukkerBelofte: Promise<Drukker> | undefined;

/**
 * Loads the fonts and configures pdfmake once per process, on the first report rather than at import, so
 * later requests only pay for layout. Concurrent first requests share one promise; a failure is not
 * cached, so a later request tries again. (Reading and parsing the fonts takes about 12 ms; most of the
 * first report's extra ~300 ms is pdfkit, fontkit and the line breaker warming up.)
 */
function drukker(): Promise<Drukker> {
  drukkerBelofte ??= laadDrukker().catch((fout: unknown) => {
    drukkerBelofte = undefined;
    throw fout;
  });
  return drukkerBelofte;
}

/**
 * pdfmake 0.3's Node entry is a process-wide singleton whose fonts and policies apply to every createPdf.
 * The font files go into its virtual file system, so pdfmake never opens a path itself, and both access
 * policies refuse everything: pdfmake 0.3 downloads http(s) URLs given for fonts, images, attachments and
 * files (CVE-2026-26801 was about exactly that) and reads local paths unless a policy says no. We never hand
 * it a URL or a path, so the policies are a second line of defence. (Without them it also warns on every
 * call.)
 */
async function laadDrukker(): Promise<Drukker> {
  // Imported here, not at the top: pdfmake and its dependencies take longer to load than the rest of the
  // server together, and only a report needs them, so the start does not wait for them (decision 0068).
  const { default: pdfmake } = await import("pdfmake");
  const motor = pdfmake as unknown as PdfMotor;
  const require = createRequire(import.meta.url);
  const bestanden = await Promise.all(STIJLEN_ROBOTO.map((stijl) => readFile(require.resolve(ROBOTO[stijl]))));
  const lettertypen: FontkitLettertype[] = [];
  const fontkit = laadFontkit();
  STIJLEN_ROBOTO.forEach((stijl, i) => {
    const inhoud = bestanden[i];
    if (inhoud === undefined) throw new Error(`Lettertype ${stijl} ontbreekt`);
    motor.virtualfs.writeFileSync(vfsNaam(stijl), inhoud);
    lettertypen.push(alsLettertype(fontkit.create(inhoud), stijl));
  });
  motor.setFonts({
    Roboto: {
      normal: vfsNaam("normal"),
      bold: vfsNaam("bold"),
      italics: vfsNaam("italics"),
      bolditalics: vfsNaam("bolditalics"),
    },
  });
  motor.setUrlAccessPolicy(() => false);
  motor.setLocalAccessPolicy(() => false);

  const bekend = new Map<number, boolean>();
  const heeftGlyph = (codepunt: number): boolean => {
    let antwoord = bekend.get(codepunt);
    if (antwoord === undefined) {
      antwoord = lettertypen.every((lettertype) => lettertype.hasGlyphForCodePoint(codepunt));
      bekend.set(codepunt, antwoord);
    }
    return antwoord;
  };
  return { motor, heeftGlyph };
}

/**
 * fontkit is what pdfkit (under pdfmake) uses to draw text, so asking it which characters Roboto covers
 * gives exactly the answer the renderer will act on. It is resolved through pdfmake and pdfkit, the same
 * copy they load, rather than declared as a dependency of our own.
 */
function laadFontkit(): Fontkit {
  const vanPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
  const fontkit: unknown = createRequire(vanPdfmake.resolve("pdfkit"))("fontkit");
  if (
    typeof fontkit !== "object" ||
    fontkit === null ||
    !("create" in fontkit) ||
    typeof fontkit.create !== "function"
  ) {
    throw new Error("fontkit (via pdfkit) heeft geen create()");
  }
  return fontkit as Fontkit;
}

function alsLettertype(lettertype: unknown, stijl: Stijl): FontkitLettertype {
  if (
    typeof lettertype !== "object" ||
    lettertype === null ||
    !("hasGlyphForCodePoint" in lettertype) ||
    typeof lettertype.hasGlyphForCodePoint !== "function"
  ) {
    throw new Error(`Lettertype ${stijl} is geen enkel TrueType-lettertype`);
  }
  return lettertype as FontkitLettertype;
}

/** A4 in points; margins of 2 cm beside the text and room above and below for header and footer. */
const PAGINA_BREEDTE = 595.28;
const MARGE_ZIJ = 57;
const MARGE_BOVEN = 72;
const MARGE_ONDER = 64;
const TEKST_BREEDTE = PAGINA_BREEDTE - 2 * MARGE_ZIJ;
const PAGINERING_BREEDTE = 100;
const VOET_TUSSENRUIMTE = 12;

const KLEUR_TEKST = "#1a1a1a";
const KLEUR_ZACHT = "#555555";
const KLEUR_WAARSCHUWING = "#8b0000";
const KLEUR_LIJN = "#b0b0b0";
const KLEUR_KOP = "#eeeeee";

/** 10.5 pt body text; headings step up in size and weight only (Roboto Medium is the "bold"). */
const STIJLEN: StyleDictionary = {
  titel: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  ondertitel: { fontSize: 12, color: KLEUR_ZACHT, margin: [0, 0, 0, 8] },
  sectietitel: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  kop: { bold: true },
  label: { color: KLEUR_ZACHT },
  waarschuwing: { fontSize: 9, bold: true, color: KLEUR_WAARSCHUWING },
  voet: { fontSize: 8.5, color: KLEUR_ZACHT },
  paginarand: {},
};

/** Styles of header and footer nodes, which pdfmake lists among a page's nodes in pageBreakBefore. */
const PAGINARAND: ReadonlySet<unknown> = new Set(["paginarand", "waarschuwing", "voet"]);

/** Thin grey rules; pdfmake's default table has heavy black lines that look like a form to fill in. */
const TABEL_OPMAAK: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => KLEUR_LIJN,
  vLineColor: () => KLEUR_LIJN,
  fillColor: (rij, node) => (rij < (node.table.headerRows ?? 0) ? KLEUR_KOP : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const GEGEVENS_OPMAAK: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => KLEUR_LIJN,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Level passed to pageBreakBefore, to keep a section title off the bottom of a page. */
const SECTIETITEL_NIVEAU = 1;

function paginering(taal: PdfDocument["taal"], pagina: number, totaal: number): string {
  return taal === "nl" ? `pagina ${pagina} van ${totaal}` : `page ${pagina} of ${totaal}`;
}

/** Layout for one piece of user text. `bladwijzer` adds it to the PDF outline (section titles). */
interface Opmaak {
  readonly style?: string;
  readonly bold?: boolean;
  readonly margin?: Margins;
  readonly headlineLevel?: number;
  readonly bladwijzer?: boolean;
}

/** Turns one user string into pdfmake content; see {@link zetter}. */
type Zet = (tekst: string, opmaak?: Opmaak) => Content;

/**
 * Builds a fresh definition per call (pdfmake annotates and mutates the object it is given). Every user
 * string goes through `zet` on its way in.
 *
 * All widths are fixed or percentages, never "*" or "auto": pdfmake sizes star and auto columns to their
 * longest unbreakable word, so one long word (a URL, a BSN pasted without spaces) pushed a table or the
 * footer off the page. With a fixed width pdfmake breaks the word instead.
 */
function documentDefinitie(document: PdfDocument, zet: Zet): TDocumentDefinitions {
  const { waarschuwing, taal } = document;
  const voettekst: Column = {
    stack: [zet(document.voettekst, { style: "voet" })],
    style: "paginarand",
    width: TEKST_BREEDTE - PAGINERING_BREEDTE - VOET_TUSSENRUIMTE,
  };
  const kop =
    waarschuwing === undefined
      ? undefined
      : {
          stack: [zet(waarschuwing, { style: "waarschuwing" })],
          style: "paginarand",
          margin: [MARGE_ZIJ, 28, MARGE_ZIJ, 0] as Margins,
        };
  const inhoud: Content[] = [zet(document.titel, { style: "titel" })];
  if (document.ondertitel !== undefined) inhoud.push(zet(document.ondertitel, { style: "ondertitel" }));
  for (const sectie of document.secties) inhoud.push(...sectieInhoud(sectie, zet));

  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [MARGE_ZIJ, MARGE_BOVEN, MARGE_ZIJ, MARGE_ONDER],
    language: taal === "nl" ? "nl-NL" : "en-GB",
    info: {
      title: infoTekst(document.titel),
      author: infoTekst(document.metadata.auteur),
      subject: infoTekst(document.metadata.onderwerp),
      creator: "Meldwijzer",
      producer: "Meldwijzer (pdfmake)",
      creationDate: document.metadata.aangemaakt,
    },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.2, color: KLEUR_TEKST },
    styles: STIJLEN,
    // Header and footer live in the page margins and do not push the content down: at 9 pt the top margin
    // holds about three lines of waarschuwing, plenty for one sentence. pdfmake lays them out per page, so
    // they are functions returning a fresh copy each time (layout consumes a text node's words).
    header: kop === undefined ? undefined : () => structuredClone(kop),
    footer: (pagina, totaal) => ({
      columns: [
        structuredClone(voettekst),
        { text: paginering(taal, pagina, totaal), style: "voet", width: PAGINERING_BREEDTE, alignment: "right" },
      ],
      columnGap: VOET_TUSSENRUIMTE,
      style: "paginarand",
      margin: [MARGE_ZIJ, 24, MARGE_ZIJ, 0],
    }),
    // A section title with nothing of the body after it on its page moves to the next page. Each move
    // costs pdfmake a full new layout, but only titles that land at the very bottom of a page trigger one.
    pageBreakBefore: (node, zoek) =>
      node.headlineLevel === SECTIETITEL_NIVEAU &&
      zoek.getFollowingNodesOnPage().every((volgende) => PAGINARAND.has(volgende.style)),
    content: inhoud,
  };
}

function sectieInhoud(sectie: PdfSectie, zet: Zet): Content[] {
  const titel = zet(sectie.titel, { style: "sectietitel", headlineLevel: SECTIETITEL_NIVEAU, bladwijzer: true });
  return [titel, ...sectie.blokken.flatMap((blok) => blokInhoud(blok, zet))];
}

/** Empty lists and tables are left out: pdfmake cannot lay out a table without columns. */
function blokInhoud(blok: PdfBlok, zet: Zet): Content[] {
  switch (blok.soort) {
    case "alinea":
      return [zet(blok.tekst, { bold: blok.nadruk === true, margin: [0, 0, 0, 6] })];
    case "lijst":
      return blok.items.length === 0 ? [] : [{ ul: blok.items.map((item) => zet(item)), margin: [0, 0, 0, 6] }];
    case "gegevens":
      return blok.rijen.length === 0 ? [] : [gegevensTabel(blok.rijen, zet)];
    case "tabel":
      return tabel(blok.kop, blok.rijen, zet);
  }
}

function gegevensTabel(rijen: readonly (readonly [string, string])[], zet: Zet): ContentTable {
  return {
    table: {
      widths: ["32%", "68%"],
      body: rijen.map(([label, waarde]) => [zet(label, { style: "label" }), zet(waarde)]),
    },
    layout: GEGEVENS_OPMAAK,
    margin: [0, 0, 0, 8],
  };
}

/**
 * Percentage columns (see documentDefinitie on why not "*"), weighted by the longest text in each column
 * between {@link KOLOM_MIN} and {@link KOLOM_MAX} characters, so a date column does not get as much room as
 * a description. Rows of another length than the header are padded, since pdfmake needs a rectangular
 * body; the header row repeats on every page.
 */
function tabel(kop: readonly string[], rijen: readonly (readonly string[])[], zet: Zet): Content[] {
  // reduce rather than Math.max(...rijen): spreading a table of 100,000 rows overflows the call stack.
  const kolommen = rijen.reduce((meeste, rij) => Math.max(meeste, rij.length), kop.length);
  if (kolommen === 0) return [];
  const cellen = (rij: readonly string[], opmaak?: Opmaak): Content[] =>
    Array.from({ length: kolommen }, (_, i) => zet(rij[i] ?? "", opmaak));
  const heeftKop = kop.length > 0;
  const body = [...(heeftKop ? [cellen(kop, { style: "kop" })] : []), ...rijen.map((rij) => cellen(rij))];
  return [
    {
      table: { headerRows: heeftKop ? 1 : 0, widths: kolombreedten(kolommen, [kop, ...rijen]), body },
      layout: TABEL_OPMAAK,
      margin: [0, 0, 0, 8],
    },
  ];
}

const KOLOM_MIN = 6;
const KOLOM_MAX = 40;

function kolombreedten(kolommen: number, rijen: readonly (readonly string[])[]): string[] {
  const gewichten = Array.from({ length: kolommen }, (_, i) => {
    const langste = rijen.reduce((lengte, rij) => Math.max(lengte, rij[i]?.length ?? 0), 0);
    return Math.min(Math.max(langste, KOLOM_MIN), KOLOM_MAX);
  });
  const totaal = gewichten.reduce((som, gewicht) => som + gewicht, 0);
  return gewichten.map((gewicht) => `${(100 * gewicht) / totaal}%`);
}

/**
 * Returns how user text becomes pdfmake content. Three things make any text safe, and fast enough for a
 * request handler:
 *
 * 1. {@link schoon}: only characters Roboto can draw, so nothing is silently lost;
 * 2. {@link inStukken}: text longer than {@link STUK_TEKENS} becomes a stack of text nodes. pdfmake's line
 *    builder copies the rest of a paragraph's words for every word it places (`_inlines.slice(1)`), which
 *    is quadratic: one paragraph of 24,000 words took 16 s, the same words in paragraphs of 300 took 1.4 s;
 * 3. {@link inWoordstukken}: words longer than any line are handed over in short pieces. pdfmake breaks a
 *    word wider than the line by binary search over prefixes of the whole rest of the word, line after
 *    line, also quadratic: a word of 5,000 characters took 2.5 s, of 10,000 6.8 s.
 */
function zetter(heeftGlyph: (codepunt: number) => boolean): Zet {
  return (tekst, opmaak = {}) => {
    const { bladwijzer = false, ...rest } = opmaak;
    const stukken = inStukken(schoon(tekst, heeftGlyph));
    if (stukken.length === 1) {
      const stuk = stukken[0] ?? "";
      return { text: inWoordstukken(stuk), ...rest, ...(bladwijzer ? { outline: true, outlineText: stuk } : {}) };
    }
    return { stack: stukken.map((stuk) => ({ text: inWoordstukken(stuk) })), ...rest };
  };
}

/** Length of one text node: a few pages of text, far below where pdfmake's quadratic cost shows. */
const STUK_TEKENS = 5_000;

/**
 * Cuts text into nodes of at most {@link STUK_TEKENS} characters: at a newline where possible, which
 * changes nothing on paper, else at a space, where the line then ends a little early (once every few pages
 * of text without newlines), else anywhere, which only a word of thousands of characters reaches.
 */
function inStukken(tekst: string): string[] {
  const stukken: string[] = [];
  let rest = tekst;
  while (rest.length > STUK_TEKENS) {
    const regel = rest.lastIndexOf("\n", STUK_TEKENS);
    let knip = regel >= STUK_TEKENS / 2 ? regel : rest.lastIndexOf(" ", STUK_TEKENS);
    let overslaan = 1; // the newline or space itself: the node boundary already ends the line
    if (knip < STUK_TEKENS / 2) {
      knip = STUK_TEKENS - (/[\uD800-\uDBFF]/.test(rest.charAt(STUK_TEKENS - 1)) ? 1 : 0); // never cut a surrogate pair
      overslaan = 0;
    }
    stukken.push(rest.slice(0, knip));
    rest = rest.slice(knip + overslaan);
  }
  stukken.push(rest);
  return stukken;
}

/** Runs of more than this many non-space characters are handed over in pieces of this many characters. */
const WOORDSTUK = 100;
const LANG_WOORD = new RegExp(`\\S{${WOORDSTUK + 1},}`, "gu");

/**
 * Splits words longer than {@link WOORDSTUK} characters into pieces, as consecutive strings of a pdfmake
 * text array. pdfmake glues pieces that together form one word (`noNewLine`), so the word still breaks
 * only where the line is full, exactly as before; but each break now measures one short piece instead of
 * the whole rest of the word. The text layer is unchanged: the pieces sit side by side without a gap.
 */
function inWoordstukken(tekst: string): string | string[] {
  const delen: string[] = [];
  let vanaf = 0;
  for (const treffer of tekst.matchAll(LANG_WOORD)) {
    if (treffer.index > vanaf) delen.push(tekst.slice(vanaf, treffer.index));
    let stuk = "";
    let lengte = 0;
    for (const { segment } of GRAFEMEN.segment(treffer[0])) {
      stuk += segment;
      if (++lengte === WOORDSTUK) {
        delen.push(stuk);
        stuk = "";
        lengte = 0;
      }
    }
    if (stuk !== "") delen.push(stuk);
    vanaf = treffer.index + treffer[0].length;
  }
  if (delen.length === 0) return tekst;
  if (vanaf < tekst.length) delen.push(tekst.slice(vanaf));
  return delen;
}

/**
 * Control characters and line ends that no font draws: unify line ends, tabs to spaces (Roboto has no tab
 * glyph), drop other control characters (pdfkit would print boxes or choke on NUL) and replace lone
 * surrogates, which a broken client can send and which cannot be encoded.
 */
function zonderStuurtekens(tekst: string): string {
  return tekst
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/(?!\n)\p{Cc}/gu, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** Document info is shown by viewers as a single line in their own font, so anything Unicode may stay. */
function infoTekst(tekst: string): string {
  return zonderStuurtekens(tekst).replace(/\n+/g, " ").trim();
}

const GRAFEMEN = new Intl.Segmenter("nl", { granularity: "grapheme" });
const ONZICHTBAAR = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Makes user text printable in Roboto. Beyond {@link zonderStuurtekens}:
 *
 * - A character Roboto has no glyph for (emoji, Hebrew, Chinese, ...) would be drawn as an empty box and,
 *   worse, lost from the text layer (pdfkit maps every missing glyph to U+0000), so a reader could not even
 *   tell something was there. Each such user-perceived character (a whole emoji sequence counts as one)
 *   becomes one visible "�" instead. Invisible joiners and variation selectors without a glyph are dropped;
 *   a precomposed letter Roboto lacks but can build from its parts is printed decomposed.
 * - More than two newlines in a row become two: an empty line stays an empty line, but a pasted run of
 *   thousands of newlines does not become hundreds of blank pages.
 */
function schoon(tekst: string, heeftGlyph: (codepunt: number) => boolean): string {
  const basis = zonderStuurtekens(tekst).replace(/\n{3,}/g, "\n\n");
  const drukbaar = (deel: string): boolean =>
    [...deel].every((teken) => teken === "\n" || heeftGlyph(teken.codePointAt(0) ?? 0));
  if (drukbaar(basis)) return basis;
  const vervanging = heeftGlyph(0xfffd) ? "\uFFFD" : "?";
  let uit = "";
  for (const { segment } of GRAFEMEN.segment(basis)) {
    if (drukbaar(segment)) {
      uit += segment;
      continue;
    }
    const zichtbaar = [...segment]
      .filter((teken) => !(ONZICHTBAAR.test(teken) && !heeftGlyph(teken.codePointAt(0) ?? 0)))
      .join("");
    if (zichtbaar === "" || drukbaar(zichtbaar)) uit += zichtbaar;
    else if (drukbaar(zichtbaar.normalize("NFD"))) uit += zichtbaar.normalize("NFD");
    else uit += vervanging;
  }
  return uit;
}
