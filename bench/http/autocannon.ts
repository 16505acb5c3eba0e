import { createRequire } from "node:module";

/** The part of autocannon 9 that `npm run bench:http` uses (the package ships no types). */

export interface AcVerzoek {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (verzoek: AcVerzoek, context: Record<string, unknown>) => AcVerzoek;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export interface AcOpties {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: AcVerzoek[];
  timeout?: number;
}

interface AcHistogram {
  readonly average: number;
  readonly p50: number;
  readonly p97_5: number;
  readonly p99: number;
  readonly max: number;
}

export interface AcResultaat {
  readonly requests: AcHistogram & { readonly total: number };
  readonly latency: AcHistogram;
  readonly throughput: AcHistogram;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statusCodeStats: Readonly<Record<string, { readonly count: number }>>;
  readonly duration: number;
}

interface AcInstantie {
  on(gebeurtenis: "response", luisteraar: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}

const vereis = createRequire(import.meta.url);
const autocannon = vereis("autocannon") as (
  opties: AcOpties,
  klaar: (fout: Error | null, resultaat: AcResultaat) => void,
) => AcInstantie;

/** A load run; with `latenties`, the response time of every response (ms) is pushed onto it (for p95, which autocannon does not give). */
export function belast(opties: AcOpties, latenties?: number[]): Promise<AcResultaat> {
  return new Promise((klaar, mislukt) => {
    const instantie = autocannon(opties, (fout, resultaat) => (fout ? mislukt(fout) : klaar(resultaat)));
    if (latenties) instantie.on("response", (_client, _status, _bytes, ms) => latenties.push(ms));
  });
}

/** The q-th quantile (0..1) of response times, nearest rank; 0 for none. */
export function kwantiel(latenties: readonly number[], q: number): number {
  if (latenties.length === 0) return 0;
  const gesorteerd = [...latenties].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(q * gesorteerd.length) - 1))] ?? 0;
}
