// The browser journeys each start the real server on a PGlite directory of their own. Loading the
// demo into each took 5–9 s a file; it is loaded once here, into a directory that each file copies
// (startE2E in support.ts), and the server's own idempotent pass finds it complete.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadDemoInto } from "../support/load-demo";

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), "eccipa-e2e-demo-"));
  const dataDir = path.join(dir, "pglite");
  // stopPlatform closes PGlite cleanly: the directory is complete on disk.
  await loadDemoInto({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
  provide("e2eDemoDataDir", dataDir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eDemoDataDir: string;
  }
}
