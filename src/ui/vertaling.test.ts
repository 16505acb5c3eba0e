import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement, Fragment, Suspense, use, type ReactNode } from "react";
import { renderToReadableStream, renderToString } from "react-dom/server";
import { CATALOGI, TALEN, type Taal } from "../i18n/vertaal.ts";
import { useT, VertalingBron, vertalingVoor } from "./vertaling.tsx";

function Kop() {
  const { t, taal } = useT();
  return createElement("p", { lang: taal }, t("dossier.overzicht"));
}

/** Suspends its children until `op` settles, so that a render stops halfway and another one runs meanwhile. */
function Wacht({ op, children }: { op: Promise<void>; children?: ReactNode }) {
  use(op);
  return createElement(Fragment, null, children);
}

function wachtpunt(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((klaar) => (resolve = klaar));
  return { promise, resolve };
}

const verwacht = (taal: Taal) => `<p lang="${taal}">${CATALOGI[taal].dossier.overzicht}</p>`;

describe("useT: the reader's language from the request's render (decision 0070)", () => {
  it("gives each language's catalogue text and the language itself", () => {
    for (const taal of TALEN)
      assert.equal(
        renderToString(createElement(VertalingBron, { taal, children: createElement(Kop) })),
        verwacht(taal),
      );
    assert.notEqual(CATALOGI.nl.dossier.overzicht, CATALOGI.en.dossier.overzicht);
  });

  it("is one object per language, the same in every render", () => {
    assert.equal(vertalingVoor("nl"), vertalingVoor("nl"));
    assert.notEqual(vertalingVoor("nl"), vertalingVoor("en"));
    assert.equal(vertalingVoor("en").taal, "en");
    assert.throws(() => Object.assign(vertalingVoor("nl"), { taal: "en" }));
  });

  it("never gives one request another's language, however renders of both languages interleave", async () => {
    // Six requests at once, alternating languages; each stops at two points and they are resumed in turn,
    // in the reverse order of starting, so every render resumes after renders in the other language ran.
    const verzoeken = (["nl", "en", "en", "nl", "en", "nl"] as const).map((taal) => {
      const wachten = [wachtpunt(), wachtpunt()];
      const diep = createElement(Wacht, { op: wachten[1]!.promise }, createElement(Kop));
      const midden = createElement(
        Wacht,
        { op: wachten[0]!.promise },
        createElement(Kop),
        createElement(Suspense, { fallback: null }, diep),
      );
      const boom = createElement(VertalingBron, {
        taal,
        children: [
          createElement(Kop, { key: "kop" }),
          createElement(Suspense, { key: "rest", fallback: null }, midden),
        ],
      });
      return { taal, wachten, stroom: renderToReadableStream(boom) };
    });
    const streams = await Promise.all(verzoeken.map((v) => v.stroom));
    for (const ronde of [0, 1])
      for (const v of [...verzoeken].reverse()) {
        v.wachten[ronde]!.resolve();
        await new Promise((klaar) => setImmediate(klaar));
      }
    const htmls = await Promise.all(
      streams.map(async (s) => {
        await s.allReady;
        return await new Response(s).text();
      }),
    );
    htmls.forEach((html, i) => {
      const taal = verzoeken[i]!.taal;
      const ander = taal === "nl" ? "en" : "nl";
      const gevonden = [...html.matchAll(/<p lang="(nl|en)">([^<]*)<\/p>/g)].map((m) => `${m[1]}:${m[2]}`);
      assert.deepEqual(gevonden, Array(3).fill(`${taal}:${CATALOGI[taal].dossier.overzicht}`), html);
      assert.ok(!html.includes(CATALOGI[ander].dossier.overzicht), `${taal}: text of ${ander} in ${html}`);
    });
  });

  it("fails outside a VertalingBron instead of guessing a language", () => {
    assert.throws(() => renderToString(createElement(Kop)), /buiten een VertalingBron/);
  });
});
