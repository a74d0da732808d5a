import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { STEP_HANG_GUARD_MS, TEST_HANG_GUARD_MS } from "./tests/support/hang-guard.ts";

// Three kinds of test. `npm test` (scripts/test.ts) runs unit + integration on PGlite, the
// integration project again on a real PostgreSQL server, then the browser journeys.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    // Vitest's default is one worker fewer than the cores: one, on the 2-core machines CI and
    // reviewers use, which left a core idle while PGlite (in the worker) did all the work.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["app/**/*.test.ts", "app/**/*.test.tsx"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          // Only a guard against a hang: a busy 2-core machine must never fail a test by slowness.
          testTimeout: TEST_HANG_GUARD_MS,
          hookTimeout: TEST_HANG_GUARD_MS,
        },
      },
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
