import type { TFunction } from "i18next";
import type { Afschrift } from "../../app/dossier/afschrift.ts";
import {
  alsTekst,
  VELD_VASTGELEGD_DOOR,
  type AfschriftVeld,
  type AfschriftVermelding,
} from "../../domain/dossier/afschrift.ts";
import type { GebeurtenisType, Weigergrond } from "../../domain/dossier/keuzes.ts";
import { keuzelijstVan } from "../../i18n/keuzelijst.ts";
import { formatteerDatum, formatteerTijdstip, vertaler, type Taal } from "../../i18n/vertaal.ts";
import type { PdfBlok, PdfDocument, PdfSectie } from "./pdf-document.ts";

/**
 * The inspection copy as a printable document (decision 0048). The preview page renders this same
 * model, so what she sees is what is handed over. It is built from the copy alone, in which withheld
 * text no longer exists: title, outline, metadata and every line come from headers and kept text.
 * The dossier's working name is left out on purpose: it is a field like any other and may be withheld.
 */
export function afschriftAlsPdfDocument(a: Afschrift, taal: Taal): PdfDocument {
  const t = vertaler(taal);
  const marker = (gronden: readonly Weigergrond[]) =>
    t("afschrift.marker", { gronden: gronden.map((g) => t(`afschrift.grond.${g}.kort`)).join(", ") });
  const v = a.verzoek.gegevens;
  const secties: PdfSectie[] = [
    {
      titel: t("afschrift.pdf.over"),
      blokken: [
        { soort: "alinea", tekst: t("afschrift.pdf.uitleg") },
        {
          soort: "gegevens",
          rijen: [
            [t("afschrift.veld.verzoeker"), `${v.naam} (${t(`keuze.verzoeker.${v.verzoeker}`)})`],
            [t("afschrift.veld.ontvangen"), formatteerDatum(v.datum, taal)],
            [t("afschrift.veld.gevraagd"), v.gevraagd],
            [t("afschrift.pdf.dossier"), a.dossierId.slice(0, 8)],
            [t("afschrift.pdf.vermeldingen"), String(a.vermeldingen.length)],
          ],
        },
      ],
    },
    ...(a.gronden.length > 0
      ? [
          {
            titel: t("afschrift.pdf.gronden"),
            blokken: [
              {
                soort: "gegevens",
                rijen: a.gronden.map(
                  (g) => [t(`afschrift.grond.${g}.kort`), t(`afschrift.grond.${g}.uitleg`)] as const,
                ),
              } satisfies PdfBlok,
            ],
          },
        ]
      : []),
    ...a.vermeldingen.map((vermelding) => vermeldingAlsSectie(vermelding, t, taal, marker)),
  ];
  return {
    titel: t("afschrift.pdf.titel"),
    ondertitel: t("afschrift.pdf.ondertitel", {
      verwijzing: a.dossierId.slice(0, 8),
      datum: formatteerTijdstip(a.gemaaktOp.toISOString(), taal),
    }),
    metadata: { auteur: "Meldwijzer", onderwerp: t("afschrift.pdf.onderwerp"), aangemaakt: a.gemaaktOp },
    waarschuwing: t("afschrift.pdf.waarschuwing"),
    secties,
    voettekst: t("afschrift.pdf.voettekst", { moment: formatteerTijdstip(a.gemaaktOp.toISOString(), taal) }),
    taal,
  };
}

function vermeldingAlsSectie(
  v: AfschriftVermelding,
  t: TFunction,
  taal: Taal,
  marker: (g: readonly Weigergrond[]) => string,
): PdfSectie {
  const titel = `${v.volgnummer}. ${t(`gebeurtenis.${v.type}`)}`;
  const kop: PdfBlok = {
    soort: "alinea",
    tekst: t("afschrift.pdf.vastgelegd", { moment: formatteerTijdstip(v.opgetredenOp, taal), rol: t(`rol.${v.rol}`) }),
  };
  if (v.weggelaten) return { titel, blokken: [kop, { soort: "alinea", tekst: marker(v.weggelaten), nadruk: true }] };
  return {
    titel,
    blokken: [
      kop,
      {
        soort: "gegevens",
        rijen: v.velden.map((veld) => [veldLabel(veld.pad, t), veldTekst(veld, v.type, t, taal, marker)] as const),
      },
    ],
  };
}

/** A translation that exists as text, or null (a missing key, or a key that holds a group). */
function tekstOfNiets(t: TFunction, sleutel: string): string | null {
  const w: unknown = t(sleutel, { returnObjects: true });
  return typeof w === "string" && w !== sleutel ? w : null;
}

/** `gegevens.waarneming` → "Wat is er gezien of gehoord?"; a list item gets its number. */
export function veldLabel(pad: string, t: TFunction): string {
  if (pad === VELD_VASTGELEGD_DOOR) return t("afschrift.veld.vastgelegd_door");
  const delen = pad.split(".");
  const naam = delen.findLast((d) => !/^\d+$/u.test(d)) ?? pad;
  const laatste = delen.at(-1) ?? "";
  const label = tekstOfNiets(t, `veld.${naam}`) ?? naam;
  return /^\d+$/u.test(laatste) ? `${label} (${Number(laatste) + 1})` : label;
}

/** A coded value in words: yes/no, a date, or the label of a choice list; any other text as it is. */
export function leesbareWaarde(pad: string, waarde: string, type: GebeurtenisType, t: TFunction, taal: Taal): string {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(waarde)) return formatteerDatum(waarde, taal);
  if (waarde === "true") return t("algemeen.ja");
  if (waarde === "false") return t("algemeen.nee");
  const naam = pad.split(".").findLast((d) => !/^\d+$/u.test(d)) ?? "";
  const lijst = keuzelijstVan(type, naam);
  if (lijst && /^[a-z0-9_]+$/u.test(waarde)) return tekstOfNiets(t, `keuze.${lijst}.${waarde}`) ?? waarde;
  return waarde;
}

/**
 * A field's text in the copy. A code from a choice list or a yes/no is put in words, but only when
 * nothing of the field is withheld: a withheld piece always shows as its marker.
 */
function veldTekst(
  veld: AfschriftVeld,
  type: GebeurtenisType,
  t: TFunction,
  taal: Taal,
  marker: (g: readonly Weigergrond[]) => string,
): string {
  const [eerste, ...rest] = veld.delen;
  if (eerste?.soort === "tekst" && rest.length === 0) return leesbareWaarde(veld.pad, eerste.tekst, type, t, taal);
  return alsTekst(veld.delen, marker);
}
