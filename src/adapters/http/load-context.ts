import "react-router";

declare module "react-router" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy's script-src. */
    readonly nonce: string;
    /** The client's address, for the audit log. */
    readonly adres: string | null;
    /** The request's kenmerk, logged with any error and shown on the error page (server.ts). */
    readonly correlatie?: string;
  }
}

export {};
