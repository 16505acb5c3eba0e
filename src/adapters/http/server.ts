import { readdirSync } from "node:fs";
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { ServerBuild } from "react-router";
import "../../domain/zod-zonder-jit.ts";
import { laatsteFoutafhandelaar, nieuweCorrelatie, vindStylesheet, weigerOngeldigeQuery } from "./foutafhandeling.ts";
import { apiVerdeler, bouwApiTabel } from "./api-verdeler.ts";
import { metStoringAls503 } from "./database-storing.ts";
import "./load-context.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import { metFoutafhandeling } from "./onverwachte-fout.ts";
import { laatRestantUitlopen } from "./restant.ts";
import { willekeurigeBytes } from "./willekeurig.ts";
import {
  bereidVoor,
  leesInstellingen,
  stelSamen,
  startControlepunten,
  startDagelijksOverzicht,
  startVerzegelaar,
  type Samenstelling,
} from "./samenstelling.ts";

/**
 * The Node server: security headers, origin check, static assets and the React Router handler.
 * Built by Vite into build/server/index.js together with the app (see vite.config.ts).
 */
/** The Content-Security-Policy around the request's nonce: the same for every request, joined once. */
const [CSP_VOOR_NONCE, CSP_NA_NONCE] = [
  "default-src 'self'",
  "script-src 'self' 'nonce-\u0000'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
]
  .join("; ")
  .split("\u0000") as [string, string];

/** "1", "2" …: that many proxies; unset or anything else: none (the socket address counts). */
export function vertrouwdeProxies(waarde: string | undefined): number {
  const aantal = Number(waarde);
  return Number.isInteger(aantal) && aantal > 0 && aantal < 10 ? aantal : 0;
}

/**
 * `samenstelling` is the composition root, handed to every loader and action in the load context;
 * tests pass one of their own. `bouw` loads the React Router build; tests pass one of their own. Its
 * loaders and actions are wrapped once (metFoutafhandeling), so that no unexpected error reaches a
 * client with its detail.
 */
