import { useT } from "../vertaling.tsx";
import { data, redirect } from "react-router";
import type { Route } from "./+types/inloggen-sso-terug";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { sessieCookie } from "../../adapters/http/sessie-cookie.ts";
import { leesSsoToken, ssoOmgeving, wisSsoCookie } from "../../adapters/http/sso-cookie.ts";
import { rondSsoAf, SsoGeweigerdFout, type SsoReden } from "../../app/sessie/sso.ts";
import { alsLogStoringDan503 } from "../../adapters/http/http-fout.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/** The provider's answer: only GET, with the code (or an error) and the state in the query. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const runtime = context.samenstelling;
  const omgeving = ssoOmgeving(runtime, request);
  // The URL as the provider sent it, on the public address (behind a proxy request.url may be internal).
  const huidig = new URL(omgeving.redirectUri);
  huidig.search = new URL(request.url).search;
  const headers = new Headers({ "Set-Cookie": wisSsoCookie(request) });
  try {
    const { token, stap, terug } = await rondSsoAf(runtime, leesSsoToken(request), huidig, context.adres, omgeving);
    headers.append("Set-Cookie", sessieCookie(request, token));
    const verder =
      stap === "tweede_stap"
        ? `/inloggen/code?terug=${encodeURIComponent(terug)}`
        : stap === "instellen"
          ? `/account/tweestaps?terug=${encodeURIComponent(terug)}`
          : terug;
    return redirect(verder, { headers });
  } catch (fout) {
    alsLogStoringDan503(fout);
    if (!(fout instanceof SsoGeweigerdFout)) throw fout;
    runtime.logger.info({ reden: fout.reden }, "inloggen met organisatie-account geweigerd");
    return data({ reden: fout.reden }, { status: STATUS[fout.reden], headers });
  }
}

const STATUS: Record<SsoReden, number> = {
  onbekend: 403,
  inactief: 403,
  email_niet_geverifieerd: 403,
  state: 400,
  nonce: 400,
  aanbieder: 502,
  verlopen: 400,
  niet_ingesteld: 400,
};

export default function InloggenSsoTerug({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const reden = loaderData.reden;
  return (
    <div className="mw-stapel mw-smal">
      <title>{`${t(`sso.geweigerd.${reden}.titel`)} · Meldwijzer`}</title>
      <h1 className="nl-heading nl-heading--level-1">{t(`sso.geweigerd.${reden}.titel`)}</h1>
      <p className="nl-paragraph">{t(`sso.geweigerd.${reden}.tekst`)}</p>
      <p className="nl-paragraph">
        <a className="nl-link" href="/inloggen">
          {t("sso.opnieuw")}
        </a>
      </p>
    </div>
  );
}
