import type { MeldingVoorUitvoer } from "../../app/melding/melding-lezen.ts";
import { nlDatum } from "../../domain/melding/concept.ts";
import { formatteerTijdstip, vertaler } from "../../i18n/vertaal.ts";
import type { PdfBlok, PdfDocument, PdfSectie } from "./pdf-document.ts";

/**
 * The report as a printable document, in the sections of the check page. Always in Dutch: it goes
 * to Veilig Thuis. Empty optional sections are left out rather than printed blank.
 */
export function meldingAlsPdfDocument(m: MeldingVoorUitvoer): PdfDocument {
  const t = vertaler("nl");
  const i = m.inhoud;
  const alinea = (tekst: string): PdfBlok => ({ soort: "alinea", tekst });
  const sectie = (veld: string, blokken: PdfBlok[]): PdfSectie => ({ titel: t(`melding.veld.${veld}`), blokken });
  const secties: PdfSectie[] = [
    sectie("melder", [alinea(i.melder)]),
    sectie("betrokkenen", [alinea(i.betrokkenen)]),
    sectie("urgentie", [{ soort: "alinea", tekst: t(`keuze.urgentie.${i.urgentie}`), nadruk: i.urgentie === "acuut" }]),
    sectie("onveiligNu", [alinea(i.onveiligNu)]),
    sectie("feiten", [alinea(i.feiten)]),
    ...(i.duiding ? [sectie("duiding", [alinea(i.duiding)])] : []),
    ...(i.risicofactoren ? [sectie("risicofactoren", [alinea(i.risicofactoren)])] : []),
    ...(i.beschermend ? [sectie("beschermend", [alinea(i.beschermend)])] : []),
    sectie("stappen", [alinea(i.stappen)]),
    sectie("gezinGeinformeerd", [
      {
        soort: "gegevens",
        rijen: [
          // The section's title already asks the question: the row gives the answer, not the question again.
          [t("veld.antwoord"), t(`algemeen.${i.gezinGeinformeerd}`)],
          ...(i.grondNietGeinformeerd
            ? [[t("melding.veld.grondNietGeinformeerd"), t(`keuze.grond.${i.grondNietGeinformeerd}`)] as const]
            : []),
        ],
      },
      ...(i.toelichtingGeinformeerd ? [alinea(i.toelichtingGeinformeerd)] : []),
    ]),
    ...(i.zienswijze ? [sectie("zienswijze", [alinea(i.zienswijze)])] : []),
    sectie("geraadpleegd", [alinea(i.geraadpleegd)]),
    sectie("verwachtingen", [alinea(i.verwachtingen)]),
  ];
  if (m.verstuurd) {
    const v = m.verstuurd;
    secties.push({
      titel: t("melding.pdf.verstuurd"),
      blokken: [
        {
          soort: "gegevens",
          rijen: [
            [t("melding.pdf.versie"), String(v.versie)],
            [t("veld.wijze"), t(`keuze.meld_wijze.${v.wijze}`)],
            [t("veld.datum"), `${nlDatum(v.datum)} ${v.tijd}`],
            [t("veld.contactpersoon"), v.contactpersoon],
            ...(v.referentie ? [[t("veld.referentie"), v.referentie] as const] : []),
            [t("melding.pdf.hash"), v.hash],
          ],
        },
      ],
    });
  }
  return {
    titel: t("melding.pdf.titel"),
    ondertitel: `${m.werknaam} · ${t("dossier.verwijzing", { verwijzing: m.dossierId.slice(0, 8) })} · ${m.verstuurd ? t("melding.pdf.status_verstuurd") : t("melding.pdf.status_concept")}`,
    metadata: {
      auteur: i.melder.split("\n")[0]?.slice(0, 200) ?? "",
      onderwerp: t("melding.pdf.onderwerp"),
      aangemaakt: m.gemaaktOp,
    },
    waarschuwing: t("melding.pdf.waarschuwing"),
    secties,
    voettekst: t("melding.pdf.voettekst", { moment: formatteerTijdstip(m.gemaaktOp.toISOString(), "nl") }),
    taal: "nl",
  };
}
