import { randomBytes } from "node:crypto";

/**
 * Random bytes for what every request needs (the CSP nonce, the kenmerk), cut from a pool that one call
 * to the system's CSPRNG fills for about 170 requests, instead of one call per value (decision 0064).
 * Each value is fresh bytes that no other value shares; the pool never leaves this module.
 */
const POOL = 4096;
let pool = randomBytes(POOL);
let plek = 0;

export function willekeurigeBytes(aantal: number): Buffer {
  if (aantal > POOL) return randomBytes(aantal);
  if (plek + aantal > POOL) {
    pool = randomBytes(POOL);
    plek = 0;
  }
  // A copy: the pool is refilled as a new buffer, but a caller must not see bytes another one holds.
  const bytes = Buffer.from(pool.subarray(plek, plek + aantal));
  plek += aantal;
  return bytes;
}
