import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // React Router's own Origin check answers a cross-site action with a bare 400 and logs a stack
  // trace per request, before any middleware runs. Ours (app/http/middleware.server.ts) makes the
  // same comparison (and knows X-Forwarded-Host) and answers with the translated 403 page and one
  // log line, so the framework's check lets every origin through to it (decision 022).
  allowedActionOrigins: ["**"],
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config;
