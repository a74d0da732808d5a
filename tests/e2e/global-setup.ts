// The browser journeys each start the real server on a PGlite directory of their own. Loading the
// demo into each took 5–9 s a file; it is loaded once here, into a directory that each file copies
// (startE2E in support.ts), and the server's own idempotent pass finds it complete.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), "eccipa-e2e-demo-"));
  const dataDir = path.join(dir, "pglite");
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR };
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = dataDir;
  try {
    const { startPlatform, stopPlatform } = await import("~/platform.server");
    await startPlatform({ demo: true });
    await stopPlatform(); // closes PGlite cleanly: the directory is complete on disk
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  provide("e2eDemoDataDir", dataDir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eDemoDataDir: string;
  }
}
