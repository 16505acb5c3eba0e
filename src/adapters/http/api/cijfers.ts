import { leesCijfers } from "../../../app/cijfers/reflectiecijfers.ts";
import type { Cel } from "../../../domain/cijfers/onderdrukking.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "algemeen", acties: ["cijfers"] } as const satisfies RouteBeleid;

/**
 * A count as the API gives it (decision 0047): `{"waarde": 12}`; 1 to 4 as `{"waarde": null, "onder": 5}`;
 * hidden so that another cell cannot be recomputed `{"waarde": null, "onderdrukt": "aanvullend"}`; in a
 * figure withheld as a whole `{"waarde": null, "onderdrukt": "figuur"}`.
 */
export function celAlsJson(cel: Cel): { waarde: number | null; onder?: 5; onderdrukt?: "aanvullend" | "figuur" } {
  switch (cel.soort) {
    case "getal":
      return { waarde: cel.waarde };
    case "onder5":
      return { waarde: null, onder: 5 };
    case "aanvullend":
      return { waarde: null, onderdrukt: "aanvullend" };
    case "verborgen":
      return { waarde: null, onderdrukt: "figuur" };
  }
}

/** GET /api/cijfers?van=&tot=: the reflection figures of the cases opened in a period (default: the current school year). */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ request, runtime, wie }) => {
  const c = await leesCijfers(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    {
      periode: c.periode,
      geopend: celAlsJson(c.geopend),
      figuren: c.figuren.map((f) => ({
        id: f.id,
        soort: f.soort,
        totaal: f.totaal ? celAlsJson(f.totaal) : null,
        rijen: f.rijen.map((r) => ({ categorie: r.categorie, aantal: celAlsJson(r.cel) })),
      })),
      medianen: c.medianen.map((m) => ({
        id: m.id,
        eenheid: m.id === "vt_antwoordtijd" ? "werkdagen" : "kalenderdagen",
        aantal: celAlsJson(m.aantal),
        waarde: m.waarde,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
