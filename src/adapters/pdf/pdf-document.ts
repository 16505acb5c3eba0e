/**
 * A printable report described without any pdfmake type: the app says what goes on paper, the renderer
 * (melding-pdf.ts) decides how it looks. Keeping the model neutral means the use-cases and their tests never
 * depend on a PDF library, and swapping pdfmake for another renderer touches one file.
 *
 * Every string may come from a user and is printed as plain text: nothing in it is ever read as markup,
 * a link, an image or a file name.
 */

/** One block of content inside a section. */
export type PdfBlok =
  /** A paragraph; newlines in the text are kept. `nadruk` prints it bold, e.g. for a conclusion. */
  | { readonly soort: "alinea"; readonly tekst: string; readonly nadruk?: boolean }
  /** A bulleted list. */
  | { readonly soort: "lijst"; readonly items: readonly string[] }
  /** Label/value pairs, e.g. the details of the child; printed as a two-column table without header. */
  | { readonly soort: "gegevens"; readonly rijen: readonly (readonly [string, string])[] }
  /** A table with a header row that repeats on every page it spans. */
  | { readonly soort: "tabel"; readonly kop: readonly string[]; readonly rijen: readonly (readonly string[])[] };

/** A titled part of the report; the title becomes a heading and a bookmark. */
export interface PdfSectie {
  readonly titel: string;
  readonly blokken: readonly PdfBlok[];
}

export interface PdfDocument {
  /** E.g. "Melding aan Veilig Thuis"; also the PDF's Title. */
  readonly titel: string;
  readonly ondertitel?: string;
  /**
   * Document info. `aangemaakt` comes from the caller rather than the clock, so the same report renders
   * to the same bytes (and tests can compare them).
   */
  readonly metadata: { readonly auteur: string; readonly onderwerp: string; readonly aangemaakt: Date };
  /** Printed at the top of every page, so a single loose page still says it is confidential. */
  readonly waarschuwing?: string;
  readonly secties: readonly PdfSectie[];
  /** Printed at the bottom of every page, beside "pagina X van Y". */
  readonly voettekst: string;
  /** Language of the page numbering ("pagina X van Y" / "page X of Y") and of the PDF's /Lang. */
  readonly taal: "nl" | "en";
}
