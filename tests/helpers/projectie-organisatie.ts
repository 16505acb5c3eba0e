import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { deelDossier } from "../../src/app/toegang/delen.ts";
import { context, maakOrganisatieMetMensen } from "./fabriek.ts";
import { CASUS } from "./melding-casus.ts";

/** The organisation the projection and Mijn taken tests read: its people, the full case and six cases beside it. */
export interface ProjectieOrganisatie {
  readonly sanne: Ingelogd;
  readonly peter: Ingelogd;
  readonly fatima: Ingelogd;
  /** The full case (CASUS), played by Sanne and Peter. */
  readonly casus: string;
  /** Six cases Sanne opened: 0, 2 and 4 with a signal and a consultation (0 with a correction), 1 closed, 2 assigned to Fatima. */
  readonly dossiers: readonly string[];
}

/**
 * Sets up "Regenboog" with a medewerker (Sanne), an eindverantwoordelijke (Peter) and an
 * aandachtsfunctionaris (Fatima), the full case and cases in other phases, one corrected and one closed.
 */
export async function richtProjectieOrganisatieIn(db: GeopendeDatabase): Promise<ProjectieOrganisatie> {
  const org = await maakOrganisatieMetMensen(db, "Regenboog", [
    ["medewerker"],
    ["eindverantwoordelijke"],
    ["aandachtsfunctionaris"],
  ]);
  const [sanne, peter, fatima] = org.mensen as [Ingelogd, Ingelogd, Ingelogd];
  // The full case, as it was played: Peter takes the eindverantwoordelijke's steps.
  const [opening, ...rest] = CASUS;
  const casus = await openDossier(context(db, new Date(opening!.op)), sanne, opening!.gegevens);
  let versie = 1;
  for (const stap of rest) {
    const wie = stap.door?.rol === "eindverantwoordelijke" ? peter : sanne;
    versie = (
      await voegGebeurtenisToeAanDossier(context(db, new Date(stap.op)), wie, casus, {
        type: stap.type,
        gegevens: stap.gegevens,
        verwachteVersie: versie,
      })
    ).versie;
  }
  const dossiers: string[] = [];
  // Beside the full case: cases in other phases, one with a correction and one closed.
  const ctx = context(db, new Date("2026-11-24T09:00:00.000Z"));
  for (let i = 0; i < 6; i++) {
    const id = await openDossier(ctx, sanne, {
      werknaam: `Kind ${i}`,
      aanleiding: "zorg_om_kind",
      omschrijving: "Zorgen over verzorging.",
    });
    dossiers.push(id);
    if (i % 2 === 0) {
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "signaal_vastgelegd",
        verwachteVersie: 1,
        gegevens: {
          soort: "signaal",
          waarneming: "Komt zonder jas bij vorst.",
          datumWaarneming: "2026-11-20",
          waargenomenDoor: "Leerkracht",
          bron: "eigen_waarneming",
        },
      });
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "consultatie_gehouden",
        verwachteVersie: 2,
        gegevens: {
          met: "aandachtsfunctionaris",
          datum: "2026-11-21",
          uitkomst: "Zorg gedeeld.",
          vervolgstap: "Gesprek.",
        },
      });
    }
  }
  const [eerste] = await laadGebeurtenissen(db.db, org.organisatieId, dossiers[0]!).then((g) =>
    g.filter((x) => x.type === "signaal_vastgelegd"),
  );
  await voegGebeurtenisToeAanDossier(ctx, sanne, dossiers[0]!, {
    type: "correctie",
    verwachteVersie: 3,
    gegevens: {
      corrigeert: eerste!.id,
      reden: "Datum verkeerd overgenomen.",
      gegevens: {
        soort: "signaal",
        waarneming: "Komt zonder jas bij vorst.",
        datumWaarneming: "2026-11-19",
        waargenomenDoor: "Leerkracht",
        bron: "eigen_waarneming",
      },
    },
  });
  await voegGebeurtenisToeAanDossier(ctx, sanne, dossiers[1]!, {
    type: "dossier_afgesloten",
    verwachteVersie: 1,
    gegevens: { reden: "Zorg weggenomen." },
  });
  await deelDossier(ctx, sanne, dossiers[2]!, {
    gebruikerId: fatima.gebruiker.id,
    soort: "toegewezen",
    reden: "Fatima neemt het over.",
  });
  return { sanne, peter, fatima, casus, dossiers };
}
