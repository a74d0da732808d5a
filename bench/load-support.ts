// The pieces of `npm run bench:load` (bench/load.ts): the server and bare-endpoint processes, signing
// in over HTTP, CPU and memory from /proc, and one autocannon run with its own latency percentiles
// (autocannon reports p97.5, not p95, so every response time is kept and sorted here).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { Agent, request } from "node:http";
import autocannon from "autocannon";
import { freePort } from "../scripts/free-port";
import { startServerProcess, waitUntilHealthy, type ServerProcess } from "../tests/support/server-process";

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ; `getconf CLK_TCK` is 100 on Linux

/** The server and its workers (children), if any. */
export function processTree(pid: number): number[] {
  const pids = [pid];
  const taskDir = `/proc/${pid}/task`;
  if (!existsSync(taskDir)) return pids;
  for (const task of readdirSync(taskDir)) {
    const children = readFileSync(`${taskDir}/${task}/children`, "utf8").trim();
    if (children) pids.push(...children.split(/\s+/).map(Number));
  }
  return pids;
}

/** utime + stime of the processes, in milliseconds (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd on
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident memory (VmRSS) of the processes together, in MB. */
export function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) kb += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return kb / 1024;
}

export type Running = { base: string; pid: number; stop: () => Promise<void>; output: () => string };

/** `node server.js --demo` on a free port; with workers > 1, waits until each worker says it is ready. */
export async function startServer(env: NodeJS.ProcessEnv, workers = 1): Promise<Running> {
  const server: ServerProcess = await startServerProcess(env);
  await waitUntilHealthy(server, 600_000);
  while ((server.output().match(/^Eccipa is ready\.$/gm) ?? []).length < workers) {
    if (server.child.exitCode !== null) throw new Error(server.output());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base: server.base, pid: server.child.pid!, output: server.output, stop: () => stopChild(server.child, server.exited) };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode === null) child.kill("SIGTERM");
  await exited;
}

/** bench/bare-endpoint.mjs on the given database with the captured statements. */
export async function startBare(env: NodeJS.ProcessEnv): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bench/bare-endpoint.mjs"], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => ((output += chunk), output.includes("ready") && resolve()));
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.on("exit", () => reject(new Error(`bare endpoint exited: ${output}`)));
  });
  return { base: `http://127.0.0.1:${port}`, pid: child.pid!, output: () => output, stop: () => stopChild(child, exited) };
}

/** Signs in over HTTP as a browser would (CSRF cookie, form post); the Cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  keep(await fetch(`${base}/en`));
  const body = new URLSearchParams({ _csrf: decodeURIComponent(jar.get("eccipa_csrf") ?? ""), email, password });
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/en/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { cookie: cookie(), origin: base, "content-type": "application/x-www-form-urlencoded" },
  });
  if (response.status !== 302) throw new Error(`sign-in of ${email} answered ${response.status}`);
  keep(response);
  return cookie();
}

export type Target = { path: string; cookie?: string };
export type Result = { requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; cpuMsPerRequest: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** One autocannon run against the targets (cycled per connection); CPU of `pids` over the run. */
export async function drive(
  base: string,
  pids: number[],
  targets: Target[],
  options: { connections: number; duration?: number; amount?: number; overallRate?: number },
): Promise<Result> {
  const latencies: number[] = [];
  const cpuBefore = cpuMs(pids);
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url: base,
    connections: options.connections,
    ...(options.duration !== undefined && { duration: options.duration }),
    ...(options.amount !== undefined && { amount: options.amount }),
    ...(options.overallRate !== undefined && { overallRate: options.overallRate }),
    timeout: 30,
    requests: targets.map((t) => ({ method: "GET", path: t.path, headers: t.cookie ? { cookie: t.cookie, "accept-encoding": "gzip" } : { "accept-encoding": "gzip" } })),
    }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await finished;
  const cpu = cpuMs(pids) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  const seconds = Math.max(0.001, (result.duration ?? options.duration ?? 1));
  return {
    requests,
    rps: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpu / Math.max(1, requests),
  };
}

/**
 * A steady arrival rate: request i leaves at start + i / rate, whether or not the earlier ones
 * have come back (an open model, as users arrive), cycling through the targets. Each latency runs
 * from the moment the request was due, so a generator that falls behind cannot hide the wait.
 * autocannon's overallRate sends each second's share of every connection at the top of the
 * second, a burst of 40 every second rather than one every 25 ms (decision 032).
 */
export async function driveSteady(base: string, pids: number[], targets: Target[], options: { rate: number; duration: number }): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(base);
  const total = Math.round(options.rate * options.duration);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const cpuBefore = cpuMs(pids);
  const started = performance.now();
  const one = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const target = targets[i % targets.length];
      const headers: Record<string, string> = { "accept-encoding": "gzip", ...(target.cookie && { cookie: target.cookie }) };
      const req = request({ host: url.hostname, port: url.port, path: target.path, agent, headers, timeout: 30_000 }, (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          if (res.statusCode! >= 200 && res.statusCode! < 300) latencies.push(performance.now() - due);
          else non2xx++;
          resolve();
        });
      });
      req.on("error", () => (errors++, resolve()));
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.end();
    });
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(one(i, due));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(pids) - cpuBefore;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    rps: total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    non2xx,
    cpuMsPerRequest: cpu / Math.max(1, total),
  };
}

export function formatRow(label: string, r: Result, bare?: Result): string {
  if (r.requests === 0) return `  ${label.padEnd(44)} no request finished within the case: raise BENCH_LOAD_SECONDS`;
  const n = (v: number, w = 6, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : "–").padStart(w);
  const ratio = bare ? `${n((100 * r.rps) / bare.rps, 4)} %` : "      ";
  return `  ${label.padEnd(44)} ${n(r.rps, 7, 1)} ${n(r.p50)} ${n(r.p95)} ${n(r.p99)} ${n(r.errors + r.non2xx, 6)} ${n(r.cpuMsPerRequest, 7, 2)} ${ratio}`;
}

export const HEADER = `  ${"case".padEnd(44)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"err".padStart(6)} ${"cpu ms".padStart(7)} vs bare`;
