import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A text run or a marked-content marker, as getTextContent returns them. */
type Onderdeel = Awaited<ReturnType<PDFPageProxy["getTextContent"]>>["items"][number];
/** Only text runs carry `str`. */
type Tekstdeel = Extract<Onderdeel, { str: string }>;

/**
 * Reads a PDF back the way a reader would see it: the text of each page and the document info (Title,
 * Author, Subject, CreationDate, ...). Tests assert on what ends up on paper instead of on the renderer's
 * input, so a style or layout change that swallows text is caught.
 *
 * Uses the legacy build of pdfjs-dist, the one meant for Node. It runs its "worker" in-process, loads no
 * fonts (text extraction does not need them) and fetches nothing: the standard-font and CMap URLs are left
 * unset and eval is off.
 *
 * Within a line the text items are joined as laid out, with a space where there is a visible gap; a change
 * of baseline starts a new line. So `paginas[0].includes("Signalen")` works for a section title, and a
 * wrapped paragraph reads as its words separated by spaces or newlines.
 */
export async function pdfTekst(pdf: Uint8Array): Promise<{ paginas: string[]; info: Record<string, unknown> }> {
  // A copy: pdfjs may detach the buffer it is given, and refuses a Node Buffer.
  const taak = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const document = await taak.promise;
    const paginas: string[] = [];
    for (let nummer = 1; nummer <= document.numPages; nummer++) {
      const pagina = await document.getPage(nummer);
      const inhoud = await pagina.getTextContent();
      paginas.push(regels(inhoud.items));
      pagina.cleanup();
    }
    const { info } = await document.getMetadata();
    return { paginas, info: { ...(info as Record<string, unknown>) } };
  } finally {
    await taak.destroy();
  }
}

function isTekst(item: Onderdeel): item is Tekstdeel {
  return "str" in item;
}

/**
 * Puts the text runs back in reading order: pdfmake draws the header and footer after the body and a table
 * cell by cell, so the content-stream order is not the order on paper. Runs on the same baseline (within
 * 1 pt) form one line, lines go from top to bottom (PDF y grows upwards), runs within a line from left to
 * right, with a space where there is a visible gap.
 */
function regels(items: readonly Onderdeel[]): string {
  const runs = items
    .filter(isTekst)
    .filter((item) => item.str !== "")
    // transform is the text matrix [a, b, c, d, x, y], typed any[] by pdfjs.
    .map((item) => ({
      tekst: item.str,
      x: Number(item.transform[4]),
      y: Number(item.transform[5]),
      breedte: item.width,
    }))
    .sort((a, b) => b.y - a.y);

  const lijnen: (typeof runs)[] = [];
  for (const run of runs) {
    const lijn = lijnen.at(-1);
    const eerste = lijn?.[0];
    if (lijn !== undefined && eerste !== undefined && eerste.y - run.y <= 1) lijn.push(run);
    else lijnen.push([run]);
  }
  return lijnen
    .map((lijn) => {
      let tekst = "";
      let eind: number | undefined;
      for (const run of lijn.sort((a, b) => a.x - b.x)) {
        if (eind !== undefined && run.x - eind > 1 && !/\s$/u.test(tekst) && !/^\s/u.test(run.tekst)) tekst += " ";
        tekst += run.tekst;
        eind = run.x + run.breedte;
      }
      return tekst.trimEnd();
    })
    .join("\n");
}
