// Bench only (decision 032): loaded into the server with `node --import ./bench/profile-hook.mjs`
// when BENCH_PROFILE=1. SIGUSR2 starts V8's sampling profiler in the process; the next SIGUSR2 stops it
// and writes the profile to $ECCIPA_PROFILE_DIR/<n>.cpuprofile, so each load case gets its own profile
// without restarting the server. Production never loads this file.
import { Session } from "node:inspector";
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
let running = false;
let count = 0;

process.on("SIGUSR2", async () => {
  if (!running) {
    running = true;
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 500 });
    await post("Profiler.start");
    return;
  }
  running = false;
  const { profile } = await post("Profiler.stop");
  const file = path.join(process.env.ECCIPA_PROFILE_DIR, `${++count}.cpuprofile`);
  writeFileSync(file + ".part", JSON.stringify(profile));
  renameSync(file + ".part", file);
});
