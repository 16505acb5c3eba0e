import { z } from "zod";
import { bevestigTweedeStap } from "../../../app/sessie/inloggen.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";
import { leesSessieToken, sessieCookie } from "../sessie-cookie.ts";

export const beleid = { toegang: "openbaar" } as const satisfies RouteBeleid;

const codeSchema = z.strictObject({ code: z.string().trim().min(1).max(64) });

/**
 * POST /api/sessie/code: the second step for API clients; replaces the half-open session cookie by a
 * full one. A missing or wrong session is NIET_INGELOGD, answered 401 by the wrapper's error mapping.
 */
export const action = apiRoute(
  { methode: "POST", beleid, schema: codeSchema },
  async ({ request, context, invoer }) => {
    const { token } = await bevestigTweedeStap(
      context.samenstelling,
      leesSessieToken(request) ?? "",
      invoer.code,
      context.adres,
    );
    return Response.json({ stap: "volledig" }, { headers: { "Set-Cookie": sessieCookie(request, token) } });
  },
);

/** GET answers 405, like any method but POST. */
export const loader = action;
