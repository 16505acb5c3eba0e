/**
 * How far a session has come: `volledig` (signed in), `tweede_stap` (the password or the organisation's
 * provider was accepted, the TOTP code not yet) or `instellen` (the organisation requires two-step sign-in
 * and the person must set it up first). Only `volledig` opens the app; the other two open only their own
 * sign-in page.
 */
export const SESSIE_STAPPEN = ["volledig", "tweede_stap", "instellen"] as const;
export type SessieStap = (typeof SESSIE_STAPPEN)[number];
