import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago: for a test server or a throwaway PostgreSQL. */
export async function vrijePoort(): Promise<number> {
  return new Promise((klaar, mislukt) => {
    const s = createServer();
    s.once("error", mislukt);
    s.listen(0, "127.0.0.1", () => {
      const adres = s.address();
      const poort = typeof adres === "object" && adres ? adres.port : 0;
      s.close(() => klaar(poort));
    });
  });
}
