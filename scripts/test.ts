// `npm test`: everything. The build; then, side by side, two Vitest runs: the unit tests and the
// integration tests on PGlite and on a real PostgreSQL server (TEST_DATABASE_URL, or one started
// here), whose files share the cores; and the browser journeys in Chromium, one file at a time.
// Prints each leg's time and one closing line: "N passed, N failed".
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { startTemporaryPostgres } from "./postgres";

type Totals = { passed: number; failed: number; skipped: number };
type Report = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };

const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const legTimes: string[] = [];
const suiteStarted = performance.now();
mkdirSync("test-results", { recursive: true });

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function timed<T>(leg: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const took = performance.now() - started;
  legTimes.push(`${leg} ${seconds(took)}`);
  console.log(`=== ${leg}: ${seconds(took)} ===`);
  return result;
}

/**
 * One Vitest run. `prefix` marks each line of its output when another run writes beside it;
 * without one, it has the terminal.
 */
async function vitest(leg: string, projects: string[], env: Record<string, string | undefined>, prefix?: string): Promise<void> {
  console.log(`\n=== ${leg}: started ===`);
  const started = performance.now();
  const report = path.resolve("test-results", `${leg.replace(/\W+/g, "-")}.json`);
  const args = ["vitest", "run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=./tests/support/project-times-reporter.ts", "--reporter=json", `--outputFile.json=${report}`];
  const child = spawn("npx", args, { stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
  if (prefix) {
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => console.log(`${prefix} ${line}`));
    }
  }
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const took = performance.now() - started;
  legTimes.push(`${leg} ${seconds(took)}`);
  console.log(`=== ${leg}: ${seconds(took)} ===`);
  if (status !== 0) failures.push(`${leg}: exit ${status}`);
  if (!existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, "utf8")) as Report;
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numTotalTests === 0) failures.push(`${leg}: no test ran`);
}

timed("build", () => {
  const build = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
});

let postgres: Awaited<ReturnType<typeof startTemporaryPostgres>> | undefined;
let url = process.env.TEST_DATABASE_URL;
if (!url) {
  const started = performance.now();
  try {
    postgres = await startTemporaryPostgres();
    url = postgres.url;
  } catch (error) {
    failures.push(`postgres: ${(error as Error).message}`);
  }
  legTimes.push(`start PostgreSQL ${seconds(performance.now() - started)}`);
}
// The browser leg runs beside the integration tests (neither needs the other; the browser's
// server has its own PGlite). Alone, it left a core partly idle; side by side the two finish about
// 30 s sooner and keep both cores busy throughout (decision 033).
const browser = vitest("browser", ["browser"], { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined }, "browser │");
try {
  const projects = ["unit", "integration", ...(url ? ["integration-postgres"] : [])];
  await vitest("unit and integration on PGlite and PostgreSQL", projects, { TEST_DATABASE_URL: url, DATABASE_URL: undefined });
} finally {
  postgres?.stop();
}
await browser;

console.log(`\nTime per leg: ${legTimes.join("; ")}. In all ${seconds(performance.now() - suiteStarted)}.`);
if (failures.length) console.log(`\nProblems:\n- ${failures.join("\n- ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
