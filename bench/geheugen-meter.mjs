// Preloaded into the server by bench/geheugen.ts (NODE_OPTIONS=--import): writes the process's
// memory breakdown to GEHEUGEN_METER_BESTAND every second, so RSS can be split into the JS heap,
// the WebAssembly memories (PGlite's PostgreSQL heap) and the rest (native code, compiled WASM, malloc).
import { writeFileSync } from "node:fs";

const bestand = process.env["GEHEUGEN_METER_BESTAND"];
if (bestand) {
  const geheugens = new Set();
  const gezien = new WeakSet();
  const neem = (waarde) => {
    if (!(waarde instanceof WebAssembly.Memory) || gezien.has(waarde)) return;
    gezien.add(waarde);
    geheugens.add(new WeakRef(waarde));
  };
  const bewaar = (instantie, imports) => {
    for (const waarde of Object.values(instantie?.exports ?? {})) neem(waarde);
    for (const groep of Object.values(imports ?? {})) for (const waarde of Object.values(groep ?? {})) neem(waarde);
  };
  const origineel = WebAssembly.instantiate.bind(WebAssembly);
  WebAssembly.instantiate = async (bron, imports) => {
    const uitkomst = await origineel(bron, imports);
    bewaar(uitkomst instanceof WebAssembly.Instance ? uitkomst : uitkomst.instance, imports);
    return uitkomst;
  };
  let tel = 0;
  setInterval(() => {
    // GEHEUGEN_GC=1 (with --expose-gc): collect every fifth second, to tell retained memory from garbage.
    tel += 1;
    if (process.env["GEHEUGEN_GC"] === "1" && tel % 5 === 0) globalThis.gc?.();
    const wasm = [...geheugens].map((r) => r.deref()?.buffer.byteLength ?? 0).filter((n) => n > 0);
    writeFileSync(bestand, JSON.stringify({ ...process.memoryUsage(), wasm }));
  }, 1000).unref();
}
