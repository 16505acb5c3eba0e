import { z } from "zod";

/**
 * zod 4 compiles object schemas with `new Function` unless told otherwise, and probes whether it
 * may by calling `new Function("")` once. Under our Content-Security-Policy (no 'unsafe-eval') the
 * browser refuses that and reports a violation, even though zod catches the error. Jitless, zod
 * skips the probe and parses by walking the schema. The setting is global and is read when a
 * schema is created, so this module is imported first: by root.tsx (browser and pages) and by
 * server.ts (the server bundle).
 */
z.config({ jitless: true });
