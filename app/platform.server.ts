// Start and stop of the platform's own resources, called by server.js around the HTTP server.
import { closeDatabase, getDb, prepareDatabase } from "~/db/client.server";
import { seedDemo } from "~/demo/demo.server";
import { getAuth } from "~/auth/auth.server";
import { purgeExpiredPersonalData, schedulePurge } from "~/privacy/retention.server";

type State = { started?: Promise<void>; ready: boolean; purge?: ReturnType<typeof schedulePurge> };
const state: State = ((globalThis as { __eccipaPlatform?: State }).__eccipaPlatform ??= { ready: false });

/**
 * Applies migrations and, in demo mode, loads the demo programme. /healthz says 503 until done.
 * A worker of several (server.js, ECCIPA_WORKERS; decision 032) does neither: the primary did both
 * before forking it, and the primary alone runs the retention purge.
 */
export function startPlatform(options: { demo: boolean; worker?: boolean }): Promise<void> {
  state.started ??= (async () => {
    getAuth(); // fails now, not on the first request, when production lacks its secret
    if (options.worker) {
      state.ready = true;
      return;
    }
    await prepareDatabase();
    if (options.demo) await seedDemo(getDb());
    // The registry's retention periods (decision 024): now, then daily.
    state.purge ??= schedulePurge(() => purgeExpiredPersonalData(getDb()));
    state.ready = true;
  })();
  return state.started;
}

/**
 * What a request waits for before it touches the database. server.js starts the platform at
 * boot; under the Vite dev server the first request does (demo data with ECCIPA_DEMO=1).
 */
export function whenPlatformReady(): Promise<void> {
  return state.started ?? startPlatform({ demo: process.env.ECCIPA_DEMO === "1" });
}

export function isPlatformReady(): boolean {
  return state.ready;
}

export async function stopPlatform(): Promise<void> {
  if (state.purge) clearInterval(state.purge);
  state.purge = undefined;
  await closeDatabase();
  // Started again later (the tests' templates, one database after another), it starts afresh.
  state.started = undefined;
  state.ready = false;
}
