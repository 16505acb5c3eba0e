import { data } from "react-router";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export function loader() {
  throw data(null, { status: 404 });
}
