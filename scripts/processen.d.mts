/** Types of scripts/processen.mjs (plain JavaScript, so that it runs before anything is built). */
export function leesProcessen(waarde: string | undefined, kernen?: number): number;
export function controleerProcessen(aantal: number, databaseUrl: string | undefined): void;
export function startPrimair(aantal: number, melding: (adres: string) => void): void;
export function meldLuistert(adres: string): void;
export function bijStopverzoek(stop: () => void): void;
export function isPrimair(): boolean;
