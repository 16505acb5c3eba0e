import { laadGebeurtenissen } from "../../adapters/db/dossier.repository.ts";
import {
  maakAfschrift,
  vermeldingenVoorAfschrift,
  vindTekst,
  voegWeglatingenSamen,
  weglatingenSamenvatting,
  type AfschriftVermelding,
  type Vermelding,
} from "../../domain/dossier/afschrift.ts";
import type { GegevensVan, Weglating } from "../../domain/dossier/gebeurtenis.ts";
import { isInzageType, WEIGERGRONDEN, type Weigergrond } from "../../domain/dossier/keuzes.ts";
import { bouwToestand, type InzageVerzoek } from "../../domain/dossier/toestand.ts";
import { DomeinFout, veldFout } from "../../domain/fouten.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metDossierToegang } from "../toegang/dossier-toegang.ts";
import { voegGebeurtenisToeAanDossier, type Toegevoegd } from "./voeg-gebeurtenis-toe.ts";

/**
 * The inspection copy's use-cases (AVG article 15, decision 0048): read what the preparation page
 * needs, read the copy itself for the preview and the PDF, and mark a text wherever it occurs. Saving
 * marks and handing over are appends like any other (`voegGebeurtenisToeAanDossier`), so the domain
 * judges them on every path. Everything here goes through the gate with `inzage_afschrift`.
 */

export interface VerzoekOverzicht {
  readonly id: string;
  readonly gegevens: GegevensVan<"inzageverzoek_ontvangen">;
  readonly vastgelegdOp: string;
  readonly voorbereidOp: string | null;
  readonly verstrekt: { readonly op: string; readonly gegevens: GegevensVan<"inzage_verstrekt"> } | null;
}

export interface AfschriftVoorbereiding {
  readonly versie: number;
  readonly verzoeken: readonly VerzoekOverzicht[];
  /** The request being prepared: the one asked for, else the newest not yet handed over; null when there is none. */
  readonly gekozen: {
    readonly verzoek: VerzoekOverzicht;
    /** Every entry of the dossier now, with its fields (the preparer sees everything). */
    readonly vermeldingen: readonly Vermelding[];
    readonly weglatingen: readonly Weglating[];
    /** Entries recorded after the marks were saved: the copy does not cover them until the marks are saved again. */
    readonly nieuwer: number;
  } | null;
}

function overzicht(v: InzageVerzoek): VerzoekOverzicht {
  return {
    id: v.verzoek.gebeurtenisId,
    gegevens: v.verzoek.gegevens,
    vastgelegdOp: v.verzoek.vastgelegdOp,
    voorbereidOp: v.voorbereiding?.vastgelegdOp ?? null,
    verstrekt: v.verstrekt ? { op: v.verstrekt.vastgelegdOp, gegevens: v.verstrekt.gegevens } : null,
  };
}

function kiesVerzoek(verzoeken: readonly InzageVerzoek[], verzoekId: string | null): InzageVerzoek | null {
  if (verzoekId) return verzoeken.find((v) => v.verzoek.gebeurtenisId === verzoekId) ?? null;
  return verzoeken.findLast((v) => v.verstrekt === null) ?? null;
}

/** What the preparation page shows: the requests, and for the chosen one every entry with the saved marks. Logged as preparing a copy. */
export async function leesAfschriftVoorbereiding(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  verzoekId: string | null,
): Promise<AfschriftVoorbereiding> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    { actie: "inzage_afschrift", logActie: "afschrift_voorbereiden" },
    async ({ tx, dossier }) => {
      const gebeurtenissen = await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id);
      const toestand = bouwToestand(gebeurtenissen);
      const gekozen = kiesVerzoek(toestand.inzage, verzoekId);
      const tot = gekozen?.voorbereiding?.gegevens.totVolgnummer ?? toestand.versie;
      return {
        versie: toestand.versie,
        verzoeken: toestand.inzage.map(overzicht),
        gekozen: gekozen
          ? {
              verzoek: overzicht(gekozen),
              vermeldingen: vermeldingenVoorAfschrift(gebeurtenissen, toestand.versie),
              weglatingen: gekozen.verstrekt?.gegevens.weglatingen ?? gekozen.voorbereiding?.gegevens.weglatingen ?? [],
              nieuwer: gekozen.voorbereiding
                ? gebeurtenissen.filter((g) => g.volgnummer > tot && !isInzageType(g.type)).length
                : 0,
            }
          : null,
      };
    },
  );
}

