// The production server compresses at zlib level 4, not the default 6 (decision 032): two to three
// times less CPU per page for a few per cent more bytes. Deflate is deterministic: a script file,
// sent without a flush in between (unlike a streamed page), arrives as exactly a level-4 gzip of it.
import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess, waitUntilHealthy } from "../support/server-process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const onPostgres = Boolean(process.env.DATABASE_URL);
const dir = mkdtempSync(path.join(tmpdir(), "eccipa-compression-"));
let server: ServerProcess | undefined;

afterAll(() => {
  server?.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function getRaw(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("compression of pages", () => {
  it("sends pages gzipped, at level 4", { timeout: 600_000 }, async () => {
    server = await startServerProcess({ PGLITE_DATA_DIR: path.join(dir, "pglite"), ...(onPostgres ? {} : { DATABASE_URL: undefined }) });
    await waitUntilHealthy(server, 600_000);
    const page = await getRaw(`${server.base}/en`);
    expect(page.encoding).toBe("gzip");
    expect(gunzipSync(page.body).toString("utf8")).toContain("<html");

    const assets = "build/client/assets";
    const largest = readdirSync(assets)
      .filter((name) => name.endsWith(".js"))
      .sort((a, b) => statSync(path.join(assets, b)).size - statSync(path.join(assets, a)).size)[0];
    const file = readFileSync(path.join(assets, largest));
    const { encoding, body } = await getRaw(`${server.base}/assets/${largest}`);
    expect(encoding).toBe("gzip");
    expect(gunzipSync(body).equals(file)).toBe(true);
    expect(body.equals(gzipSync(file, { level: 4 }))).toBe(true);
    expect(body.equals(gzipSync(file, { level: 6 }))).toBe(false);
  });
});