export function maakApp(
  clientMap: string,
  samenstelling: Samenstelling,
  bouw: () => Promise<ServerBuild> = () => import("virtual:react-router/server-build"),
  levensloop: Levensloop = { stopt: false },
  opties: AppOpties = {},
): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // For the error pages Express itself answers (foutafhandeling.ts).
  const stylesheet = vindStylesheet(clientMap);
  app.locals["stylesheet"] = stylesheet;
  // TRUST_PROXY is the number of reverse proxies in front of the app: Express then takes the client
  // address that many hops from the right of X-Forwarded-For, which a client cannot choose.
  app.set("trust proxy", vertrouwdeProxies(process.env["TRUST_PROXY"]));

  app.use((req: Request, res: Response, next: NextFunction) => {
    const nonce = willekeurigeBytes(16).toString("base64");
    res.locals["nonce"] = nonce;
    // The kenmerk of this request: in the log line of any error and on the error page or JSON body.
    res.locals["correlatie"] = nieuweCorrelatie();
    res.setHeader("Content-Security-Policy", `${CSP_VOOR_NONCE}${nonce}${CSP_NA_NONCE}`);
    res.setHeader("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts,
    // which the origin check below would refuse. Nothing leaks to other sites either way.
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    // While stopping, a client on a kept-alive connection is told to make its next request elsewhere.
    if (levensloop.stopt) res.setHeader("Connection", "close");
    next();
  });

  // Liveness for an orchestrator: the process answers. No database, no React Router, no sign-in; it
  // stays 200 while the process stops (a stopping process is alive, only no longer ready: /gereed).
  app.get("/gezond", (_req: Request, res: Response) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ gezond: true });
  });
  // Readiness while stopping: 503, so a load balancer sends new requests to the other processes.
  app.get("/gereed", (_req: Request, res: Response, next: NextFunction) => {
    if (!levensloop.stopt) return next();
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Retry-After", "5");
    res
      .status(503)
      .json({ fout: { code: "SERVER_STOPT", melding: vertaler("nl")("fout.api.server_stopt"), velden: [] } });
  });

  // A body the app refused or did not read is drained after the answer, not cut off: cutting it off
  // resets the connection, and the client may never see the 413 (restant.ts).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => laatRestantUitlopen(req));
    next();
  });

  app.use(compression());
  app.use(
    "/assets",
    express.static(path.join(clientMap, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }),
  );
  // The files beside assets/ (favicon.svg from public/), known at start: a request for anything else
  // (every page and /api request) goes on without a look at the disk. The build does not change
  // while the process runs; a file added later is served after a restart.
  const losseBestanden = losseClientBestanden(clientMap);
  const statisch = express.static(clientMap, { maxAge: "1h", index: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (losseBestanden.has(req.path)) void statisch(req, res, next);
    else next();
  });

  // Everything below is dynamic and may hold case data: never cached.
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Cache-Control", "no-store");
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    const origin = req.get("origin");
    const eigen = `${req.protocol}://${req.get("host") ?? ""}`;
    if (origin !== undefined && origin !== eigen) {
      res.status(403).json({
        fout: {
          code: "VREEMDE_HERKOMST",
          melding: "Dit verzoek komt van een andere website en is geweigerd.",
          velden: [],
        },
      });
      return;
    }
    next();
  });
  app.use(weigerOngeldigeQuery);

  // One handler for the one build, made on the first request: a build *function* would make React Router
  // derive its route table again on every request. Loaders and actions are wrapped twice: a database
  // outage becomes a 503 (innermost), any other unexpected error a 500 with only a correlation id.
  // The JSON API's table is built from the same wrapped build (api-verdeler.ts, decision 0069).
  const laadContext = (req: Request, res: Response) => ({
    nonce: String(res.locals["nonce"]),
    adres: req.ip ?? null,
    correlatie: String(res.locals["correlatie"]),
    samenstelling,
  });
  type Geladen = { verwerk: ReturnType<typeof createRequestHandler>; verdeel: ReturnType<typeof apiVerdeler> };
  let geladen: Geladen | undefined;
  let laden: Promise<Geladen> | undefined;
  const laad = () =>
    (laden ??= bouw().then((b) => {
      const omhuld = metFoutafhandeling(metStoringAls503(b), stylesheet);
      geladen = {
        // Not NODE_ENV: in "development" React Router puts messages and stacks in error responses.
        verwerk: createRequestHandler({ build: omhuld, mode: "production", getLoadContext: laadContext }),
        verdeel: apiVerdeler(bouwApiTabel(omhuld), laadContext),
      };
      return geladen;
    }));
  // The JSON API without React Router's request handler: what the table does not take goes on below.
  if (opties.apiZelf !== false)
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (!req.url.startsWith("/api/")) return next();
      if (geladen) return geladen.verdeel(req, res, next);
      void laad().then((g) => g.verdeel(req, res, next), next);
    });
  // The handler passes its own errors to next(); nothing is left to await here.
  app.all(
    "*",
    (req: Request, res: Response, next: NextFunction) => void laad().then((g) => g.verwerk(req, res, next), next),
  );
  // Last: Express's own handler would print the stack whenever NODE_ENV is not "production".
  app.use(laatsteFoutafhandelaar);
  return app;
}

/**
 * The URL paths of the files in the client build outside assets/ (those are served under /assets),
 * for the static handler. Dot files are left out, as `express.static` leaves them out. No build
 * (a test's empty directory): none.
 */
export function losseClientBestanden(clientMap: string): ReadonlySet<string> {
  const paden = new Set<string>();
  const loop = (map: string, voorvoegsel: string): void => {
    let inhoud;
    try {
      inhoud = readdirSync(map, { withFileTypes: true });
    } catch {
      return;
    }
    for (const ding of inhoud) {
      if (ding.name.startsWith(".")) continue;
      const url = `${voorvoegsel}/${encodeURIComponent(ding.name)}`;
      if (ding.isDirectory()) {
        if (url !== "/assets") loop(path.join(map, ding.name), url);
      } else if (ding.isFile()) paden.add(url);
    }
  };
  loop(clientMap, "");
  return paden;
}

export interface AppOpties {
  /**
   * false: every `/api` request goes through React Router's request handler, as before decision 0069.
   * For the test that compares both paths; the app itself always dispatches the API itself.
   */
  readonly apiZelf?: boolean;
}

