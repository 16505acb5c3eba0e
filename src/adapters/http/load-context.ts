import "react-router";

declare module "react-router" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy's script-src. */
    readonly nonce: string;
    /** The client's address, for the audit log. */
    readonly adres: string | null;
  }
}

export {};
