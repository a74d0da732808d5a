// `npm run bench:load` (issue 10, decision 032): the real production server (`node server.js --demo`)
// under autocannon, signed in as the demo users who reach each page, at 10 and 50 connections, on
// PGlite and on PostgreSQL, beside a bare Node `http` endpoint (bench/bare-endpoint.mjs) that runs the
// very statements each page ran (captured with ECCIPA_QUERY_LOG) on the same database.
//   PostgreSQL: the server (one process, then ECCIPA_WORKERS=2) and the bare endpoint run side by side
//     on one temporary PostgreSQL 15; each case drives one of them while the other idles.
//   PGlite: one data directory can be open in one process only, so the PGlite cases run one after the
//     other: the server's cases, then the server stops (closing the directory cleanly) and the bare
//     endpoint opens the same directory for its cases. Same data, same run.
// Figures per case: req/s, latency p50/p95/p99 (ms), errors + non-2xx, Node CPU per request (utime +
// stime of the server's processes from /proc, before/after, over the requests) and req/s as a
// share of the bare endpoint's. Memory: resident size after start and after 1,000 mixed requests.
// Env: BENCH_LOAD_SECONDS (per case, default 5), BENCH_STEADY_SECONDS (default 60), BENCH_DATABASES
// ("postgres,pglite"), BENCH_NODE_OPTIONS (flags for the server's Node after those of `npm run serve`), BENCH_MEMORY_ONLY=1
// (start and memory only), BENCH_PROFILE=0 (no profiles; by default a page over 5 ms of CPU at 10 users
// gets one more, profiled run, summarised: where its time goes), BENCH_KEEP=1 (keep the profiles).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startTemporaryPostgres } from "../scripts/postgres";
import { drive, driveSteady, formatRow, HEADER, processTree, rssMb, signIn, startBare, startServer, type Result, type Running, type Target } from "./load-support";
import { summariseProfile } from "./profile-summary";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 60);
const DATABASES = (process.env.BENCH_DATABASES ?? "postgres,pglite").split(",");
const PROFILE = process.env.BENCH_PROFILE !== "0";
const CPU_GOAL_MS = 5;
const CONNECTIONS = [10, 50];
const PASSWORD = "demo-password-2026"; // DEMO_PASSWORD of the demo seed

type Page = { name: string; path: string; email: string };
const PAGES: Page[] = [
  { name: "territory home", path: "/en/t/offenbach", email: "coordinator.offenbach@eccipa.example" },
  { name: "Needs Review overview", path: "/en/t/offenbach/needs-review", email: "coordinator.offenbach@eccipa.example" },
  { name: "training overview", path: "/en/t/offenbach/training", email: "trainer.offenbach@eccipa.example" },
  { name: "training cohort", path: "/en/t/offenbach/training/cohorts/:cohort", email: "trainer.offenbach@eccipa.example" },
  { name: "programme dashboard", path: "/en/p/eccipa", email: "admin@eccipa.example" },
];

// The server runs with the Node flags of `npm run serve` (the V8 heap limit of decision 032), plus BENCH_NODE_OPTIONS.
const SERVE_FLAGS = (JSON.parse(readFileSync("package.json", "utf8")).scripts.serve as string).match(/--[\w-]+(=\S+)?/g)?.join(" ") ?? "";
const NODE_FLAGS = `${SERVE_FLAGS} ${process.env.BENCH_NODE_OPTIONS ?? ""}`.trim();

const work = mkdtempSync(path.join(tmpdir(), "eccipa-load-"));
const queryLog = path.join(work, "queries.jsonl");
const log = (line = "") => console.log(line);
const uptime = () => execSync("uptime").toString().trim();

