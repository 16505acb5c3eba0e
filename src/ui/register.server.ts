import { data, type AppLoadContext, type LoaderFunctionArgs } from "react-router";
import { isGeldigId, vereisIngelogd } from "../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../adapters/http/http-fout.ts";
import { bekijkRegister } from "../app/dossier/dossier-pagina.ts";
import { dossierPaginaVraag } from "./geschiedenis-pagina.ts";

/**
 * The loader of a case page that names the case's entries by their number and kind (decision 0082): the
 * register, which the layout's shared data leaves out, from the page request's one audited read that the
 * layout's loader shares (no second read, no second entry). `"alles"` for the pages that name or offer any
 * entry; `"geschiedenis"` for the overview, which names only what its page of the history shows.
 */
export function registerLoader(deel: "alles" | "geschiedenis") {
  return async ({ request, params, context }: LoaderFunctionArgs<AppLoadContext>) => {
    const { runtime, wie } = await vereisIngelogd(request, context);
    if (!isGeldigId(params.id)) throw data(null, { status: 404 });
    const { vraag, verzoek } = dossierPaginaVraag(request, context);
    return await ofFoutpagina(bekijkRegister(runtime, wie, params.id, vraag, verzoek, deel));
  };
}
