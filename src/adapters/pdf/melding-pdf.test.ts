import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pdfmake from "pdfmake";
import { pdfTekst } from "../../../tests/support/pdf-tekst.ts";
import { renderPdf } from "./melding-pdf.ts";
import type { PdfBlok, PdfDocument, PdfSectie } from "./pdf-document.ts";

const WAARSCHUWING = "Vertrouwelijk: bevat persoonsgegevens van een kind";
const AANGEMAAKT = new Date("2026-03-01T10:15:30Z");

/** 20,000 characters of ordinary prose: long enough to flow over several pages. */
const LANGE_TEKST =
  "Op het kinderdagverblijf valt op dat Zoë vaak moe en teruggetrokken is; één keer had zij blauwe plekken. "
    .repeat(200)
    .slice(0, 20_000);

const basis = {
  metadata: {
    auteur: "A. de Vries, aandachtsfunctionaris",
    onderwerp: "Melding huiselijk geweld en kindermishandeling",
    aangemaakt: AANGEMAAKT,
  },
  waarschuwing: WAARSCHUWING,
  voettekst: "Meldwijzer · dossier 2026-0042",
  taal: "nl",
} as const;

const SECTIES: readonly PdfSectie[] = [
  {
    titel: "Gegevens van het kind",
    blokken: [
      {
        soort: "gegevens",
        rijen: [
          ["Naam", "Zoë Jansen"],
          ["Geboortedatum", "12 mei 2019"],
          ["School", "Café-groep één"],
        ],
      },
      { soort: "alinea", tekst: "De ouderbijdrage van € 45,00 is niet betaald.", nadruk: true },
    ],
  },
  {
    titel: "Signalen",
    blokken: [
      { soort: "lijst", items: ["Vaak moe", "Blauwe plekken op de arm", 'Zegt: "papa wordt boos"'] },
      { soort: "alinea", tekst: LANGE_TEKST },
    ],
  },
  {
    titel: "Tijdlijn",
    blokken: [
      {
        soort: "tabel",
        kop: ["Datum", "Gebeurtenis", "Door"],
        rijen: [
          ["3 februari 2026", "Eerste zorg vastgelegd", "Mentor"],
          ["10 februari 2026", "Collegiale consultatie", "Aandachtsfunctionaris"],
        ],
      },
    ],
  },
  {
    titel: "Afweging en besluit",
    blokken: [{ soort: "alinea", tekst: "Melden is noodzakelijk.\nHulpverlening is niet voldoende." }],
  },
];

const DOCUMENT: PdfDocument = {
  ...basis,
  titel: "Melding aan Veilig Thuis",
  ondertitel: "Afwegingskader stap 5",
  secties: SECTIES,
};

/** About three pages of what a melding really holds: the typical render the server does per request. */
function typischeMelding(): PdfDocument {
  const alinea = (n: number): PdfBlok => ({
    soort: "alinea",
    tekst: `Observatie ${n}: bij het ophalen oogde de moeder gespannen; Zoë wilde niet mee en huilde. De mentor heeft dit met de aandachtsfunctionaris besproken en genoteerd in het dossier.`,
  });
  return {
    ...basis,
    titel: "Melding aan Veilig Thuis",
    secties: [
      {
        titel: "Gegevens",
        blokken: [
          {
            soort: "gegevens",
            rijen: Array.from({ length: 8 }, (_, i) => [`Veld ${i + 1}`, `Waarde ${i + 1} met één café`] as const),
          },
        ],
      },
      { titel: "Signalen", blokken: Array.from({ length: 14 }, (_, i) => alinea(i + 1)) },
      {
        titel: "Tijdlijn",
        blokken: [
          {
            soort: "tabel",
            kop: ["Datum", "Gebeurtenis", "Door"],
            rijen: Array.from({ length: 25 }, (_, i) => [
              `${i + 1} maart 2026`,
              "Gesprek met ouders over de zorgen",
              "Mentor",
            ]),
          },
        ],
      },
      {
        titel: "Besluit",
        blokken: [{ soort: "lijst", items: ["Melden", "Hulp bieden of organiseren", "Volgen"] }, alinea(99)],
      },
    ],
  };
}

// How long a render takes is measured in the benchmark (bench/gevallen.ts, "melding als PDF"), not here.
describe("renderPdf: een typische melding", () => {
  it("past op drie pagina's, ook bij een tweede render met dezelfde lettertypen", async () => {
    for (const keer of ["eerste", "tweede"]) {
      const { paginas } = await pdfTekst(await renderPdf(typischeMelding()));
      assert.equal(
        paginas.length,
        3,
        `${keer} render: de typische melding zou 3 pagina's moeten zijn, niet ${paginas.length}`,
      );
    }
  });
});

