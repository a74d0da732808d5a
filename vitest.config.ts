import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import HeavyFirstSequencer from "./tests/support/heavy-first-sequencer.ts";
import { STEP_HANG_GUARD_MS, TEST_HANG_GUARD_MS } from "./tests/support/hang-guard.ts";

// The integration tests once per database: on PGlite always, and on the PostgreSQL server that
// TEST_DATABASE_URL names when it is set (npm test starts one). Both in one run share the
// workers, so neither leg's slowest file leaves a core idle at its end.
function integration(name: string) {
  return {
    extends: true as const,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      globalSetup: ["tests/support/global-setup.ts"],
      setupFiles: ["tests/support/database-per-file.ts"],
      // The server as it runs in production: React and React Router in their production builds.
      // Under Vitest's NODE_ENV=test they loaded their development builds, which check and warn
      // on every element and cost about a third of the integration tests' CPU. A deployment
      // without BETTER_AUTH_SECRET refuses to start; the tests use the development secret.
      env: { NODE_ENV: "production", ECCIPA_ALLOW_DEV_SECRET: "1" },
      // Only a guard against a hang: a busy 2-core machine must never fail a test by slowness.
      testTimeout: TEST_HANG_GUARD_MS,
      hookTimeout: TEST_HANG_GUARD_MS,
    },
  };
}

// Four kinds of test. `npm test` (scripts/test.ts) runs unit and integration on both databases in
// one run, then the browser journeys.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    // Vitest's default is one worker fewer than the cores: one, on the 2-core machines CI and
    // reviewers use, which left a core idle while PGlite (in the worker) did all the work.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["app/**/*.test.ts", "app/**/*.test.tsx"], environment: "node" },
      },
      integration("integration"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres")] : []),
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: TEST_HANG_GUARD_MS,
          hookTimeout: TEST_HANG_GUARD_MS,
          // expect.poll gives up after 1 s by default: a guard, not a speed limit, here too.
          expect: { poll: { timeout: STEP_HANG_GUARD_MS } },
          fileParallelism: false,
        },
      },
    ],
  },
});
