import { data, type AppLoadContext, type LoaderFunctionArgs } from "react-router";
import { isGeldigId, vereisIngelogd } from "../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../adapters/http/http-fout.ts";
import { bekijkGeschiedenis, bekijkRegister } from "../app/dossier/dossier-pagina.ts";
import { dossierPaginaVraag } from "./geschiedenis-pagina.ts";

/**
 * The loader of a case page that names the case's entries by their number and kind (decision 0082): the
 * register, which the layout's shared data leaves out, from the page request's one audited read that the
 * layout's loader shares (no second read, no second entry).
 */
export async function registerLoader({ request, params, context }: LoaderFunctionArgs<AppLoadContext>) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { vraag, verzoek } = dossierPaginaVraag(request, context);
  return await ofFoutpagina(bekijkRegister(runtime, wie, params.id, vraag, verzoek));
}

/** The overview's loader: its page of the history and the register entries that page names, from the same read. */
export async function geschiedenisLoader({ request, params, context }: LoaderFunctionArgs<AppLoadContext>) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { vraag, verzoek } = dossierPaginaVraag(request, context);
  return await ofFoutpagina(bekijkGeschiedenis(runtime, wie, params.id, vraag, verzoek));
}
