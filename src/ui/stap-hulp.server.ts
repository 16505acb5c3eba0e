import { data, type AppLoadContext, type LoaderFunctionArgs } from "react-router";
import { isGeldigId, vereisIngelogd } from "../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../adapters/http/http-fout.ts";
import { bekijkStapHulp } from "../app/dossier/dossier-pagina.ts";
import type { HulpPagina, StapHulp } from "../app/dossier/dossier-kader.ts";
import { dossierPaginaVraag } from "./geschiedenis-pagina.ts";

/**
 * The loader of a case page that shows guidance beside its form (decision 0065): that page's guidance
 * only, from the page request's one audited read that the layout's loader shares. Used as
 * `export const loader = stapHulpLoader("gesprek")`, so the page's `loaderData` is typed.
 */
export function stapHulpLoader<P extends HulpPagina>(pagina: P) {
  return async ({ request, params, context }: LoaderFunctionArgs<AppLoadContext>): Promise<StapHulp<P>> => {
    const { runtime, wie } = await vereisIngelogd(request, context);
    if (!isGeldigId(params.id)) throw data(null, { status: 404 });
    const { vraag, verzoek } = dossierPaginaVraag(request, context);
    return await ofFoutpagina(bekijkStapHulp(runtime, wie, params.id, vraag, verzoek, pagina));
  };
}
