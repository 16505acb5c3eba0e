import "react-router";
import type { Samenstelling } from "./samenstelling.ts";

declare module "react-router" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy's script-src. */
    readonly nonce: string;
    /** The client's address, for the audit log. */
    readonly adres: string | null;
    /** The request's kenmerk, logged with any error and shown on the error page (server.ts). */
    readonly correlatie?: string;
    /** The composition root (samenstelling.ts): built once at start by server.ts; a test passes its own. */
    readonly samenstelling: Samenstelling;
  }
}

export {};
