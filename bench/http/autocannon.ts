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

const vereis = createRequire(import.meta.url);
const autocannon = vereis("autocannon") as (opties: AcOpties) => Promise<AcResultaat>;

export function belast(opties: AcOpties): Promise<AcResultaat> {
  return autocannon(opties);
}
