// Loads the demo the way the server does (startPlatform with demo: true) into the database that
// `env` names (DATABASE_URL, or PGLITE_DATA_DIR and PGLITE_TEMPLATE_FILE), then closes every handle:
// a PostgreSQL template must have no connection left, a PGlite directory must be complete on disk.
// With `dumpTo`, an in-memory PGlite is first written to that file as a tar (the tests' template).
// Used once per run by the integration and browser global setups, in Vitest's main process.
import { writeFileSync } from "node:fs";

export async function loadDemoInto(env: Record<string, string | undefined>, dumpTo?: string): Promise<void> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  setEnv(env);
  try {
    const { startPlatform, stopPlatform } = await import("~/platform.server");
    const { dumpPgliteDatabase } = await import("~/db/client.server");
    await startPlatform({ demo: true });
    if (dumpTo) writeFileSync(dumpTo, new Uint8Array(await (await dumpPgliteDatabase())!.arrayBuffer()));
    await stopPlatform();
  } finally {
    setEnv(saved);
  }
}

function setEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