describe("renderPdf", () => {
  let pdf: Buffer;
  let paginas: string[];
  let info: Record<string, unknown>;

  before(async () => {
    pdf = await renderPdf(DOCUMENT);
    ({ paginas, info } = await pdfTekst(pdf));
  });

  it("geeft een PDF", () => {
    assert.equal(
      pdf.subarray(0, 5).toString("latin1"),
      "%PDF-",
      `begint met ${JSON.stringify(pdf.subarray(0, 8).toString("latin1"))}`,
    );
  });

  it("zet titel, auteur, onderwerp en aanmaakdatum uit de metadata in de documentinformatie", () => {
    assert.equal(info["Title"], DOCUMENT.titel, "Title");
    assert.equal(info["Author"], DOCUMENT.metadata.auteur, "Author");
    assert.equal(info["Subject"], DOCUMENT.metadata.onderwerp, "Subject");
    assert.equal(
      info["CreationDate"],
      "D:20260301101530Z",
      "CreationDate komt uit metadata.aangemaakt, niet van de klok",
    );
    assert.equal(info["Language"], "nl-NL", "taal van het document");
  });

  it("drukt titel, ondertitel en elke sectietitel af", () => {
    const alles = paginas.join("\n");
    for (const titel of [DOCUMENT.titel, "Afwegingskader stap 5", ...SECTIES.map((sectie) => sectie.titel)]) {
      assert.ok(alles.includes(titel), `titel ${JSON.stringify(titel)} ontbreekt`);
    }
  });

  it("drukt elke soort blok af", () => {
    const alles = paginas.join("\n");
    for (const tekst of [
      "Geboortedatum",
      "Zoë Jansen",
      "Blauwe plekken op de arm",
      "Datum",
      "Gebeurtenis",
      "Collegiale consultatie",
      "Aandachtsfunctionaris",
      "Melden is noodzakelijk.",
    ]) {
      assert.ok(alles.includes(tekst), `${JSON.stringify(tekst)} ontbreekt`);
    }
    assert.ok(
      alles.includes("Melden is noodzakelijk.\nHulpverlening is niet voldoende."),
      "de regelovergang in een alinea blijft staan",
    );
  });

  it("houdt diakrieten en het euroteken intact", () => {
    const alles = paginas.join("\n");
    for (const tekst of ["Zoë", "één", "Café-groep één", "€ 45,00"])
      assert.ok(alles.includes(tekst), `${JSON.stringify(tekst)} ontbreekt of is verminkt`);
  });

  it("laat de lange tekst over meer pagina's lopen", () => {
    assert.ok(paginas.length > 1, `slechts ${paginas.length} pagina voor ${LANGE_TEKST.length} tekens`);
    const woorden = paginas
      .join(" ")
      .split(/\s+/u)
      .filter((woord) => woord === "teruggetrokken").length;
    assert.equal(
      woorden,
      LANGE_TEKST.split("teruggetrokken").length - 1,
      "niet alle tekst van de lange alinea staat in de PDF",
    );
  });

  it("zet 'pagina X van N' in de voettekst van elke pagina", () => {
    const n = paginas.length;
    paginas.forEach((pagina, i) => {
      assert.ok(pagina.includes(`pagina ${i + 1} van ${n}`), `pagina ${i + 1}: geen "pagina ${i + 1} van ${n}"`);
      assert.ok(pagina.includes(basis.voettekst), `pagina ${i + 1}: voettekst ontbreekt`);
    });
    assert.ok(paginas[0]?.includes(`pagina 1 van ${n}`), "pagina 1 van N ontbreekt");
  });

  it("zet de waarschuwing bovenaan elke pagina", () => {
    paginas.forEach((pagina, i) => {
      assert.equal(pagina.split("\n")[0], WAARSCHUWING, `pagina ${i + 1} begint niet met de waarschuwing`);
    });
  });

  it("geeft voor dezelfde invoer dezelfde bytes, ook bij gelijktijdige aanroepen", async () => {
    const [a, b, c] = await Promise.all([renderPdf(DOCUMENT), renderPdf(DOCUMENT), renderPdf(DOCUMENT)]);
    for (const [naam, ander] of [
      ["a", a],
      ["b", b],
      ["c", c],
    ] as const) {
      assert.ok(
        ander !== undefined && pdf.equals(ander),
        `render ${naam} verschilt van de eerste (${ander?.length} tegen ${pdf.length} bytes)`,
      );
    }
  });

  it("zet een sectietitel nooit als laatste op een pagina", async () => {
    // Somewhere in this range the second title lands exactly at the bottom of page 1.
    for (let regels = 20; regels < 34; regels++) {
      const document: PdfDocument = {
        ...DOCUMENT,
        secties: [
          {
            titel: "Eerste sectie",
            blokken: Array.from({ length: regels }, (): PdfBlok => ({ soort: "alinea", tekst: "Een regel." })),
          },
          { titel: "Tweede sectie", blokken: [{ soort: "alinea", tekst: "De inhoud van de tweede sectie." }] },
        ],
      };
      const { paginas: delen } = await pdfTekst(await renderPdf(document));
      const pagina = delen.findIndex((tekst) => tekst.includes("Tweede sectie"));
      assert.ok(
        delen[pagina]?.includes("De inhoud van de tweede sectie."),
        `bij ${regels} regels staat de titel op pagina ${pagina + 1} zonder de inhoud eronder`,
      );
    }
  });

  it("gebruikt 'page X of N' in het Engels", async () => {
    const engels = await pdfTekst(await renderPdf({ ...DOCUMENT, taal: "en" }));
    const n = engels.paginas.length;
    assert.ok(engels.paginas[n - 1]?.includes(`page ${n} of ${n}`), `laatste pagina zonder "page ${n} of ${n}"`);
    assert.equal(engels.info["Language"], "en-GB", "taal van het document");
  });
});

