// Bench only (decision 032): loaded into the server by `npm run bench:load` with
// `NODE_OPTIONS=--import ./bench/probe-hook.mjs`; production never loads it. Idle until signalled:
//   SIGUSR2 starts V8's sampling profiler; the next SIGUSR2 stops it and writes <pid>-<n>.cpuprofile;
//   SIGWINCH writes memory-<pid>-<n>.json: resident size, the V8 heap before and after a full collection
//   (the live heap), and what lives outside it (external memory, array buffers, WASM).
// Files go to $ECCIPA_PROBE_DIR, written whole under a temporary name, then renamed.
import { Session } from "node:inspector";
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";

const dir = process.env.ECCIPA_PROBE_DIR;
const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
const write = (name, text) => {
  writeFileSync(path.join(dir, name + ".part"), text);
  renameSync(path.join(dir, name + ".part"), path.join(dir, name));
};

let profiling = false;
let profiles = 0;
process.on("SIGUSR2", async () => {
  if (!profiling) {
    profiling = true;
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 500 });
    await post("Profiler.start");
    return;
  }
  profiling = false;
  const { profile } = await post("Profiler.stop");
  write(`${process.pid}-${++profiles}.cpuprofile`, JSON.stringify(profile));
});

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");
let snapshots = 0;
const mb = (bytes) => Math.round(bytes / 1024 / 1024);
process.on("SIGWINCH", () => {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
  write(`memory-${process.pid}-${++snapshots}.json`, JSON.stringify({
    rss: mb(before.rss),
    heapTotal: mb(before.heapTotal),
    heapUsed: mb(before.heapUsed),
    liveHeap: mb(after.heapUsed),
    heapTotalAfterGc: mb(after.heapTotal),
    rssAfterGc: mb(after.rss),
    external: mb(after.external),
    arrayBuffers: mb(after.arrayBuffers),
    spaces,
    limit: mb(v8.getHeapStatistics().heap_size_limit),
  }));
});
