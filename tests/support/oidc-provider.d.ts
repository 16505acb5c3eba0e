/** The few parts of oidc-provider 9 (which ships no types) that the test provider uses. */
declare module "oidc-provider" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";
  type Afwerking = (
    req: IncomingMessage,
    res: ServerResponse,
    resultaat: Record<string, unknown>,
    opties?: Record<string, unknown>,
  ) => Promise<void>;
  class Provider {
    constructor(issuer: string, configuratie: Record<string, unknown>);
    interactionFinished: Afwerking;
    listen(poort: number, host: string, klaar: () => void): Server;
  }
  export default Provider;
}
