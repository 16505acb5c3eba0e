/** The cases of `npm run bench:http`: what autocannon sends for each, and the example recorded for the bare server. */
import type { AcVerzoek } from "./autocannon.ts";
import type { Dossier, Gegevens } from "./gegevens.ts";
import { LATENTIE_VERBINDINGEN, SIGNAAL, VERBINDINGEN, WACHTWOORD, vlag } from "./instellingen.ts";

export interface Geval {
  readonly naam: string;
  readonly verbindingen: number;
  /** The request autocannon sends (and that is recorded for the bare server), plus what counts as a conflict. */
  bereid(): {
    verzoeken: AcVerzoek[];
    voorbeeld: { method: string; path: string; headers: Record<string, string>; body?: string };
    conflicten: () => number;
    /** After the warm-up: read back what it changed (an append's versions). */
    herstel?: (basis: string) => Promise<void>;
  };
}

/**
 * Appends to the given dossiers: one writer per dossier at a time, each with the version its last append
 * returned (read back after the warm-up), so a conflict here is the server's doing. The recorded answer for
 * the bare server is an append to the first dossier, made before the warm-up.
 */
export function toevoegGeval(naam: string, dossiers: readonly Dossier[], verbindingen: number, cookie: string): Geval {
  const jsonKop = { "content-type": "application/json" };
  return {
    naam,
    verbindingen,
    bereid: () => {
      const open = dossiers.map((d) => ({ ...d, bezig: false }));
      let conflicten = 0;
      let volgende = 0;
      const verzoek: AcVerzoek = {
        method: "POST",
        headers: { ...jsonKop, cookie },
        setupRequest: (v, context) => {
          let d = open[volgende++ % open.length];
          for (let n = 0; d?.bezig && n < open.length; n += 1) d = open[volgende++ % open.length];
          if (!d) return v;
          d.bezig = true;
          context["d"] = d.id;
          return {
            ...v,
            path: `/api/dossiers/${d.id}/gebeurtenissen`,
            body: JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: d.versie, gegevens: SIGNAAL }),
          };
        },
        onResponse: (status, body, context) => {
          const d = open.find((x) => x.id === context["d"]);
          if (!d) return;
          d.bezig = false;
          if (status === 201) d.versie = (JSON.parse(body) as { versie: number }).versie;
          if (status === 409) conflicten += 1;
        },
      };
      const eerste = open[0];
      return {
        verzoeken: [verzoek],
        herstel: async (basis: string) => {
          for (const d of open) {
            const r = await fetch(`${basis}/api/dossiers/${d.id}`, { headers: { cookie } });
            d.versie = ((await r.json()) as { versie: number }).versie;
            d.bezig = false;
          }
          conflicten = 0;
        },
        voorbeeld: {
          method: "POST",
          path: `/api/dossiers/${eerste?.id}/gebeurtenissen`,
          headers: { ...jsonKop, cookie },
          body: JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: eerste?.versie, gegevens: SIGNAAL }),
        },
        conflicten: () => conflicten,
      };
    },
  };
}

export function gevallen(g: Gegevens): Geval[] {
  const lezen = g.dossiers.slice(0, 20);
  const jsonKop = { "content-type": "application/json" };
  const rondgang = (paden: string[], headers: Record<string, string>): AcVerzoek[] => {
    let i = 0;
    return [{ method: "GET", headers, setupRequest: (v) => ({ ...v, path: paden[i++ % paden.length] ?? "/" }) }];
  };
  return [
    {
      naam: "dossier lezen (API)",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(
          lezen.map((d) => `/api/dossiers/${d.id}`),
          { cookie: g.cookie },
        ),
        voorbeeld: { method: "GET", path: `/api/dossiers/${lezen[0]?.id}`, headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    {
      naam: "dossierpagina",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(
          lezen.map((d) => `/dossiers/${d.id}`),
          { cookie: g.cookie },
        ),
        voorbeeld: { method: "GET", path: `/dossiers/${lezen[0]?.id}`, headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    // Other dossiers than the ones read: a later candidate would otherwise read dossiers that grew by this one's appends.
    toevoegGeval(
      "toevoegen (20 dossiers)",
      g.dossiers.filter((d) => d.fase !== "gesloten" && !lezen.includes(d)).slice(0, 20),
      20,
      g.cookie,
    ),
    ...(g.langste && g.kort
      ? [
          toevoegGeval(`toevoegen, 1 schrijver, dossier van ${g.kort.grootte ?? g.kort.versie}`, [g.kort], 1, g.cookie),
          toevoegGeval(`toevoegen, 1 schrijver, dossier van ${g.langste.versie}`, [g.langste], 1, g.cookie),
        ]
      : []),
    // The two lists at 50 connections (throughput), and with --latentie also where the server is not saturated.
    ...[VERBINDINGEN, ...LATENTIE_VERBINDINGEN].flatMap((verbindingen) =>
      (
        [
          ["dossierlijst aandachtsfunctionaris", "/dossiers"],
          ["Mijn taken", "/taken"],
        ] as const
      ).map(([naam, pad]) => ({
        naam: verbindingen === VERBINDINGEN ? naam : `${naam}, ${verbindingen} verbinding(en)`,
        verbindingen,
        bereid: () => ({
          verzoeken: rondgang([pad], { cookie: g.cookie }),
          voorbeeld: { method: "GET", path: pad, headers: { cookie: g.cookie } },
          conflicten: () => 0,
        }),
      })),
    ),
    {
      naam: "aanmelden (API)",
      verbindingen: VERBINDINGEN,
      bereid: () => {
        // Every request another account, in turn: none of these fails, but each holds a reserved attempt while its password is checked.
        let i = 0;
        const verzoek: AcVerzoek = {
          method: "POST",
          path: "/api/sessie",
          headers: jsonKop,
          setupRequest: (v) => ({
            ...v,
            body: JSON.stringify({ email: g.emails[i++ % g.emails.length], wachtwoord: WACHTWOORD }),
          }),
        };
        return {
          verzoeken: [verzoek],
          voorbeeld: {
            method: "POST",
            path: "/api/sessie",
            headers: jsonKop,
            body: JSON.stringify({ email: g.emails[0], wachtwoord: WACHTWOORD }),
          },
          conflicten: () => 0,
        };
      },
    },
  ].filter((geval) => vlag.alleen === undefined || vlag.alleen.split(",").some((deel) => geval.naam.includes(deel)));
}
