/** How many of the newest entries the overview shows before "show the full history". */
export const RECENT_IN_OVERZICHT = 3;
/** How many entries one page of the full history shows; "earlier entries" pages back. */
export const GESCHIEDENIS_PAGINA = 50;

/**
 * Which page of the history a dossier URL asks for (decision 0032): `?verloop=alles` is a page of the
 * full history, `&voor=N` the entries before number N; otherwise the overview's newest few. Anything
 * else in `voor` counts as absent, so a bad link shows the newest page instead of an error.
 */
export function geschiedenisVraag(url: URL): { voor: number | null; aantal: number } {
  if (url.searchParams.get("verloop") !== "alles") return { voor: null, aantal: RECENT_IN_OVERZICHT };
  const voor = url.searchParams.get("voor") ?? "";
  const nummer = /^[1-9]\d{0,8}$/u.test(voor) ? Number(voor) : null;
  return { voor: nummer, aantal: GESCHIEDENIS_PAGINA };
}
