// The production server (node server.js --demo) as a child process on a free loopback port, and
// a TestClient that talks to it over real HTTP. Used by the durability and request-limit tests
// and by the chunked-body benchmark.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { readFileSync } from "node:fs";
import { freePort } from "../../scripts/free-port";
import { ORIGIN, TestClient } from "./app";
import { STEP_HANG_GUARD_MS } from "./hang-guard";

export type ServerProcess = { base: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Starts `node server.js --demo` with the given environment on top of this process's. */
export async function startServerProcess(env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", APP_URL: base, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  delete childEnv.SMTP_URL;
  const child = spawn(process.execPath, ["server.js", "--demo"], { cwd: process.cwd(), env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { base, child, output: () => output, exited };
}

/**
 * One GET of /healthz over node:http. fetch() was used here once and, with the server up and no
 * socket left open, never settled (a fresh-clone run waited 10 minutes on it), and its
 * AbortSignal.timeout did not fire. node:http errors as soon as the socket does, and `timeoutMs` bounds the
 * wait with a timer this process keeps.
 */
export function healthz(base: string, timeoutMs: number): Promise<{ status: number; body: { status: string } }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/healthz`, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("error", reject);
      response.on("end", () => {
        try {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { status: string } });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    const guard = setTimeout(() => request.destroy(new Error(`no answer from /healthz within ${timeoutMs} ms`)), timeoutMs);
    request.on("close", () => clearTimeout(guard));
    request.on("error", reject);
  });
}

/** Polls /healthz from the moment the process starts; returns every status seen until 200. */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = STEP_HANG_GUARD_MS): Promise<number[]> {
  const seen: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited (${server.child.exitCode}):\n${server.output()}`);
    let answer: Awaited<ReturnType<typeof healthz>> | undefined;
    try {
      // A slow answer is waited for (a busy machine is not a failure), up to the step's guard.
      answer = await healthz(server.base, Math.max(1, deadline - Date.now()));
    } catch {
      // not listening yet
    }
    if (answer) {
      seen.push(answer.status);
      if (answer.status === 503 && answer.body.status !== "starting") throw new Error(`503 says ${answer.body.status}`);
      if (answer.status === 200) {
        if (answer.body.status !== "ok") throw new Error(`200 says ${answer.body.status}`);
        return seen;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no healthy answer within ${timeoutMs} ms; saw ${seen.join(",")}\n${server.output()}`);
}

/**
 * One request over node:http, answered as a fetch Response (never following a redirect, body
 * not decompressed: no Accept-Encoding is sent unless the caller sets one). Not fetch() itself,
 * for the reason given at healthz().
 */
function requestOverHttp(url: URL, method: string, headers: Headers, body?: ArrayBuffer): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: Object.fromEntries(headers) }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const answer = new Headers();
        for (let i = 0; i < response.rawHeaders.length; i += 2) answer.append(response.rawHeaders[i], response.rawHeaders[i + 1]);
        const status = response.statusCode ?? 0;
        const bodyless = status === 204 || status === 205 || status === 304 || method === "HEAD";
        resolve(new Response(bodyless ? null : Buffer.concat(chunks), { status, statusText: response.statusMessage, headers: answer }));
      });
    });
    request.on("error", reject);
    request.end(body ? Buffer.from(body) : undefined);
  });
}

/** A TestClient that talks to the child over real HTTP. */
export function httpClient(base: string): TestClient {
  return new TestClient(async (request) => {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    if (headers.get("origin") === ORIGIN) headers.set("origin", base);
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    return requestOverHttp(new URL(url.pathname + url.search, base), request.method, headers, body);
  });
}

/** Resident memory of a process, from /proc (Linux): now (VmRSS) and at its peak (VmHWM), in bytes. */
export function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

/** Resets a process's peak (VmHWM) to its present resident size, so the next peak is the load's own. */
export async function resetPeakMemory(pid: number): Promise<void> {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

export type ChunkedAnswer = { status: number; body: string; sentBytes: number; connection: string | undefined };

/**
 * POSTs a chunked body (no Content-Length) of `bytes` bytes: `prefix` (e.g. "_csrf=…&email=…&password=")
 * then filler generated on the fly, never held whole. Stops sending when the answer arrives.
 */
export function postChunked(base: string, pathname: string, bytes: number, { prefix = "", headers = {} }: { prefix?: string; headers?: Record<string, string> } = {}): Promise<ChunkedAnswer> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked", origin: base, ...headers },
    });
    const filler = Buffer.alloc(64 * 1024, "a");
    let sentBytes = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body, sentBytes, connection: response.headers.connection });
        request.destroy();
      });
      response.on("error", reject);
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const write = () => {
      while (!answered && sentBytes < bytes) {
        const chunk = sentBytes === 0 && prefix ? Buffer.from(prefix) : filler.subarray(0, Math.min(filler.length, bytes - sentBytes));
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!answered) request.end();
    };
    write();
  });
}
