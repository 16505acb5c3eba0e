/** Types of scripts/bouw.mjs (plain JavaScript, so that it runs before anything is built). */
export function serverBestand(wortel: string): string;
export function bouwAlsNodig(wortel: string): boolean;
