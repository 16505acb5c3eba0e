import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import type { ServerBuild } from "react-router";
import type { Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import type { AppOpties } from "../../src/adapters/http/server.ts";

// root.tsx imports its stylesheet as "./styles/app.css?url", which Vite resolves; here it is a string.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, n) { return s.endsWith(".css?url") ? { url: "data:text/javascript,export default '/assets/app.css'", shortCircuit: true } : n(s, c); }`,
  )}`,
);

const UI = path.resolve("src/ui");

type Module = ServerBuild["routes"][string] extends infer R ? (R extends { module: infer M } ? M : never) : never;

export interface ExtraRoute {
  readonly id: string;
  readonly path: string;
  readonly module: Record<string, unknown>;
}

/**
 * The real app (src/ui/routes.ts, every route module, root.tsx, entry.server.tsx) as a React Router
 * build, without Vite: for in-process HTTP tests of the Express server (maakApp). `extra` routes
 * are added under the root, for faults a real route cannot be made to throw.
 */
export async function bouwServerBuild(extra: readonly ExtraRoute[] = []): Promise<ServerBuild> {
  const tabel: readonly RouteConfigEntry[] = (await import("../../src/ui/routes.ts")).default;
  const routes: Record<
    string,
    {
      id: string;
      parentId: string | undefined;
      path: string | undefined;
      index: boolean | undefined;
      caseSensitive: undefined;
      module: Module;
    }
  > = {};
  const laad = async (bestand: string) => (await import(pathToFileURL(path.join(UI, bestand)).href)) as Module;
  routes["root"] = {
    id: "root",
    parentId: undefined,
    path: "",
    index: undefined,
    caseSensitive: undefined,
    module: await laad("root.tsx"),
  };
  const voegToe = async (lijst: readonly RouteConfigEntry[], ouder: string) => {
    for (const r of lijst) {
      const id = r.id ?? r.file.replace(/\.[tj]sx?$/u, "").replace(/^\.\.\//u, "");
      routes[id] = {
        id,
        parentId: ouder,
        path: r.path,
        index: r.index,
        caseSensitive: undefined,
        module: await laad(r.file),
      };
      await voegToe(r.children ?? [], id);
    }
  };
  await voegToe(tabel, "root");
  for (const e of extra)
    routes[e.id] = {
      id: e.id,
      parentId: "root",
      path: e.path,
      index: undefined,
      caseSensitive: undefined,
      module: e.module as unknown as Module,
    };

  const manifestRoutes = Object.fromEntries(
    Object.values(routes).map((r) => [
      r.id,
      {
        id: r.id,
        parentId: r.parentId,
        path: r.path,
        index: r.index,
        caseSensitive: undefined,
        module: `/assets/${r.id}.js`,
        imports: [],
        css: [],
        hasAction: typeof r.module.action === "function",
        hasLoader: typeof r.module.loader === "function",
        hasClientAction: false,
        hasClientLoader: false,
        hasClientMiddleware: false,
        hasErrorBoundary: r.id === "root",
      },
    ]),
  );
  const entry = (await import("../../src/ui/entry.server.tsx")) as unknown as ServerBuild["entry"]["module"];
  return {
    entry: { module: entry },
    routes,
    assets: {
      entry: { module: "/assets/entry.client.js", imports: [] },
      routes: manifestRoutes,
      url: "/assets/manifest.js",
      version: "test",
    },
    assetsBuildDirectory: "build/client",
    basename: "/",
    future: { v8_middleware: false },
    ssr: true,
    isSpaMode: false,
    prerender: [],
    routeDiscovery: { mode: "initial", manifestPath: "/__manifest" },
    publicPath: "/",
    allowedActionOrigins: false,
  } as unknown as ServerBuild;
}

export interface AppInProces {
  readonly basis: string;
  stop(): Promise<void>;
}

/** For an app whose requests never reach React Router: any use of the root fails the test loudly. */
const GEEN_SAMENSTELLING = new Proxy({} as Samenstelling, {
  get(_doel, sleutel) {
    throw new Error(`Deze test gaf de app geen samenstelling, maar een verzoek vroeg er "${String(sleutel)}" van.`);
  },
});

/**
 * The Express server of src/adapters/http/server.ts on a free loopback port, over `bouw`, with a
 * client directory holding one asset and a favicon beside it. NODE_ENV is read when the app is made, as in production.
 * `levensloop` lets a test mark the app as stopping (server.ts). `samenstelling` is the composition
 * root the test built (startSamenstelling in app-runtime.ts); the test closes it. `opties.apiZelf: false`
 * sends the JSON API through React Router's request handler (server.ts).
 */
export async function startAppInProces(
  bouw: () => Promise<ServerBuild>,
  nodeEnv: string | undefined,
  levensloop?: { stopt: boolean },
  samenstelling: Samenstelling = GEEN_SAMENSTELLING,
  opties: AppOpties = {},
): Promise<AppInProces> {
  const clientMap = mkdtempSync(path.join(tmpdir(), "meldwijzer-client-"));
  mkdirSync(path.join(clientMap, "assets"));
  writeFileSync(path.join(clientMap, "assets", "app.css"), "body{}");
  writeFileSync(path.join(clientMap, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  const vorige = process.env["NODE_ENV"];
  if (nodeEnv === undefined) delete process.env["NODE_ENV"];
  else process.env["NODE_ENV"] = nodeEnv;
  try {
    const { maakApp } = await import("../../src/adapters/http/server.ts");
    const app = maakApp(clientMap, samenstelling, bouw, levensloop, opties);
    const server = app.listen(0, "127.0.0.1");
    await new Promise<void>((klaar) => server.once("listening", klaar));
    const { port } = server.address() as AddressInfo;
    return {
      basis: `http://127.0.0.1:${port}`,
      stop: async () => {
        await new Promise<void>((klaar) => server.close(() => klaar()));
        rmSync(clientMap, { recursive: true, force: true });
      },
    };
  } finally {
    if (vorige === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = vorige;
  }
}
