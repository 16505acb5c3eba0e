import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The server build bundles the whole Node server (src/adapters/http/server.ts), so that
// `npm start` runs one built file; see docs/decisions/0001-react-router-with-custom-node-server.md.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [reactRouter()],
  build: isSsrBuild ? { rollupOptions: { input: "./src/adapters/http/server.ts" } } : {},
  ssr: { external: ["@electric-sql/pglite", "pg", "@node-rs/argon2", "pino", "compression"] },
  server: { port: 3000 },
}));
