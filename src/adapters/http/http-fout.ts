import { data } from "react-router";
import { LogNietBeschikbaarFout } from "../../app/toegang/logboek.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { isDatabaseStoring } from "../db/storing.ts";
import { STATUS_VAN_FOUT } from "./fout-naar-status.ts";
import { procesLogger } from "./proces-logger.ts";
import { veiligeFoutgegevens } from "./fout-log.ts";

/**
 * For loaders: a refusal becomes its status page (404 for a dossier one may not see, exactly as
 * for one that does not exist), an unwritable access log a 503. Anything else is a real fault.
 */
export async function ofFoutpagina<T>(werk: Promise<T>): Promise<T> {
  try {
    return await werk;
  } catch (fout) {
    alsLogStoringDan503(fout);
    if (fout instanceof DomeinFout) throw data(null, { status: STATUS_VAN_FOUT[fout.code] });
    throw fout;
  }
}

/** An unwritable access log ends the request with a 503, after it is logged; any other error passes. */
export function alsLogStoringDan503(fout: unknown): void {
  if (!(fout instanceof LogNietBeschikbaarFout)) return;
  // An access log that is unwritable because the whole database is down is that outage, not a log incident.
  if (isDatabaseStoring(fout)) throw fout;
  meldLogStoring(fout);
  throw data(null, { status: 503 });
}

/** A failing access-log write is an incident: log its database error code (never its message, which carries parameters). */
export function meldLogStoring(fout: LogNietBeschikbaarFout): void {
  procesLogger().error(
    veiligeFoutgegevens(fout.cause),
    "toegangslog kan niet worden geschreven: verzoek geweigerd (503)",
  );
}
