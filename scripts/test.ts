// `npm test`: everything, in order. Unit and integration tests on PGlite; the integration tests
// again on a real PostgreSQL server (TEST_DATABASE_URL, or one started here); the browser
// journeys in Chromium. Prints one closing line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startTemporaryPostgres } from "./postgres";

type Totals = { passed: number; failed: number; skipped: number };
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const legTimes: [string, number][] = [];
const suiteStarted = performance.now();

function seconds(since: number): string {
  return `${Math.round((performance.now() - since) / 1000)} s`;
}
mkdirSync("test-results", { recursive: true });

function vitest(leg: string, projects: string[], env: Record<string, string | undefined>) {
  console.log(`\n=== ${leg} ===`);
  const started = performance.now();
  const report = path.resolve("test-results", `${leg}.json`);
  const args = ["vitest", "run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numTotalTests === 0) failures.push(`${leg}: no test ran`);
  }
  if (result.status !== 0) failures.push(`${leg}: exit ${result.status}`);
  legTimes.push([leg, performance.now() - started]);
  console.log(`=== ${leg}: ${seconds(started)} ===`);
}

const buildStarted = performance.now();
const build = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(1);
legTimes.push(["build", performance.now() - buildStarted]);

vitest("pglite", ["unit", "integration"], { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined });

let postgres: { url: string; stop: () => void } | undefined;
try {
  const url = process.env.TEST_DATABASE_URL ?? (postgres = await startTemporaryPostgres()).url;
  vitest("postgres", ["integration"], { TEST_DATABASE_URL: url, DATABASE_URL: undefined });
} catch (error) {
  failures.push(`postgres: ${(error as Error).message}`);
} finally {
  postgres?.stop();
}

vitest("browser", ["browser"], { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined });

console.log(`\nTime per leg: ${legTimes.map(([leg, ms]) => `${leg} ${Math.round(ms / 1000)} s`).join(", ")}; in all ${seconds(suiteStarted)}.`);
if (failures.length) console.log(`\nProblems:\n- ${failures.join("\n- ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
