import { z } from "zod";
import { controleerFeitelijkheid } from "../../../domain/melding/feitelijkheid.ts";
import { taalVanVerzoek } from "../../../i18n/vertaal.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "algemeen", acties: ["protocol_lezen"] } as const satisfies RouteBeleid;

const schema = z.strictObject({ tekst: z.string().max(50_000) });

/**
 * POST /api/melding/feitelijkheidscheck: the factuality check on a free text, deterministic and
 * explainable. It stores and logs nothing of the text; it asks for a sign-in because the text is
 * usually about a child.
 */
export const action = apiRoute({ methode: "POST", beleid, schema }, ({ request, invoer }) =>
  Response.json({ bevindingen: controleerFeitelijkheid(invoer.tekst, taalVanVerzoek(request)) }),
);

/** GET answers 405, like any method but POST. */
export const loader = action;
