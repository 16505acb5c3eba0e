import { Writable } from "node:stream";

/** Where React writes a page (`pipe(doel)`), and the stream the response reads from. */
export type HtmlStroom = { readonly doel: Writable; readonly stroom: ReadableStream<Uint8Array> };

/**
 * React's output for one page, handed on in one piece per React flush instead of per 4 kB chunk (decision 0070).
 * React writes a page in chunks of up to 4 kB and, after each batch, calls its destination's `flush()`. Each
 * chunk used to travel on its own through a PassThrough, a web stream, React Router's reader and `res.write`
 * (with its chunked-encoding frame): a 33 kB page was 9 chunks, now 1, about 0.1 ms less CPU per page.
 * Nothing is held back longer than React's own batch, so streaming keeps its timing. When the reader stops (the
 * client left), the destination is destroyed, and React stops rendering, as with the PassThrough this replaces.
 */
export function htmlStroom(): HtmlStroom {
  let delen: Buffer[] = [];
  let lezer: ReadableStreamDefaultController<Uint8Array> | undefined;
  let gesloten = false;
  const geefDoor = () => {
    if (gesloten || delen.length === 0) return;
    const stuk = delen.length === 1 ? delen[0]! : Buffer.concat(delen);
    delen = [];
    lezer?.enqueue(stuk);
  };
  const doel = new Writable({
    write(stuk: Buffer, _codering, klaar) {
      delen.push(stuk);
      klaar();
    },
    final(klaar) {
      geefDoor();
      if (!gesloten) lezer?.close();
      gesloten = true;
      klaar();
    },
    destroy(fout, klaar) {
      if (!gesloten && fout) lezer?.error(fout);
      else if (!gesloten) lezer?.close();
      gesloten = true;
      delen = [];
      klaar(fout);
    },
  });
  // React calls `flush()` on its destination after each batch it wrote.
  Object.assign(doel, { flush: geefDoor });
  const stroom = new ReadableStream<Uint8Array>({
    start(c) {
      lezer = c;
    },
    cancel() {
      gesloten = true;
      doel.destroy();
    },
  });
  return { doel, stroom };
}
