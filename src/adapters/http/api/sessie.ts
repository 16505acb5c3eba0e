import { z } from "zod";
import { inloggen } from "../../../app/sessie/inloggen.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { vertaler } from "../../../i18n/vertaal.ts";
import { apiRoute } from "../api-route.ts";
import { foutAntwoord } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";
import { sessieCookie } from "../sessie-cookie.ts";

export const beleid = { toegang: "openbaar" } as const satisfies RouteBeleid;

const inlogSchema = z.strictObject({
  email: z.string().trim().min(1).max(320),
  wachtwoord: z.string().min(1).max(1024),
});

/** POST /api/sessie: signs in and sets the same session cookie the browser pages use. */
export const action = apiRoute(
  { methode: "POST", beleid, schema: inlogSchema },
  async ({ request, context, invoer }) => {
    try {
      const { token, gebruiker, stap } = await inloggen(
        context.samenstelling,
        invoer.email,
        invoer.wachtwoord,
        context.adres,
      );
      return Response.json(
        {
          gebruiker: {
            id: gebruiker.id,
            naam: gebruiker.naam,
            rollen: gebruiker.rollen,
            organisatie: gebruiker.organisatieNaam,
          },
          stap,
        },
        { status: 201, headers: { "Set-Cookie": sessieCookie(request, token) } },
      );
    } catch (fout) {
      // One message for an unknown address and a wrong password: the answer tells nobody which accounts exist.
      if (fout instanceof DomeinFout && fout.code === "NIET_INGELOGD")
        throw foutAntwoord(401, "NIET_INGELOGD", vertaler("nl")("inloggen.mislukt"));
      throw fout;
    }
  },
);

/** GET answers 405, like any method but POST. */
export const loader = action;
