import { data } from "react-router";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/**
 * Every URL no other route matches. The loader throws a 404, so the root ErrorBoundary renders the
 * "not found" page; a client that wants JSON gets the API's `fout` body (entry.server.tsx).
 */
export function loader() {
  throw data(null, { status: 404 });
}

/**
 * Never rendered (the loader always throws), but its presence makes this a page route: without a
 * component React Router treats the module as a resource route and answers `null` as JSON.
 */
export default function NietGevonden() {
  return null;
}
