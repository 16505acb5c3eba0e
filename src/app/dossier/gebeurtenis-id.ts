import { randomFillSync } from "node:crypto";

/**
 * The id of a new event: a UUID of version 7 (RFC 9562), whose first 48 bits are the event's time in
 * milliseconds and the other 74 free bits random (decision 0077). Events are appended in time order, so
 * their primary key grows at the end of its B-tree like the access log's sequence, instead of landing on a
 * random page of an index that holds every event of every organisation: after each checkpoint a random
 * insert writes the whole 8 kB page into the WAL again (measured: 5.5 kB against 0.5 kB per insert into a
 * table of a million rows). The time in the id is the event's own `opgetreden_op`, which everyone who can
 * see the event sees anyway.
 */
export function nieuweGebeurtenisId(op: Date): string {
  return uuidV7(op.getTime(), randomFillSync(new Uint8Array(16)));
}

/** A version 7 UUID from a time in milliseconds (0 to 2^48 − 1) and 16 random bytes (the first 6 and the version and variant bits are overwritten). */
export function uuidV7(ms: number, willekeur: Uint8Array): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) throw new RangeError(`Tijd buiten bereik: ${ms}`);
  if (willekeur.length !== 16) throw new RangeError("16 willekeurige bytes nodig");
  const b = Uint8Array.from(willekeur);
  let t = ms;
  for (let i = 5; i >= 0; i -= 1) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Buffer.from(b).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
