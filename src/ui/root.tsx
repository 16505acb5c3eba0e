// First: zod must be jitless before any schema is created (see the module).
import "../domain/zod-zonder-jit.ts";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { Paginakader } from "./components/paginakader.tsx";
import { useNonce } from "./nonce.ts";
import stylesheet from "./styles/app.css?url";
// Linked on its own: this package's CSS starts with `@charset`, which may not stand in the middle of app.css
// once its imports are inlined (PostCSS warns on every build).
import opsommingStylesheet from "@utrecht/unordered-list-css/dist/index.css?url";
import { ingelogdOfNull } from "../adapters/http/aanmelding.ts";
import type { FormulierAntwoord } from "../adapters/http/formulier.ts";
import { foutpaginaSleutel, isOnverwachteFout } from "./foutpagina.ts";
import { DATABASE_STORING } from "./foutoorzaak.ts";
import { taalVanVerzoek, type Taal } from "../i18n/vertaal.ts";
import { useT, VertalingBron } from "./vertaling.tsx";

/**
 * `nonce: undefined` on purpose: React Router gives every link the CSP nonce of the server render,
 * but the browser render has no nonce, and browsers hide a nonce attribute from the DOM, so React
 * reported a hydration mismatch on every page. The CSP allows stylesheets from 'self' without a
 * nonce (only scripts need one), so the links carry none on either side.
 */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet, nonce: undefined },
  { rel: "stylesheet", href: opsommingStylesheet, nonce: undefined },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml", nonce: undefined },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const verzoek = await ingelogdOfNull(request, context);
  const gebruiker = verzoek
    ? {
        naam: verzoek.wie.gebruiker.naam,
        organisatie: verzoek.wie.gebruiker.organisatieNaam,
        rollen: verzoek.wie.gebruiker.rollen,
      }
    : null;
  return { taal: taalVanVerzoek(request), gebruiker };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const taal: Taal = data?.taal ?? "nl";
  const nonce = useNonce();
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
        <VertalingBron taal={taal}>
          <Paginakader gebruiker={data?.gebruiker ?? null} taal={taal}>
            {children}
          </Paginakader>
        </VertalingBron>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Field messages of a refused request (400, 413), when the refusal names fields. */
function veldFoutenVan(fout: unknown): FormulierAntwoord["fouten"] {
  if (!isRouteErrorResponse(fout) || typeof fout.data !== "object" || fout.data === null) return [];
  const fouten: unknown = (fout.data as Partial<FormulierAntwoord>).fouten;
  return Array.isArray(fouten) ? (fouten as FormulierAntwoord["fouten"]) : [];
}

/**
 * The one error page. It shows no detail of an error, whatever NODE_ENV says: for an unexpected
 * error only its kenmerk (correlation id), which is in the log line with the detail.
 */
export function ErrorBoundary() {
  const fout = useRouteError();
  const { t } = useT();
  const status = isRouteErrorResponse(fout) ? fout.status : 500;
  const database =
    isRouteErrorResponse(fout) && (fout.data as { oorzaak?: unknown } | null)?.oorzaak === DATABASE_STORING.oorzaak;
  const sleutel = foutpaginaSleutel(status, database);
  const kenmerk = isRouteErrorResponse(fout) && isOnverwachteFout(fout.data) ? fout.data.correlatie : null;
  const velden = veldFoutenVan(fout);
  return (
    <div className="mw-stapel">
      <title>{`${t(`${sleutel}.titel`)} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t(`${sleutel}.titel`)}</h1>
      <p className="nl-paragraph">{t(`${sleutel}.tekst`)}</p>
      {velden.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {velden.map((v) => (
            <li
              key={`${v.veld}-${v.sleutel}`}
              className="utrecht-unordered-list__item"
            >{`${t(`veld.${v.veld.split(".").at(-1) ?? v.veld}`, { defaultValue: v.veld })}: ${t(v.sleutel, v.waarden)}`}</li>
          ))}
        </ul>
      ) : null}
      {kenmerk ? (
        <p className="nl-paragraph" data-kenmerk={kenmerk}>
          {t("foutpagina.kenmerk", { kenmerk })}
        </p>
      ) : null}
      <p className="nl-paragraph">
        <a className="nl-link" href="/dossiers">
          {t("foutpagina.terug")}
        </a>
      </p>
    </div>
  );
}
