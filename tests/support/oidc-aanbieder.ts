import type { Server } from "node:http";
import { vrijePoort } from "../helpers/poort.ts";

/**
 * A real OpenID provider for the tests: oidc-provider 9 (a certified implementation) on a loopback
 * port, with its own development login and consent pages, one confidential client and fixed accounts.
 * Each account's `amr` and `acr` are what the provider puts in the ID token after that login.
 */
export interface TestAccount {
  readonly email: string;
  readonly emailGeverifieerd?: boolean;
  readonly naam?: string;
  readonly amr?: readonly string[];
  readonly acr?: string;
}

export interface TestAanbieder {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientGeheim: string;
  stop(): Promise<void>;
}

export async function startAanbieder(opties: {
  redirectUris: readonly string[];
  accounts: Readonly<Record<string, TestAccount>>;
}): Promise<TestAanbieder> {
  // oidc-provider warns on Node 20 and about its development defaults (keys, cookies, login pages): expected here.
  const stil = process.emitWarning.bind(process);
  process.emitWarning = () => undefined;
  const origineleWarn = console.warn;
  console.warn = () => undefined;
  const { default: Provider } = await import("oidc-provider");
  const poort = await vrijePoort();
  const issuer = `http://127.0.0.1:${poort}`;
  const clientId = "meldwijzer-test";
  const clientGeheim = "test-geheim-van-de-client-niet-voor-productie";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientGeheim,
        redirect_uris: [...opties.redirectUris],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    // amr and acr in the openid scope: the ID token carries how the person signed in, as Entra ID and SURFconext do.
    claims: { openid: ["sub", "amr", "acr"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    findAccount: (_ctx: unknown, id: string) => {
      const account = opties.accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailGeverifieerd ?? true,
          name: account.naam ?? id,
        }),
      };
    },
  });
  // The login the development pages finish is given the account's amr/acr, as a real provider records how one signed in.
  const klaar = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, resultaat, o) => {
    const login = (resultaat as { login?: { accountId: string; amr?: string[]; acr?: string } }).login;
    const account = login ? opties.accounts[login.accountId] : undefined;
    if (login && account?.amr) login.amr = [...account.amr];
    if (login && account?.acr) login.acr = account.acr;
    return klaar(req, res, resultaat, o);
  };
  const server: Server = await new Promise((gereed) => {
    const s = provider.listen(poort, "127.0.0.1", () => gereed(s));
  });
  console.warn = origineleWarn;
  process.emitWarning = stil;
  return {
    issuer,
    clientId,
    clientGeheim,
    stop: () =>
      new Promise<void>((k) => {
        server.closeAllConnections();
        server.close(() => k());
      }),
  };
}

/**
 * Drives the provider's development login and consent pages without a browser (for integration
 * tests): follows redirects with a cookie jar, submits the login form with the account and the consent
 * form, and stops at the first redirect to `stopBij` (the app's callback), which it returns.
 */
export async function meldAanBijAanbieder(autorisatieUrl: string, account: string, stopBij: string): Promise<URL> {
  const koekjes = new Map<string, string>();
  const koekjesKop = () => [...koekjes].map(([k, v]) => `${k}=${v}`).join("; ");
  const bewaar = (antwoord: Response) => {
    for (const regel of antwoord.headers.getSetCookie()) {
      const [paar] = regel.split(";");
      const [naam, ...waarde] = (paar ?? "").split("=");
      if (naam) koekjes.set(naam.trim(), waarde.join("="));
    }
  };
  let url = new URL(autorisatieUrl);
  let methode = "GET";
  let lichaam: URLSearchParams | undefined;
  for (let stap = 0; stap < 20; stap++) {
    const antwoord = await fetch(url, {
      method: methode,
      redirect: "manual",
      headers: { cookie: koekjesKop(), ...(lichaam ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      ...(lichaam ? { body: lichaam } : {}),
    });
    bewaar(antwoord);
    methode = "GET";
    lichaam = undefined;
    const locatie = antwoord.headers.get("location");
    if (locatie) {
      url = new URL(locatie, url);
      if (url.href.startsWith(stopBij)) return url;
      await antwoord.arrayBuffer();
      continue;
    }
    const html = await antwoord.text();
    const actie = /<form[^>]*action="([^"]+)"/u.exec(html)?.[1];
    if (!actie) throw new Error(`Onverwachte pagina van de aanbieder (${antwoord.status}): ${html.slice(0, 300)}`);
    url = new URL(actie.replace(/&amp;/gu, "&"), url);
    methode = "POST";
    lichaam = html.includes('name="login"')
      ? new URLSearchParams({ prompt: "login", login: account, password: "wat-dan-ook" })
      : new URLSearchParams({ prompt: "consent" });
  }
  throw new Error("De aanbieder stuurde niet terug naar de app.");
}
