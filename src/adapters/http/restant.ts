import type { IncomingMessage } from "node:http";

/**
 * How much of a refused body the server still reads and discards after its answer: a little over
 * the largest body any route accepts, many times over. Beyond it the connection is closed.
 */
export const MAX_RESTANT_BYTES = 16 * 1024 * 1024;

/**
 * Reads and discards what is left of a request body once the answer is written (a 413, or any answer
 * given before the body was read). Closing a socket while the client is still sending makes the kernel
 * reset the connection, and a client that has not read the answer yet then sees ECONNRESET instead of
 * the 413. So the rest is read and thrown away, on the same keep-alive connection, up to
 * MAX_RESTANT_BYTES; a client that sends more than that loses its connection.
 */
export function laatRestantUitlopen(verzoek: IncomingMessage): void {
  if (verzoek.complete || verzoek.destroyed) return;
  // React Router's body stream listens for "data" and pauses the request when nobody reads it.
  verzoek.removeAllListeners("data");
  let gelezen = 0;
  verzoek.on("data", (deel: Buffer) => {
    gelezen += deel.byteLength;
    if (gelezen > MAX_RESTANT_BYTES) verzoek.destroy();
  });
  verzoek.on("error", () => undefined);
  verzoek.resume();
}