/** Whether the process is stopping: set by `sluit`, read by /gereed and the headers. */
export interface Levensloop {
  stopt: boolean;
}

export interface StartOpties {
  readonly poort: number;
  readonly host: string;
  readonly clientMap: string;
}

/** How long a stop waits for requests in progress, MELDWIJZER_STOPTIJD_SECONDEN (1–600), default 25. */
export function leesStoptijd(waarde: string | undefined): number {
  const tekst = waarde?.trim();
  if (!tekst) return 25_000;
  const seconden = /^\d{1,3}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  if (!(seconden >= 1 && seconden <= 600))
    throw new Error(
      "MELDWIJZER_STOPTIJD_SECONDEN moet een heel getal van 1 tot en met 600 zijn: hoe lang het stoppen wacht op verzoeken die nog lopen.",
    );
  return seconden * 1000;
}

/** Opens the database before listening, so a locked data directory stops the start with a clear message. */
export async function start(opties: StartOpties): Promise<{ sluit: () => Promise<void>; adres: string }> {
  const stoptijd = leesStoptijd(process.env["MELDWIJZER_STOPTIJD_SECONDEN"]);
  // The route modules (pages, React, the API) load while the database opens, and before the process listens:
  // the first request then waits for neither, and a build that cannot load stops the start (decision 0068).
  const routes = import("virtual:react-router/server-build");
  routes.catch(() => undefined); // awaited below; not an unhandled rejection while the database opens
  // The composition root, built once for this process before it listens.
  const samenstelling = stelSamen(leesInstellingen(process.env));
  // Node loads its fetch classes (undici) on first use, which would be the first request's (React Router
  // turns the Express request into a fetch Request): load them now, while the database opens.
  void new Headers();
  const runtime = await samenstelling;
  await bereidVoor(runtime);
  const bouw = await routes;
  const levensloop: Levensloop = { stopt: false };
  const app = maakApp(opties.clientMap, runtime, () => Promise.resolve(bouw), levensloop);
  const server = app.listen(opties.poort, opties.host);
  await new Promise<void>((klaar, mislukt) => {
    server.once("listening", klaar);
    server.once("error", mislukt);
  });
  const adres = `http://${opties.host}:${opties.poort}`;
  runtime.logger.info({ adres, sindsProcesstartMs: Math.round(performance.now()) }, "Meldwijzer luistert");
  // The daily digest of "Mijn taken"; stopped before the database closes.
  const overzicht = startDagelijksOverzicht(runtime, opties.poort);
  // Signed checkpoints of the access log, outside the database (decision 0028).
  const controlepunten = startControlepunten(runtime);
  // The sealer of the access log: numbers and links the accepted entries in batches (decision 0057).
  const verzegelaar = startVerzegelaar(runtime);
  // A graceful stop (SIGTERM, SIGINT: scripts/start.mjs): stop accepting connections, let the
  // requests in progress finish (at most `stoptijd`, then their connections are closed), then stop the
  // schedules and close the database. Idle kept-alive connections are closed at once and again while
  // waiting, as each request in progress ends.
  let gesloten: Promise<void> | undefined;
  const sluit = () =>
    (gesloten ??= (async () => {
      levensloop.stopt = true;
      runtime.logger.info(
        { stoptijdMs: stoptijd },
        "Meldwijzer stopt: geen nieuwe verbindingen, lopende verzoeken worden afgemaakt",
      );
      const dicht = new Promise<void>((klaar) => server.close(() => klaar()));
      server.closeIdleConnections();
      const opruimer = setInterval(() => server.closeIdleConnections(), 250);
      const grens = setTimeout(() => {
        runtime.logger.warn(
          { stoptijdMs: stoptijd },
          "stoptijd verstreken: verbindingen met lopende verzoeken worden gesloten",
        );
        server.closeAllConnections();
      }, stoptijd);
      try {
        await dicht;
      } finally {
        clearInterval(opruimer);
        clearTimeout(grens);
      }
      await overzicht.stop();
      await verzegelaar.stop();
      await controlepunten.stop();
      await runtime.database.sluit();
      runtime.logger.info("Meldwijzer gestopt");
    })());
  return { sluit, adres };
}