export interface Afschrift {
  readonly dossierId: string;
  readonly versie: number;
  readonly verzoek: VerzoekOverzicht;
  /** The copy as handed over, or as it will be: built from the saved marks, withheld text already gone. */
  readonly vermeldingen: readonly AfschriftVermelding[];
  readonly gronden: readonly Weigergrond[];
  /** Entries recorded after the marks were saved (they are not in this copy). */
  readonly nieuwer: number;
  readonly gemaaktOp: Date;
}

/**
 * The copy of one request from its saved marks (or, once handed over, from the marks recorded with the
 * handing over). `doel` decides what the log says: a preview is part of preparing, a PDF is an export
 * and names the grounds and entries withheld, never the text.
 */
export async function leesAfschrift(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  verzoekId: string | null,
  doel: "voorbeeld" | "pdf",
): Promise<Afschrift> {
  let samenvatting: string | null = null;
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    {
      actie: "inzage_afschrift",
      logActie: doel === "pdf" ? "afschrift_exporteren" : "afschrift_voorbereiden",
      details: () => samenvatting,
    },
    async ({ tx, dossier, nu }) => {
      const gebeurtenissen = await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id);
      const toestand = bouwToestand(gebeurtenissen);
      const gekozen = kiesVerzoek(toestand.inzage, verzoekId);
      if (!gekozen) throw new DomeinFout("NIET_GEVONDEN");
      const bron = gekozen.verstrekt?.gegevens ?? gekozen.voorbereiding?.gegevens;
      if (!bron) throw veldFout("verzoek", "fout.afschrift_niet_voorbereid");
      const vermeldingen = vermeldingenVoorAfschrift(gebeurtenissen, bron.totVolgnummer);
      if (doel === "pdf")
        samenvatting = `verzoek ${gekozen.verzoek.gebeurtenisId.slice(0, 8)}; ${weglatingenSamenvatting(vermeldingen, bron.weglatingen)}`;
      const gebruikt = new Set(bron.weglatingen.map((w) => w.grond));
      return {
        dossierId: dossier.id,
        versie: toestand.versie,
        verzoek: overzicht(gekozen),
        vermeldingen: maakAfschrift(vermeldingen, bron.weglatingen),
        gronden: WEIGERGRONDEN.filter((g) => gebruikt.has(g)),
        nieuwer: gekozen.verstrekt
          ? 0
          : gebeurtenissen.filter((g) => g.volgnummer > bron.totVolgnummer && !isInzageType(g.type)).length,
        gemaaktOp: nu,
      };
    },
  );
}

/**
 * Withholds a text (a name) wherever it stands in the dossier's entries: the places found are added
 * to the saved marks, and the marks are saved as a new version. The text itself is stored nowhere and
 * logged nowhere; an unknown request or a stale version is refused by the append.
 */
export async function markeerTekst(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  invoer: { readonly verzoek: string; readonly tekst: string; readonly grond: string; readonly versie: number },
): Promise<Toegevoegd & { readonly gevonden: number }> {
  const grond = WEIGERGRONDEN.find((g) => g === invoer.grond);
  if (!grond) throw veldFout("grond", "fout.ongeldige_keuze");
  if ([...invoer.tekst.trim()].length < 2) throw veldFout("tekst", "fout.zoektekst_te_kort");
  const voorbereiding = await leesAfschriftVoorbereiding(ctx, wie, dossierId, invoer.verzoek);
  if (!voorbereiding.gekozen) throw veldFout("verzoek", "fout.verzoek_onbekend");
  const gevonden = vindTekst(voorbereiding.gekozen.vermeldingen, invoer.tekst, grond);
  if (gevonden.length === 0) throw veldFout("tekst", "fout.tekst_niet_gevonden");
  const weglatingen = voegWeglatingenSamen(voorbereiding.gekozen.weglatingen, gevonden);
  const toegevoegd = await voegGebeurtenisToeAanDossier(ctx, wie, dossierId, {
    type: "inzage_voorbereid",
    verwachteVersie: invoer.versie,
    gegevens: { verzoek: invoer.verzoek, weglatingen },
  });
  return { ...toegevoegd, gevonden: gevonden.length };
}
