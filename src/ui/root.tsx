import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { Paginakader } from "./components/paginakader.tsx";
import { useNonce } from "./nonce.ts";
import stylesheet from "./styles/app.css?url";
import { ingelogdOfNull } from "../adapters/http/aanmelding.ts";
import { DATABASE_STORING } from "./foutoorzaak.ts";
import { maakI18n, taalVanVerzoek, type Taal } from "../i18n/vertaal.ts";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const verzoek = await ingelogdOfNull(request, context);
  const gebruiker = verzoek
    ? { naam: verzoek.wie.gebruiker.naam, organisatie: verzoek.wie.gebruiker.organisatieNaam, rollen: verzoek.wie.gebruiker.rollen }
    : null;
  return { taal: taalVanVerzoek(request), gebruiker };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const taal: Taal = data?.taal ?? "nl";
  const nonce = useNonce();
  const i18n = useMemo(() => maakI18n(taal), [taal]);
  return (
    <html lang={taal}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-body voorbeeld-theme">
        <I18nextProvider i18n={i18n}>
          <Paginakader gebruiker={data?.gebruiker ?? null} taal={taal}>
            {children}
          </Paginakader>
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const fout = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(fout) ? fout.status : 500;
  const database = isRouteErrorResponse(fout) && (fout.data as { oorzaak?: unknown } | null)?.oorzaak === DATABASE_STORING.oorzaak;
  const sleutel =
    status === 404 ? "foutpagina.niet_gevonden" : status === 403 ? "foutpagina.geweigerd" : database ? "foutpagina.database_niet_beschikbaar" : status === 503 ? "foutpagina.niet_beschikbaar" : "foutpagina.onverwacht";
  return (
    <div className="mw-stapel">
      <title>{`${t(`${sleutel}.titel`)} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t(`${sleutel}.titel`)}</h1>
      <p className="nl-paragraph">{t(`${sleutel}.tekst`)}</p>
      <p className="nl-paragraph">
        <a className="nl-link" href="/dossiers">{t("foutpagina.terug")}</a>
      </p>
    </div>
  );
}
