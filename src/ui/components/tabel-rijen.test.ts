import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { alsHtml, Tabel, type TekstCel } from "./tabel.tsx";

interface DossierRij {
  readonly id: string;
  readonly werknaam: string;
  readonly fase: string;
  readonly tijd: string;
}

interface TaakRij {
  readonly pad: string;
  readonly soort: string | undefined;
  readonly dossier: string;
  readonly sinds: string;
}

/** The dossier list's rows as the page gives them (src/ui/routes/dossiers.tsx). */
function dossierCellen(rijen: readonly DossierRij[]): TekstCel[][] {
  return rijen.map((d) => [
    { tekst: d.werknaam, link: `/dossiers/${d.id}`, label: KOLOMMEN[0] },
    { tekst: d.id.slice(0, 8), klasse: "mw-kenmerk", label: KOLOMMEN[1] },
    { tekst: FASEN.get(d.fase), label: KOLOMMEN[2] },
    { tekst: d.tijd, label: KOLOMMEN[3] },
  ]);
}

/** Mijn taken's rows as the page gives them (src/ui/routes/taken.tsx). */
function taakCellen(rijen: readonly TaakRij[]): TekstCel[][] {
  return rijen.map((t) => [{ tekst: t.soort, link: t.pad }, { tekst: t.dossier }, { tekst: t.sinds }]);
}

/** Texts React escapes, and some it does not: quotes, an ampersand, angle brackets, accents, an emoji, a line break. */
const LASTIGE_TEKSTEN = [
  "Kind D-8310",
  `K. "de Jong" & <zus>`,
  "O'Neill (groep 4)",
  "Zoë 🙂 — café\nregel",
  "&amp; is al geschreven",
  "",
  "a>b<c",
];

const KOLOMMEN: [string, string, string, string] = ["Dossier", `Ver"wijzing`, "Stand & fase", "Laatst <bijgewerkt>"];

function dossiers(): DossierRij[] {
  return LASTIGE_TEKSTEN.map((werknaam, i) => ({
    id: `${String(i).padStart(8, "0")}-b296-4dc2-8f42-4bb0ce6794a2`,
    werknaam,
    fase: i % 2 === 0 ? "beslissen" : "onbekend",
    tijd: LASTIGE_TEKSTEN[(i + 1) % LASTIGE_TEKSTEN.length]!,
  }));
}

const FASEN = new Map([["beslissen", `Beslissen "nu" & <later>`]]);

/** The dossier list's rows as elements, as the page wrote them before decision 0081. */
function dossierRijenAlsElementen(rijen: readonly DossierRij[]) {
  return rijen.map((d) =>
    h(
      "tr",
      { className: "utrecht-table__row", key: d.id },
      h(
        "td",
        { className: "utrecht-table__cell", "data-label": KOLOMMEN[0] },
        h("a", { className: "nl-link", href: `/dossiers/${d.id}`, "data-discover": "true" }, d.werknaam),
      ),
      h("td", { className: "utrecht-table__cell mw-kenmerk", "data-label": KOLOMMEN[1] }, d.id.slice(0, 8)),
      h("td", { className: "utrecht-table__cell", "data-label": KOLOMMEN[2] }, FASEN.get(d.fase)),
      h("td", { className: "utrecht-table__cell", "data-label": KOLOMMEN[3] }, d.tijd),
    ),
  );
}

function taken(): TaakRij[] {
  return LASTIGE_TEKSTEN.map((tekst, i) => ({
    pad: `/dossiers/${String(i).padStart(8, "0")}-b296-4dc2-8f42-4bb0ce6794a2${i % 2 ? "/besluit" : ""}`,
    soort: i === 1 ? undefined : tekst,
    dossier: `${LASTIGE_TEKSTEN[(i + 2) % LASTIGE_TEKSTEN.length]!} · ${String(i).padStart(8, "0")}`,
    sinds: i % 3 === 0 ? "—" : "5 december 2026",
  }));
}

/** Mijn taken's rows as elements, as the page wrote them before decision 0081. */
function taakRijenAlsElementen(rijen: readonly TaakRij[]) {
  return rijen.map((t, i) =>
    h(
      "tr",
      { key: i, className: "utrecht-table__row" },
      h(
        "td",
        { className: "utrecht-table__cell" },
        h("a", { className: "nl-link", href: t.pad, "data-discover": "true" }, t.soort),
      ),
      h("td", { className: "utrecht-table__cell" }, t.dossier),
      h("td", { className: "utrecht-table__cell" }, t.sinds),
    ),
  );
}

describe("Tabel: rows given as text, written as one HTML text (decision 0081)", () => {
  it("escapes as React does", () => {
    for (const tekst of LASTIGE_TEKSTEN)
      assert.equal(
        renderToString(h("p", { title: tekst }, tekst)),
        tekst === "" ? `<p title=""></p>` : `<p title="${alsHtml(tekst)}">${alsHtml(tekst)}</p>`,
      );
    assert.equal(alsHtml(undefined), "");
  });

  it("the dossier list: the same bytes as the rows written as elements", () => {
    const rijen = dossiers();
    const tabel = { bijschrift: "Dossiers", kolommen: KOLOMMEN, klasse: "mw-tabel--stapel" };
    assert.equal(
      renderToString(h(Tabel, { ...tabel, tekstRijen: dossierCellen(rijen) })),
      renderToString(h(Tabel, tabel, dossierRijenAlsElementen(rijen))),
    );
  });

  it("Mijn taken: the same bytes as the rows written as elements", () => {
    const rijen = taken();
    const tabel = { bijschrift: "Mijn taken", kolommen: ["Taak", "Dossier", "Sinds"], klasse: "mw-taken" };
    assert.equal(
      renderToString(h(Tabel, { ...tabel, tekstRijen: taakCellen(rijen) })),
      renderToString(h(Tabel, tabel, taakRijenAlsElementen(rijen))),
    );
  });

  it("no rows: an empty body, as before", () => {
    const tabel = { bijschrift: "Mijn taken", kolommen: ["Taak"] };
    assert.equal(renderToString(h(Tabel, { ...tabel, tekstRijen: [] })), renderToString(h(Tabel, tabel, [])));
  });
});
