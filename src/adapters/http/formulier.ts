import { data, redirect, type AppLoadContext } from "react-router";
import { voegGebeurtenisToeAanDossier } from "../../app/dossier/voeg-gebeurtenis-toe.ts";
import { TeVeelPogingenFout } from "../../app/sessie/inloggen.ts";
import { DomeinFout, type VeldFout } from "../../domain/fouten.ts";
import { controleerVelden } from "../../domain/invoer.ts";
import { isGeldigId, vereisIngelogd, type Verzoek } from "./aanmelding.ts";
import { STATUS_VAN_FOUT } from "./fout-naar-status.ts";
import { alsLogStoringDan503 } from "./http-fout.ts";
import { MAX_BODY_BYTES } from "./json.ts";

/** What a form action answers when it cannot store: errors per field and the values to put back. */
export interface FormulierAntwoord {
  readonly fouten: readonly VeldFout[];
  readonly waarden: Readonly<Record<string, string | string[]>>;
  /** A translation key for a message about the whole form (conflict, closed dossier …). */
  readonly melding?: string;
  readonly meldingWaarden?: Readonly<Record<string, string | number>>;
}

export interface FormulierArgs {
  readonly request: Request;
  readonly params: { readonly id?: string };
  readonly context: AppLoadContext;
}

/**
 * Reads a form body within the size limit (64 KiB unless a route that takes a file says otherwise);
 * a larger body is refused before it is parsed. Every
 * field name and value then passes controleerVelden: NUL, a lone surrogate or a field named
 * `__proto__`, `constructor` or `prototype` ends the request with 400 and the field's message.
 * Every form action reads its body here, so waardenVan never sees a field named `__proto__`.
 */
export async function leesFormulier(request: Request, maxBytes = MAX_BODY_BYTES): Promise<FormData> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) {
    throw data({ fouten: [], waarden: {}, melding: "fout.api.te_groot" } satisfies FormulierAntwoord, { status: 413 });
  }
  let formulier: FormData;
  try {
    formulier = await request.formData();
  } catch {
    // A body that does not parse as its Content-Type says (a multipart body without its boundary):
    // the client's fault, not an unexpected error.
    throw data({ fouten: [], waarden: {}, melding: "fout.api.ongeldig_verzoek" } satisfies FormulierAntwoord, {
      status: 400,
    });
  }
  const fouten = controleerVelden(
    [...formulier].map(([naam, waarde]) => [naam, typeof waarde === "string" ? waarde : waarde.name]),
  );
  if (fouten.length > 0)
    throw data({ fouten, waarden: {}, melding: "fout.code.ONGELDIGE_INVOER" } satisfies FormulierAntwoord, {
      status: 400,
    });
  return formulier;
}

export function waardenVan(formulier: FormData): Record<string, string | string[]> {
  const waarden: Record<string, string | string[]> = {};
  for (const sleutel of new Set(formulier.keys())) {
    const alle = formulier.getAll(sleutel).filter((w): w is string => typeof w === "string");
    waarden[sleutel] = alle.length > 1 ? alle : (alle[0] ?? "");
  }
  return waarden;
}

export const tekstVan = (f: FormData, naam: string): string => {
  const w = f.get(naam);
  return typeof w === "string" ? w : "";
};
export const lijstVan = (f: FormData, naam: string): string[] =>
  f.getAll(naam).filter((w): w is string => typeof w === "string");
export const vinkjeVan = (f: FormData, naam: string): boolean => f.get(naam) === "ja";

/** Form field names are the event's data fields: strip the API's `gegevens.` prefix. */
function voorFormulier(fouten: readonly VeldFout[]): VeldFout[] {
  return fouten.map((f) => ({ ...f, veld: f.veld.replace(/^gegevens\.((gegevens|inhoud)\.)?/, "") }));
}

/** Maps a domain refusal to a form answer with the right 4xx status; anything else is rethrown. */
export function formulierFout(fout: unknown, waarden: Record<string, string | string[]>) {
  alsLogStoringDan503(fout);
  if (fout instanceof TeVeelPogingenFout) {
    const antwoord: FormulierAntwoord = {
      fouten: [],
      waarden,
      melding: "inloggen.te_veel",
      meldingWaarden: { minuten: Math.ceil(fout.wachtSeconden / 60) },
    };
    return data(antwoord, { status: 429, headers: { "Retry-After": String(fout.wachtSeconden) } });
  }
  if (!(fout instanceof DomeinFout)) throw fout;
  if (fout.code === "NIET_GEVONDEN") throw data(null, { status: 404 });
  const antwoord: FormulierAntwoord = {
    fouten: voorFormulier(fout.velden),
    waarden,
    ...(fout.velden.length === 0 || fout.code !== "ONGELDIGE_INVOER" ? { melding: `fout.code.${fout.code}` } : {}),
  };
  return data(antwoord, { status: STATUS_VAN_FOUT[fout.code] });
}

/**
 * The shared action of every step form: sign-in, id, size limit, then one append with the version
 * the person saw. On success it redirects (post/redirect/get); on refusal it answers with the
 * errors and the person's own input, so nothing typed is lost, also not on a version conflict.
 */
export async function verwerkStapFormulier(
  { request, params, context }: FormulierArgs,
  bouw: (formulier: FormData, verzoek: Verzoek) => { type: string; gegevens: unknown },
  naSucces: (dossierId: string) => string,
) {
  const verzoek = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const formulier = await leesFormulier(request);
  const waarden = waardenVan(formulier);
  try {
    const { type, gegevens } = bouw(formulier, verzoek);
    await voegGebeurtenisToeAanDossier(verzoek.runtime, verzoek.wie, params.id, {
      type,
      gegevens,
      verwachteVersie: Number(tekstVan(formulier, "versie")),
    });
    return redirect(naSucces(params.id));
  } catch (fout) {
    return formulierFout(fout, waarden);
  }
}
