import { STIL_WERKDAGEN, TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import type { Taal } from "../../i18n/vertaal.ts";
import type { DossierTaak } from "./mijn-taken.ts";

/**
 * The wording of the daily digest. The texts live in the language catalogues
 * (`takenoverzicht_mail` in src/i18n/nl.json and en.json) like every other product text; this module
 * only chooses the keys and counts. E-mail leaves our hands: it sits in mailboxes, on phones and in
 * forwarding rules we do not control. So the mail says only how many tasks of each kind are waiting,
 * and links to /taken, where signing in shows which cases they are. No werknaam, no dossier id,
 * nothing about a child or a family is ever put in it.
 */

export type OverzichtTaal = Taal;

/** The catalogue key of the line for one kind of task; the number is the number of cases, since a case has each kind at most once. */
const REGEL_SLEUTELS: Record<TaakSoort, string> = {
  vt_bellen: "takenoverzicht_mail.regel.vt_bellen",
  melding_versturen: "takenoverzicht_mail.regel.melding_versturen",
  voorstel_beoordelen: "takenoverzicht_mail.regel.voorstel_beoordelen",
  besluit_nemen: "takenoverzicht_mail.regel.besluit_nemen",
  derde_meldnorm: "takenoverzicht_mail.regel.derde_meldnorm",
  evaluatie: "takenoverzicht_mail.regel.evaluatie",
  veiligheidscheck: "takenoverzicht_mail.regel.veiligheidscheck",
  gesprek_plannen: "takenoverzicht_mail.regel.gesprek_plannen",
  stap_blijft_liggen: "takenoverzicht_mail.regel.stap_blijft_liggen",
};

/**
 * The subject and plain text of one digest. Pure: the same tasks give the same mail. Only the kind of
 * each task is read, so no werknaam or dossier id can slip into the text however the wording changes.
 */
export function overzichtTekst(
  taken: readonly DossierTaak[],
  opties: { naam: string; link: string; taal: OverzichtTaal },
): { onderwerp: string; tekst: string } {
  const t = vertaler(opties.taal);
  const perSoort = new Map<TaakSoort, number>();
  for (const { soort } of taken) perSoort.set(soort, (perSoort.get(soort) ?? 0) + 1);
  const lijst = TAAK_SOORTEN.flatMap((soort) => {
    const aantal = perSoort.get(soort) ?? 0;
    return aantal === 0 ? [] : [`- ${t(REGEL_SLEUTELS[soort], { count: aantal, werkdagen: STIL_WERKDAGEN })}`];
  });
  const aantal = taken.length;
  const inleiding =
    aantal === 0 ? t("takenoverzicht_mail.inleiding_geen") : t("takenoverzicht_mail.inleiding", { count: aantal });
  const blokken = [t("takenoverzicht_mail.aanhef", { naam: opties.naam }), [inleiding, ...lijst].join("\n")];
  if (aantal > 0) blokken.push(`${t("takenoverzicht_mail.link")}\n${opties.link}`);
  blokken.push(t("takenoverzicht_mail.privacy"), t("takenoverzicht_mail.waarom"));
  const onderwerp =
    aantal === 0 ? t("takenoverzicht_mail.onderwerp_geen") : t("takenoverzicht_mail.onderwerp", { count: aantal });
  return { onderwerp, tekst: `${blokken.join("\n\n")}\n` };
}

/** The link in the mail: /taken under the public address, also when that address ends in a slash or a path. */
export function takenLink(basisUrl: string): string {
  return `${basisUrl.replace(/\/+$/u, "")}/taken`;
}
