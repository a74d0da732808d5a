// Runs before `npm start` and `npm test`: installs the exact dependencies on a fresh clone and
// builds the app when the build is missing or older than the sources. Plain Node, no packages.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });

if (!existsSync("node_modules/.package-lock.json")) {
  // Not `npm ci`: it refuses this lock file (see docs/decisions/001-stack.md); `npm install`
  // installs exactly what the committed lock names.
  console.log("Installing dependencies (npm install, from package-lock.json)…");
  run("npm install --no-audit --no-fund");
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (process.argv.includes("--deps-only")) process.exit(0); // npm test builds by itself

const built = "build/server/index.js";
const sourcesChanged = () =>
  Math.max(newestMtime("app"), newestMtime("public"), statSync("package-lock.json").mtimeMs) > statSync(built).mtimeMs;
if (!existsSync(built) || sourcesChanged()) {
  console.log("Building Eccipa…");
  run("npx react-router build");
}
