import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Afschrift } from "../../app/dossier/afschrift.ts";
import { maakAfschrift, vermeldingenVoorAfschrift, vindTekst } from "../../domain/dossier/afschrift.ts";
import { gebeurtenissenBouwer, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import { afschriftAlsPdfDocument, leesbareWaarde } from "./afschrift-naar-pdf.ts";

const bouw = gebeurtenissenBouwer({ vandaag: "2026-11-22" });
const gebeurtenissen = bouw(
  { ...OPENING, gegevens: { ...OPENING.gegevens, werknaam: "Bram Jansen", omschrijving: "Zorgen over Bram." } },
  { ...SIGNAAL, gegevens: { ...SIGNAAL.gegevens, waargenomenDoor: "Buurman Kees", bron: "netwerk_gezin" } },
);
const vermeldingen = vermeldingenVoorAfschrift(gebeurtenissen, 2);

function afschrift(weglatingen: Parameters<typeof maakAfschrift>[1]): Afschrift {
  return {
    dossierId: "0d5c3f5e-1111-4000-8000-000000000000",
    versie: 3,
    verzoek: {
      id: "0d5c3f5e-2222-4000-8000-000000000000",
      gegevens: { verzoeker: "ouder", naam: "Moeder", datum: "2026-11-21", gevraagd: "Alles." },
      vastgelegdOp: "2026-11-21T09:00:00.000Z",
      voorbereidOp: "2026-11-21T10:00:00.000Z",
      verstrekt: null,
    },
    vermeldingen: maakAfschrift(vermeldingen, weglatingen),
    gronden: [...new Set(weglatingen.map((w) => w.grond))],
    nieuwer: 0,
    gemaaktOp: new Date("2026-11-22T09:00:00.000Z"),
  };
}

describe("afschriftAlsPdfDocument", () => {
  it("the working name is in no title, subtitle or metadata, and withheld it is nowhere", () => {
    const weglatingen = [
      ...vindTekst(vermeldingen, "Bram", "belang_kind"),
      { gebeurtenisId: vermeldingen[0]!.gebeurtenisId, veld: "werknaam", grond: "belang_kind" as const },
    ];
    const document = afschriftAlsPdfDocument(afschrift(weglatingen), "nl");
    const kop = JSON.stringify([
      document.titel,
      document.ondertitel,
      document.metadata,
      document.waarschuwing,
      document.voettekst,
      document.secties.map((s) => s.titel),
    ]);
    assert.ok(!kop.includes("Bram") && !kop.includes("Jansen"), kop);
    assert.ok(!JSON.stringify(document).includes("Bram"));
    assert.ok(JSON.stringify(document).includes("[weggelaten: veiligheid of belang van het kind]"));
  });
  it("codes and dates in words where nothing is withheld, and the marker in the reader's language", () => {
    const id = vermeldingen[1]!.gebeurtenisId;
    const nl = afschriftAlsPdfDocument(
      afschrift([{ gebeurtenisId: id, veld: "waargenomenDoor", grond: "identiteit_informant" }]),
      "nl",
    );
    const rijen = nl.secties.at(-1)?.blokken.flatMap((b) => (b.soort === "gegevens" ? b.rijen : []));
    assert.deepEqual(
      rijen?.find(([label]) => label === "Wie zag of hoorde het?")?.[1],
      "[weggelaten: identiteit van een informant]",
    );
    assert.deepEqual(rijen?.find(([label]) => label === "Datum van de waarneming")?.[1], "10 november 2026");
    assert.ok(
      rijen?.some(([, waarde]) => waarde === "Nee"),
      "a yes/no in words",
    );
    assert.ok(!JSON.stringify(rijen).includes("netwerk_gezin"), "the source's code in words");
    const en = afschriftAlsPdfDocument(afschrift([{ gebeurtenisId: id, grond: "privacy_derden" }]), "en");
    assert.ok(JSON.stringify(en.secties.at(-1)).includes("[withheld: privacy of others]"));
    assert.equal(en.taal, "en");
  });
  it("puts a code in the words of the list its kind of entry uses, as the history page does", () => {
    const t = vertaler("nl");
    const gevallen: [string, string, Parameters<typeof leesbareWaarde>[2], string][] = [
      ["soort", "vermoeden_medewerker", "dossier_geopend", "Vermoeden tegen een medewerker"],
      ["soort", "signaal", "signaal_vastgelegd", t("keuze.soort.signaal")],
      ["wijze", "mondeling", "zienswijze_toegevoegd", t("keuze.zienswijze_wijze.mondeling")],
      ["wijze", "post", "inzage_verstrekt", "per post"],
      ["gegevens.met", "veilig_thuis", "acuut_contact", t("keuze.acuut_met.veilig_thuis")],
      ["inhoud.grondNietGeinformeerd", "veiligheid", "melding_verstuurd", t("keuze.grond.veiligheid")],
      ["waarneming", "gezien", "signaal_vastgelegd", "gezien"],
    ];
    for (const [pad, code, type, woorden] of gevallen)
      assert.equal(leesbareWaarde(pad, code, type, t, "nl"), woorden, `${type} ${pad}`);
  });
});
