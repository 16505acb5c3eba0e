import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "src/ui",
  ssr: true,
  // React Router 8's behaviour, chosen flag by flag (decision 0027): taken where it changes nothing we rely
  // on; middleware and pass-through requests wait for the move to v8, because they change the load context
  // and the request every loader and action receives.
  future: {
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: false,
    v8_middleware: false,
    v8_passThroughRequests: false,
  },
} satisfies Config;
