import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { htmlStroom } from "./html-stroom.server.ts";

/** A page of some 90 kB: React writes it in chunks of at most 4 kB. */
const pagina = () =>
  createElement(
    "ul",
    null,
    Array.from({ length: 5000 }, (_, i) => createElement("li", { key: i }, `regel ${i}`)),
  );

async function lees(stroom: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const stukken: Uint8Array[] = [];
  const lezer = stroom.getReader();
  for (let r = await lezer.read(); !r.done; r = await lezer.read()) stukken.push(r.value);
  return stukken;
}

function naarHtml(stukken: readonly Uint8Array[]): string {
  return Buffer.concat(stukken).toString("utf8");
}

describe("htmlStroom: a page in one chunk per React flush (decision 0070)", () => {
  it("passes on what React wrote, byte for byte, in fewer chunks than React wrote", async () => {
    const gewoon = new PassThrough();
    const teller = { stukken: 0 };
    gewoon.on("data", () => (teller.stukken += 1));
    const verwachtStukken: Buffer[] = [];
    gewoon.on("data", (s: Buffer) => verwachtStukken.push(s));
    await new Promise<void>((klaar) => {
      gewoon.on("end", klaar);
      renderToPipeableStream(pagina(), { onAllReady() {} }).pipe(gewoon);
    });

    const { doel, stroom } = htmlStroom();
    renderToPipeableStream(pagina(), {
      onAllReady() {},
    }).pipe(doel);
    const stukken = await lees(stroom);
    assert.equal(naarHtml(stukken), Buffer.concat(verwachtStukken).toString("utf8"));
    assert.ok(teller.stukken > 10, `React wrote ${teller.stukken} chunks`);
    assert.ok(stukken.length < teller.stukken / 5, `${stukken.length} chunks passed on for React's ${teller.stukken}`);
  });

  it("keeps React's batches: what React flushes is readable before the end", async () => {
    const { doel, stroom } = htmlStroom();
    const lezer = stroom.getReader();
    doel.write(Buffer.from("<p>een</p>"));
    doel.write(Buffer.from("<p>twee</p>"));
    (doel as unknown as { flush(): void }).flush();
    const eerste = await lezer.read();
    assert.equal(Buffer.from(eerste.value ?? []).toString(), "<p>een</p><p>twee</p>");
    doel.end(Buffer.from("<p>drie</p>"));
    assert.equal(Buffer.from((await lezer.read()).value ?? []).toString(), "<p>drie</p>");
    assert.equal((await lezer.read()).done, true);
  });

  it("stops the writer when the reader stops (the client left)", async () => {
    const { doel, stroom } = htmlStroom();
    doel.write(Buffer.from("<p>een</p>"));
    await stroom.cancel();
    assert.equal(doel.destroyed, true);
    assert.equal(
      doel.write(Buffer.from("x"), () => {}),
      false,
    );
  });
});