describe("renderPdf met vijandige invoer", () => {
  const echteFetch = globalThis.fetch;
  const opgehaald: string[] = [];

  before(() => {
    globalThis.fetch = (invoer: string | URL | Request): Promise<Response> => {
      opgehaald.push(invoer instanceof Request ? invoer.url : String(invoer));
      return Promise.reject(new Error("geen netwerk in deze test"));
    };
  });
  after(() => {
    globalThis.fetch = echteFetch;
  });

  it("haalt niets op voor tekst die op een URL of afbeelding lijkt: tekst blijft tekst", async () => {
    const ladingen = [
      "https://example.com/x.png",
      "http://169.254.169.254/latest/meta-data/",
      "![foto](https://example.com/y.jpg)",
      '<img src="https://example.com/z.gif">',
      "data:image/png;base64,iVBORw0KGgo=",
      "file:///etc/passwd",
      "/etc/passwd",
    ];
    const document: PdfDocument = {
      ...DOCUMENT,
      titel: "https://example.com/titel.png",
      secties: [
        {
          titel: "https://example.com/sectie.png",
          blokken: [
            ...ladingen.map((tekst): PdfBlok => ({ soort: "alinea", tekst })),
            { soort: "lijst", items: ladingen },
            { soort: "gegevens", rijen: [["Foto", "https://example.com/x.png"]] },
            { soort: "tabel", kop: ["Bron"], rijen: [["https://example.com/x.png"]] },
          ],
        },
      ],
    };
    const { paginas } = await pdfTekst(await renderPdf(document));
    assert.deepEqual(opgehaald, [], "de renderer heeft een URL opgehaald");
    const alles = paginas.join("\n");
    for (const tekst of ladingen)
      assert.ok(alles.includes(tekst), `${JSON.stringify(tekst)} staat niet letterlijk als tekst in de PDF`);
  });

  it("laat pdfmake (een singleton per proces) na de eerste render elke URL en elk lokaal bestand weigeren", async () => {
    await renderPdf({ ...DOCUMENT, secties: [] });
    await assert.rejects(
      pdfmake.createPdf({ images: { foto: "https://example.com/x.png" }, content: [{ image: "foto" }] }).getBuffer(),
      /Access to URL denied/u,
      "een afbeelding via een URL wordt niet geweigerd",
    );
    await assert.rejects(
      pdfmake.createPdf({ content: [{ image: "/etc/hostname" }] }).getBuffer(),
      /Access to local file denied/u,
      "een lokaal bestand wordt niet geweigerd",
    );
    assert.deepEqual(opgehaald, [], "pdfmake heeft toch een URL opgehaald");
  });

  it("crasht niet op tekens die Roboto niet heeft, stuurtekens of kapotte surrogaten, en laat zien dat er iets stond", async () => {
    const document: PdfDocument = {
      ...DOCUMENT,
      secties: [
        {
          titel: "Onbekende tekens 🌈",
          blokken: [
            { soort: "alinea", tekst: "emoji 😀 👨‍👩‍👧 ❤️ einde" },
            {
              soort: "alinea",
              tekst: "NUL\u0000 BEL\u0007 tab\tCRLF\r\nLS\u2028 losse surrogaten \uD800 \uDC00 einde",
            },
            { soort: "alinea", tekst: "Hebreeuws שלום, Chinees 你好, Arabisch مرحبا" },
            { soort: "alinea", tekst: "combinerend: e\u0301 \u01D8" },
            { soort: "lijst", items: ["", "🙂"] },
            { soort: "tabel", kop: [], rijen: [] },
            { soort: "tabel", kop: ["alleen kop"], rijen: [["a", "b", "c"], []] },
            { soort: "gegevens", rijen: [] },
            { soort: "lijst", items: [] },
          ],
        },
      ],
    };
    const { paginas } = await pdfTekst(await renderPdf(document));
    const alles = paginas.join("\n");
    assert.ok(
      alles.includes("emoji \uFFFD \uFFFD \uFFFD einde"),
      `elke emoji (ook een reeks met verbinders) wordt één vervangingsteken: ${alles.slice(0, 400)}`,
    );
    assert.ok(alles.includes("Onbekende tekens \uFFFD"), "emoji in een sectietitel wordt een vervangingsteken");
    assert.ok(alles.includes("Hebreeuws \uFFFD\uFFFD\uFFFD\uFFFD,"), "Hebreeuws wordt per letter een vervangingsteken");
    assert.ok(
      /NUL BEL tab\s+CRLF\nLS\n\s*losse surrogaten \uFFFD \uFFFD einde/u.test(alles),
      `stuurtekens en surrogaten niet opgeruimd: ${alles}`,
    );
    assert.ok(!alles.includes("\u0000"), "een NUL staat in de tekstlaag");
    assert.ok(alles.includes("alleen kop"), "een tabel met rijen van ongelijke lengte wordt afgedrukt");
  });

  // How long these two take (both were quadratic once) is measured in the benchmark (bench/gevallen.ts).
  it("breekt woorden die langer zijn dan een regel, in alinea, tabel en voettekst", async () => {
    const woord = "abcdefghij".repeat(2_000);
    const document: PdfDocument = {
      ...DOCUMENT,
      voettekst: "x".repeat(150),
      secties: [
        {
          titel: "Lange woorden",
          blokken: [
            { soort: "alinea", tekst: woord },
            { soort: "gegevens", rijen: [["https://example.com/?q=" + "q".repeat(300), "k".repeat(1_000)]] },
            {
              soort: "tabel",
              kop: Array.from({ length: 12 }, (_, i) => `kolom${i}`),
              rijen: [Array.from({ length: 12 }, () => "m".repeat(200))],
            },
          ],
        },
      ],
    };
    const { paginas } = await pdfTekst(await renderPdf(document));
    // Only the paragraph has lines of nothing but a to j; together they must be the word, unchanged.
    const regels = paginas.flatMap((pagina) => pagina.split("\n")).filter((regel) => /^[a-j]+$/u.test(regel));
    assert.ok(regels.length > 1, `het lange woord staat op ${regels.length} regel(s), niet afgebroken`);
    assert.equal(regels.join(""), woord, "het lange woord is niet volledig of niet ongeschonden afgedrukt");
    const alles = paginas.join("\n");
    assert.ok(alles.includes("https://example.com/?"), "het begin van de lange URL ontbreekt");
    assert.equal(alles.match(/q/gu)?.length, 301, "de lange URL in de gegevens is niet volledig afgedrukt");
  });

  it("zet een alinea van 150.000 tekens volledig in de PDF", async () => {
    const tekst = "Zoë zei dat het thuis niet goed gaat. ".repeat(4_000).slice(0, 150_000);
    const { paginas } = await pdfTekst(
      await renderPdf({ ...DOCUMENT, secties: [{ titel: "Verslag", blokken: [{ soort: "alinea", tekst }] }] }),
    );
    const zinnen = (tekst: string): number => tekst.match(/Zoë\s+zei/gu)?.length ?? 0;
    assert.equal(zinnen(paginas.join("\n")), zinnen(tekst), "niet alle zinnen van de alinea staan in de PDF");
  });
});
