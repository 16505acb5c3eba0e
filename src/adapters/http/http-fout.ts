import { data } from "react-router";
import { LogNietBeschikbaarFout } from "../../app/toegang/logboek.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { STATUS_VAN_FOUT } from "./fout-naar-status.ts";

/**
 * For loaders: a refusal becomes its status page (404 for a dossier one may not see, exactly as
 * for one that does not exist), an unwritable access log a 503. Anything else is a real fault.
 */
export async function ofFoutpagina<T>(werk: Promise<T>): Promise<T> {
  try {
    return await werk;
  } catch (fout) {
    if (fout instanceof LogNietBeschikbaarFout) throw data(null, { status: 503 });
    if (fout instanceof DomeinFout) throw data(null, { status: STATUS_VAN_FOUT[fout.code] });
    throw fout;
  }
}
