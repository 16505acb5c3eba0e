import { SESSIE_MAXIMAAL_MS } from "../../app/sessie/inloggen.ts";

const NAAM = "mw_sessie";
const HTTPS_NAAM = "__Host-mw_sessie";

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** The session token from the request's cookie, if any. A malformed one counts as absent, never as an error. */
export function leesSessieToken(request: Request): string | null {
  const cookies = request.headers.get("cookie") ?? "";
  const naam = isHttps(request) ? HTTPS_NAAM : NAAM;
  for (const deel of cookies.split(";")) {
    const [sleutel, ...rest] = deel.trim().split("=");
    if (sleutel !== naam) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

/** HttpOnly and SameSite=Lax always; Secure with the __Host- prefix when served over HTTPS. */
export function sessieCookie(request: Request, token: string): string {
  const https = isHttps(request);
  const naam = https ? HTTPS_NAAM : NAAM;
  return `${naam}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSIE_MAXIMAAL_MS / 1000}${https ? "; Secure" : ""}`;
}

export function wisSessieCookie(request: Request): string {
  const https = isHttps(request);
  return `${https ? HTTPS_NAAM : NAAM}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${https ? "; Secure" : ""}`;
}
