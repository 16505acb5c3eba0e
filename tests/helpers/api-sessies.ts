import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "react-router";
import { maakSessieToken, sessieIdVan } from "../../src/adapters/crypto/sessie-token.ts";
import { bewaarSessie } from "../../src/adapters/db/sessie.repository.ts";
import type { Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import type { Rol } from "../../src/domain/dossier/keuzes.ts";
import { startTestRuntime, type RuntimeDatabase } from "./app-runtime.ts";
import { maakOrganisatieMetMensen } from "./fabriek.ts";

/** Signed-in people for tests that call JSON and CSV routes the way the server does. */
export interface ApiSessies {
  /** The session cookie of `wie`; empty for someone not signed in here. */
  cookie(wie: Ingelogd): string;
  /** A loader's arguments: `GET pad` with the cookie of `wie` (no cookie for null). */
  get(pad: string, wie: Ingelogd | null, params?: Record<string, string>): LoaderFunctionArgs<AppLoadContext>;
  /** An action's arguments: `POST pad` with `body` as JSON and the cookie of `wie`. */
  post(
    pad: string,
    wie: Ingelogd | null,
    body: unknown,
    params?: Record<string, string>,
  ): ActionFunctionArgs<AppLoadContext>;
}

/**
 * A full session (past two-step sign-in, valid for an hour) for each of `mensen`, stored as sign-in
 * stores it, and the requests that carry its cookie.
 */
export async function meldAanVoorApi(ctx: Samenstelling, mensen: readonly Ingelogd[]): Promise<ApiSessies> {
  /** What the server puts in every request's load context (src/adapters/http/load-context.ts): a new object per request, as the server makes one, since the session is looked up once per context. */
  const laadContext = { nonce: "", adres: "127.0.0.1", samenstelling: ctx };
  const cookies = new Map<string, string>();
  const nu = ctx.klok();
  for (const wie of mensen) {
    const token = maakSessieToken();
    await bewaarSessie(ctx.db, {
      id: sessieIdVan(token),
      gebruikerId: wie.gebruiker.id,
      aangemaaktOp: nu,
      laatstGebruiktOp: nu,
      stap: "volledig",
      verlooptOp: new Date(nu.getTime() + 3600_000),
    });
    cookies.set(wie.gebruiker.id, `mw_sessie=${token}`);
  }
  const cookie = (wie: Ingelogd | null) => (wie ? (cookies.get(wie.gebruiker.id) ?? "") : "");
  const args = (request: Request, params: Record<string, string>) =>
    ({ request, params, context: { ...laadContext } }) as unknown as LoaderFunctionArgs<AppLoadContext> &
      ActionFunctionArgs<AppLoadContext>;
  return {
    cookie,
    get: (pad, wie, params = {}) =>
      args(new Request(`http://localhost${pad}`, { headers: { cookie: cookie(wie) } }), params),
    post: (pad, wie, body, params = {}) =>
      args(
        new Request(`http://localhost${pad}`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookie(wie) },
          body: JSON.stringify(body),
        }),
        params,
      ),
  };
}

/** A started runtime with one organisation of signed-in people (`maakOrganisatieMetMensen`'s roles). */
export interface ApiOrganisatie {
  readonly runtime: Samenstelling;
  readonly organisatieId: string;
  readonly mensen: readonly Ingelogd[];
  readonly sessies: ApiSessies;
  /** Stops the runtime and puts the environment back (`startTestRuntime`). */
  stop(): Promise<void>;
}

/** Starts the runtime on `db` with an organisation `naam` of one person per entry of `rollen`, each signed in. */
export async function startApiOrganisatie(db: RuntimeDatabase, naam: string, rollen: Rol[][]): Promise<ApiOrganisatie> {
  const { runtime, stop } = await startTestRuntime(db);
  const { organisatieId, mensen } = await maakOrganisatieMetMensen(runtime.database, naam, rollen);
  return { runtime, organisatieId, mensen, sessies: await meldAanVoorApi(runtime, mensen), stop };
}
