import { useT } from "../vertaling.tsx";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/oefenen-team";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { normaliseerDeelnamecode } from "../../domain/oefenen/oefencasus.ts";
import { Knop, TekstVeld } from "../components/formulier.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["oefenen"] };

/** Joining with a typed code: a code of the right form goes to its session (which says 404 if it is not this organisation's). */
export async function loader({ request, context }: Route.LoaderArgs) {
  await vereisIngelogd(request, context);
  const invoer = new URL(request.url).searchParams.get("code");
  const code = invoer === null ? null : normaliseerDeelnamecode(invoer);
  if (code) throw redirect(`/oefenen/team/${code}`);
  return { invoer: invoer ?? "", ongeldig: invoer !== null };
}

export default function TeamDeelnemen({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  return (
    <div className="mw-stapel">
      <title>{`${t("oefenen.team.titel")} · Meldwijzer`}</title>
      <p>
        <Link className="nl-link" to="/oefenen">
          {t("oefenen.terug")}
        </Link>
      </p>
      <h1 className="nl-heading nl-heading--level-1">{t("oefenen.team.titel")}</h1>
      <Form method="get" className="mw-formulier">
        <TekstVeld
          naam="code"
          label={t("oefenen.team.code_label")}
          hint={t("oefenen.team.code_hint")}
          waarde={loaderData.invoer}
          autoComplete="off"
          fout={loaderData.ongeldig ? t("oefenen.fout.code_ongeldig") : undefined}
        />
        <Knop>{t("oefenen.team.deelnemen")}</Knop>
      </Form>
    </div>
  );
}
