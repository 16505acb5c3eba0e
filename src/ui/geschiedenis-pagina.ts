import { taalVanVerzoek } from "../i18n/vertaal.ts";

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

/**
 * What a case page's request asks of the dossier, parsed the same way by every loader of the page (the
 * layout's and the page's own), so that they share one read (`leesDossierPagina`): the page of the
 * history from the URL and the reader's language. `verzoek` identifies the request, for GET and HEAD: the
 * load context, which React Router hands to every loader of one request as the same object (the
 * `Request` it passes is a new copy per loader, stripped of its `index` and `_routes` parameters).
 */
export function dossierPaginaVraag(request: Request, context: object | undefined) {
  return {
    vraag: { geschiedenis: geschiedenisVraag(new URL(request.url)), taal: taalVanVerzoek(request) },
    verzoek: context && (request.method === "GET" || request.method === "HEAD") ? context : null,
  };
}
