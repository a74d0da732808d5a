// Bench case: request bodies with no Content-Length. Starts the real server (node server.js
// --demo, in-memory PGlite, loopback only) and sends CONCURRENCY chunked bodies of BODY_MB each
// at once, generated on the fly (never held in memory), half signed out to the sign-in form, half
// signed in to the territory form. Prints the server's peak resident memory (VmHWM from
// /proc/<pid>/status, reset before the load) beside the body limit × the concurrency: the server
// must never hold more than that. Alone: `npx tsx bench/chunked-bodies.ts`.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { MAX_BODY_BYTES } from "../app/http/body-limit";
import { httpClient, postChunked, resetPeakMemory, residentMemory, startServerProcess, waitUntilHealthy } from "../tests/support/server-process";

export const CONCURRENCY = Number(process.env.BENCH_CHUNKED_CONCURRENCY ?? 20);
export const BODY_MB = Number(process.env.BENCH_CHUNKED_MB ?? 100);
const MB = 1024 * 1024;
const DEADLINE_MS = 10 * 60_000; // a broken server must not keep the benchmark forever

export async function benchChunkedBodies() {
  const server = await startServerProcess({ PGLITE_DATA_DIR: "memory://", DATABASE_URL: undefined, PGLITE_TEMPLATE_FILE: undefined });
  try {
    await waitUntilHealthy(server, 180_000);
    const visitor = httpClient(server.base);
    await visitor.get("/en/sign-in");
    const admin = httpClient(server.base);
    await admin.signIn("admin@eccipa.example");
    const form = (client: typeof admin, fields: string) => ({
      prefix: `_csrf=${encodeURIComponent(decodeURIComponent(client.cookie("eccipa_csrf") ?? ""))}&${fields}`,
      headers: { cookie: ["eccipa_csrf", "eccipa.session_token"].filter((n) => client.cookie(n)).map((n) => `${n}=${client.cookie(n)}`).join("; ") },
    });
    const signedOut = form(visitor, "email=x%40example.org&password=");
    const signedIn = form(admin, "countryCode=DE&name=");

    const pid = server.child.pid!;
    const before = residentMemory(pid).rss;
    await resetPeakMemory(pid);
    const started = performance.now();
    const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DEADLINE_MS} ms`)), DEADLINE_MS).unref());
    const answers = await Promise.race([
      Promise.all(
        Array.from({ length: CONCURRENCY }, (_, i) =>
          i % 2 === 0 ? postChunked(server.base, "/en/sign-in", BODY_MB * MB, signedOut) : postChunked(server.base, "/en/p/eccipa/territories/new", BODY_MB * MB, signedIn),
        ),
      ),
      deadline,
    ]);
    const seconds = (performance.now() - started) / 1000;
    const { peak } = residentMemory(pid);
    const statuses = new Map<number, number>();
    for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    const sent = answers.reduce((sum, a) => sum + a.sentBytes, 0);
    const budget = MAX_BODY_BYTES * CONCURRENCY;
    const growth = peak - before;
    return {
      rows: [],
      notes: [
        `chunked bodies: ${CONCURRENCY} parallel bodies of ${BODY_MB} MB (${CONCURRENCY * BODY_MB} MB offered, ${(sent / MB).toFixed(0)} MB sent before the answers) in ${seconds.toFixed(1)} s; statuses ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ")}`,
        `chunked bodies: server resident memory ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB (VmHWM): grew by ${(growth / MB).toFixed(0)} MB; limit × concurrency = ${MAX_BODY_BYTES / MB} MB × ${CONCURRENCY} = ${(budget / MB).toFixed(0)} MB${growth <= budget ? " (within)" : " (EXCEEDED)"}`,
      ],
    };
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (!existsSync("build/server/index.js")) execSync("npx react-router build", { stdio: "ignore" });
  const { notes } = await benchChunkedBodies();
  for (const note of notes) console.log(note);
}
