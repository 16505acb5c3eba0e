/** Only same-site paths are followed after sign-in or a language switch: never an open redirect. */
export function veiligTerug(waarde: unknown, standaard: string): string {
  if (typeof waarde !== "string" || !waarde.startsWith("/") || waarde.startsWith("//") || waarde.includes("\\")) return standaard;
  return waarde;
}
