// Where a page's Node CPU goes, from a V8 .cpuprofile (bench/profile-hook.mjs): self time by
// package (node_modules/<name>, the app's bundle, Node itself, GC) and inclusive time of the app's
// named steps (session, actor, the React render, serialisation, compression, driver), per request.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** The bucket a frame's own time belongs to. */
function bucketOf(frame: Node["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native) " + functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes("/build/server/")) return "app bundle";
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  return url;
}

// Inclusive time of these functions (by name, in the app bundle or its libraries) tells the steps apart.
const STEPS: Record<string, RegExp> = {
  "session lookup (better-auth getSession)": /^getSession$/,
  "actor (loadActor)": /^loadActor$/,
  "React render (renderToPipeableStream/work)": /^(performWork|performWorkUntilDeadline|renderRootSync|workLoopSync|flushCompletedQueues|performUnitOfWork)$/,
  "i18n (getServerT/i18next init/catalog)": /^(getServerT|createInstance|loadCatalog|catalogFor|init)$/,
  "JSON/turbo-stream serialisation": /^(encode|flatten|stringify|serialize)$/,
  "compression (zlib)": /^(zlibBufferSync|processChunkSync|_processChunk|write|Zlib)$/,
  "pg/PGlite driver": /^(parse|handleDataRow|_handleDataRow|execProtocolRaw|execProtocol|query)$/,
};

export function summariseProfile(file: string, requests: number, top = 12): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The probe's own work (stopping the profiler, writing the profile) is not the page's.
  for (const id of [...self.keys()]) {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url.includes("probe-hook")) {
        self.delete(id);
        break;
      }
    }
  }
  const buckets = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    total += us;
    const b = bucketOf(frame);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
  }
  // Inclusive time per step: a sample counts once per step among its ancestors.
  const steps = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      for (const [step, re] of Object.entries(STEPS)) if (!seen.has(step) && re.test(name)) seen.add(step);
    }
    for (const step of seen) steps.set(step, (steps.get(step) ?? 0) + us);
  }
  const ms = (us: number) => (us / 1000 / Math.max(1, requests)).toFixed(2).padStart(7);
  const pct = (us: number) => `${((100 * us) / Math.max(1, total)).toFixed(0).padStart(3)} %`;
  const lines = [`    sampled CPU ${ms(total)} ms/request; self time by package:`];
  for (const [b, us] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`      ${ms(us)} ms ${pct(us)}  ${b}`);
  lines.push("    inclusive, by step (overlapping):");
  for (const [s, us] of [...steps].sort((a, b) => b[1] - a[1])) lines.push(`      ${ms(us)} ms ${pct(us)}  ${s}`);
  return lines.join("\n");
}