/** Signs in each page's user, fills in the cohort id, and checks every page answers 200. */
async function targetsFor(base: string): Promise<Map<Page, Target>> {
  const cookies = new Map<string, string>();
  for (const email of new Set(PAGES.map((p) => p.email))) cookies.set(email, await signIn(base, email, PASSWORD));
  const targets = new Map<Page, Target>();
  for (const page of PAGES) {
    let pagePath = page.path;
    if (pagePath.includes(":cohort")) {
      const html = await (await fetch(base + "/en/t/offenbach/training", { headers: { cookie: cookies.get(page.email)! } })).text();
      const id = /\/training\/cohorts\/([0-9a-f-]{36})/.exec(html)?.[1];
      if (!id) throw new Error("no cohort linked from the training overview");
      pagePath = pagePath.replace(":cohort", id);
    }
    const response = await fetch(base + pagePath, { headers: { cookie: cookies.get(page.email)! }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${page.name} (${pagePath}) answered ${response.status}`);
    targets.set(page, { path: pagePath, cookie: cookies.get(page.email) });
  }
  return targets;
}

/** One request per page, one at a time, labelled: the statements it ran, from the server's query log. */
async function capture(base: string, targets: Map<Page, Target>): Promise<string> {
  for (const [page, target] of targets) {
    const response = await fetch(base + target.path, { headers: { cookie: target.cookie!, "x-eccipa-query-label": page.name } });
    await response.text();
  }
  const byPage: Record<string, { sql: string; params: unknown[] }[]> = {};
  for (const line of readFileSync(queryLog, "utf8").trim().split("\n")) {
    const { label, sql, params } = JSON.parse(line) as { label: string; sql: string; params: unknown[] };
    (byPage[label] ??= []).push({ sql, params });
  }
  const file = path.join(work, "queries.json");
  writeFileSync(file, JSON.stringify(byPage));
  for (const page of PAGES) {
    const list = byPage[page.name] ?? [];
    const writes = list.filter((q) => !/^\s*(select|with)\b/i.test(q.sql)).length;
    log(`  ${page.name}: ${list.length} statements captured${writes ? `, ${writes} not a SELECT (replayed as they are)` : ""}`);
  }
  return file;
}

async function profiled<T>(server: Running, enabled: boolean, run: () => Promise<T & { requests: number }>): Promise<T & { requests: number }> {
  if (!enabled) return run();
  const dir = path.join(work, "probe");
  const before = readdirSync(dir).filter((f) => f.startsWith(`${server.pid}-`)).length;
  process.kill(server.pid, "SIGUSR2");
  await new Promise((resolve) => setTimeout(resolve, 200));
  const result = await run();
  process.kill(server.pid, "SIGUSR2");
  const file = path.join(dir, `${server.pid}-${before + 1}.cpuprofile`);
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
  log(summariseProfile(file, result.requests));
  return result;
}

/** The mixed pages at a steady 40 requests a second, evenly spaced, for BENCH_STEADY_SECONDS. */
async function steadyCase(server: Running, mixed: Target[], label = "") {
  const steady = await driveSteady(server.base, processTree(server.pid), mixed, { rate: 40, duration: STEADY_SECONDS });
  const met = steady.p95 <= 50 && steady.errors + steady.non2xx === 0;
  log(formatRow(`steady 40 req/s mixed${label}, ${STEADY_SECONDS} s`, steady) + `   goal p95 ≤ 50 ms, 0 errors: ${met ? "met" : "NOT met"}`);
}

async function pageCases(server: Running, targets: Map<Page, Target>, connections: number[], label = "") {
  const results = new Map<string, Result>();
  for (const [page, target] of targets) {
    for (const c of connections) {
      const r = await drive(server.base, processTree(server.pid), [target], { connections: c, duration: SECONDS });
      results.set(`${page.name}@${c}`, r);
      log(formatRow(`${page.name}${label}, ${c} users`, r, bareResults.get(`${page.name}@${c}`)));
      if (r.p99 > 0.8 * SECONDS * 1000) log(`    (requests still waiting when the case ended are not counted: the tail is cut; raise BENCH_LOAD_SECONDS)`);
      // Over the goal of 5 ms of Node CPU per page: one more, profiled run says where the time goes.
      if (PROFILE && c === connections[0] && processTree(server.pid).length === 1 && r.cpuMsPerRequest > CPU_GOAL_MS) {
        log(`    over ${CPU_GOAL_MS} ms of CPU per page; a profiled run of ${Math.max(2, SECONDS / 2)} s:`);
        await profiled(server, true, () => drive(server.base, [server.pid], [target], { connections: c, duration: Math.max(2, SECONDS / 2) }));
      }
    }
  }
  lastPageResults = results;
  return results;
}

async function bareCases(bare: Running, pageResults: Map<string, Result>) {
  const targets = PAGES.map((p) => ({ page: p, target: { path: "/" + encodeURIComponent(p.name) } }));
  // Warm-up, not counted, as the server got: a fresh process (and a reopened PGlite) starts cold.
  await drive(bare.base, [bare.pid], targets.map((t) => t.target), { connections: 10, amount: 500 });
  for (const { page, target } of targets) {
    for (const c of CONNECTIONS) {
      const r = await drive(bare.base, [bare.pid], [target], { connections: c, duration: SECONDS });
      bareResults.set(`${page.name}@${c}`, r);
      const pageResult = pageResults.get(`${page.name}@${c}`);
      log(formatRow(`bare: ${page.name}, ${c} users`, r));
      if (pageResult) log(formatRow(`  page against it`, pageResult, r));
    }
  }
}

/** The probe hook's memory figures of one process (it forces a full collection to tell live from garbage). */
async function probeMemory(pid: number): Promise<Record<string, number>> {
  const dir = path.join(work, "probe");
  const before = new Set(readdirSync(dir));
  process.kill(pid, "SIGWINCH");
  for (;;) {
    const file = readdirSync(dir).find((f) => f.startsWith(`memory-${pid}-`) && f.endsWith(".json") && !before.has(f));
    if (file) return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function memory(server: Running, targets: Target[], what: string) {
  const pids = processTree(server.pid);
  const atStart = rssMb(pids);
  const mixed = await drive(server.base, pids, targets, { connections: 10, amount: 1000 });
  const after = rssMb(pids);
  log(`  memory (${what}): ${atStart.toFixed(0)} MB resident after start with the demo, ${after.toFixed(0)} MB after 1,000 mixed requests (${mixed.errors + mixed.non2xx} errors)`);
  const live: number[] = [];
  for (const pid of pids) {
    const m = await probeMemory(pid);
    live.push(m.liveHeap);
    log(`    pid ${pid}: V8 heap ${m.heapUsed} MB used of ${m.heapTotal} MB (limit ${m.limit} MB); live after a full GC ${m.liveHeap} MB; outside the heap: external ${m.external} MB (array buffers ${m.arrayBuffers} MB); resident after that GC ${m.rssAfterGc} MB`);
  }
  // A leak shows as a live heap that keeps growing with the requests.
  await drive(server.base, pids, targets, { connections: 10, amount: 1000 });
  const later = [];
  for (const pid of pids) later.push((await probeMemory(pid)).liveHeap);
  log(`    live heap after 2,000 requests: ${later.join(" + ")} MB (after 1,000: ${live.join(" + ")} MB)`);
}

const bareResults = new Map<string, Result>();
let lastPageResults = new Map<string, Result>(); // PGlite: printed again beside the bare endpoint's

async function benchDatabase(kind: string) {
  bareResults.clear();
  log(`\n== ${kind === "postgres" ? "PostgreSQL" : "PGlite"} ==  (${uptime()})`);
  const pg = kind === "postgres" ? await startTemporaryPostgres() : undefined;
  const dbEnv: NodeJS.ProcessEnv = pg ? { DATABASE_URL: pg.url } : { DATABASE_URL: undefined, PGLITE_DATA_DIR: path.join(work, "pglite") };
  const probeEnv: NodeJS.ProcessEnv = { NODE_OPTIONS: `${NODE_FLAGS} --import ${path.resolve("bench/probe-hook.mjs")}`, ECCIPA_PROBE_DIR: path.join(work, "probe") };
  mkdirSync(path.join(work, "probe"), { recursive: true });
  rmSync(queryLog, { force: true });
  let server: Running | undefined;
  let bare: Running | undefined;
  try {
    server = await startServer({ ...dbEnv, ...probeEnv, ECCIPA_QUERY_LOG: queryLog });
    const targets = await targetsFor(server.base);
    const mixed = [...targets.values()];
    await memory(server, mixed, "one process");
    if (process.env.BENCH_MEMORY_ONLY === "1") return;
    const queries = await capture(server.base, targets);
    await drive(server.base, [server.pid], mixed, { connections: 10, amount: 500 }); // warm-up, not counted
    log(HEADER);
    if (pg) {
      bare = await startBare({ ...dbEnv, QUERIES_FILE: queries });
      await bareCases(bare, new Map());
      await pageCases(server, targets, CONNECTIONS);
      await steadyCase(server, mixed);
      log(`  peak resident memory of the server: ${readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)![1].replace(/\d{3}$/, "")} MB`);
      await server.stop();
      server = await startServer({ ...dbEnv, ...probeEnv, ECCIPA_WORKERS: "2" }, 2);
      log(`  -- ECCIPA_WORKERS=2 (the primary migrates and seeds, two workers serve) --`);
      const targets2 = await targetsFor(server.base);
      await memory(server, [...targets2.values()], "primary + 2 workers");
      await drive(server.base, processTree(server.pid), [...targets2.values()], { connections: 10, amount: 500 });
      await pageCases(server, targets2, CONNECTIONS, " (2 workers)");
      await steadyCase(server, [...targets2.values()], " (2 workers)");
    } else {
      await pageCases(server, targets, CONNECTIONS);
      log(`  peak resident memory of the server: ${readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/)![1].replace(/\d{3}$/, "")} MB`);
      await server.stop(); // closes the data directory, which the bare endpoint opens next
      bare = await startBare({ ...dbEnv, QUERIES_FILE: queries });
      log(`  -- the server stopped; the bare endpoint opens the same data directory --`);
      await bareCases(bare, lastPageResults);
    }
  } finally {
    await server?.stop();
    await bare?.stop();
    pg?.stop();
  }
}

execSync("npx react-router build", { stdio: "ignore" });
log(`bench:load — ${SECONDS} s per case, autocannon in this process on the same machine, server flags: ${NODE_FLAGS || "none"} (${uptime()})`);
log("Latencies in ms; cpu ms = Node CPU (utime+stime) of the server's processes per request; vs bare = req/s as a share of the bare endpoint's.");
for (const kind of DATABASES) await benchDatabase(kind);
log(`\ndone (${uptime()})`);
if (process.env.BENCH_KEEP === "1") log(`profiles and memory probes kept in ${path.join(work, "probe")} (open a .cpuprofile in Chrome DevTools)`);
else rmSync(work, { recursive: true, force: true });
