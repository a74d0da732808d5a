// The production server: static assets, then every other request to React Router.
// Usage: node server.js [--demo]   (PORT, DATABASE_URL, SMTP_URL, APP_URL, ECCIPA_WORKERS: see README)
// NODE_ENV must be set before React loads, so every import below is dynamic.
process.env.NODE_ENV ??= "production";
const { default: cluster } = await import("node:cluster");
const { availableParallelism } = await import("node:os");

const demo = process.argv.includes("--demo") || process.env.ECCIPA_DEMO === "1";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
if (demo) process.env.ECCIPA_ALLOW_DEV_SECRET ??= "1"; // the demo may run without a configured secret

// ECCIPA_WORKERS=n (or "auto": one per core) runs n worker processes on one port (decision 032).
// The app keeps no state between requests in memory, so any worker may answer any request.
const workers = process.env.ECCIPA_WORKERS === "auto" ? availableParallelism() : Number(process.env.ECCIPA_WORKERS || 1);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`ECCIPA_WORKERS must be a whole number ≥ 1 or "auto", not ${JSON.stringify(process.env.ECCIPA_WORKERS)}.`);
  process.exit(1);
}
if (workers > 1 && !process.env.DATABASE_URL) {
  console.error("ECCIPA_WORKERS needs DATABASE_URL: PGlite is a database inside one process and cannot be shared by workers. Unset ECCIPA_WORKERS or use PostgreSQL.");
  process.exit(1);
}

/** zlib level of the HTML and data answers (decision 032); tests/integration/compression.test.ts checks it. */
const COMPRESSION_LEVEL = 4;

const build = await import("./build/server/index.js");
const { startPlatform, stopPlatform, bodyLimitFor, declaresTooMuch, BODY_TOO_LARGE_HEADER, strictTransportSecurity } = build.entry.module;

if (workers > 1 && cluster.isPrimary) await runPrimary();
else await runServer();

/**
 * The primary of several workers: migrations, demo data and the daily retention purge happen here,
 * once, before any worker starts; then it forks the workers (and replaces one that dies) and serves nothing itself.
 */
async function runPrimary() {
  try {
    await startPlatform({ demo });
  } catch (error) {
    console.error("Eccipa could not start:", error);
    process.exit(1);
  }
  let stopping = false;
  const fork = () => cluster.fork({ ECCIPA_PLATFORM_ROLE: "worker" });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Worker ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  console.log(`Eccipa is ready: ${workers} workers.`);
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the workers`);
    const running = Object.values(cluster.workers ?? {});
    await Promise.all(running.map((worker) => new Promise((resolve) => (worker.once("exit", resolve), worker.process.kill("SIGTERM")))));
    try {
      await stopPlatform();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function runServer() {
  const { readdirSync } = await import("node:fs");
  const { default: compression } = await import("compression");
  const { default: express } = await import("express");
  const { createRequestHandler } = await import("react-router");
  const { writeReadableStreamToWritable } = await import("@react-router/node");
  const app = express();
  app.disable("x-powered-by");
  // Behind a reverse proxy, TRUST_PROXY=1 makes req.ip and the protocol come from X-Forwarded-*.
  if (process.env.TRUST_PROXY) app.set("trust proxy", Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY);
  // Level 4 rather than zlib's default 6: a page compresses 2–3 times faster for about 4 % more
  // bytes (measured on a 145 KB page: 6.7 against 17 ms, 47.0 against 45.4 KB; decision 032).
  app.use(compression({ level: COMPRESSION_LEVEL }));
  // The load bench's query capture (decision 032): only with ECCIPA_QUERY_LOG set, a request labelled
  // x-eccipa-query-label has its statements logged by app/db/client.server.ts. Sent one at a time.
  if (process.env.ECCIPA_QUERY_LOG) {
    app.use((req, res, next) => {
      const label = req.headers["x-eccipa-query-label"];
      if (typeof label === "string") {
        globalThis.__eccipaQueryLabel = label;
        res.on("close", () => (globalThis.__eccipaQueryLabel = undefined));
      }
      next();
    });
  }
  app.use((req, _res, next) => {
    // The client IP for login throttling; never trust a value the client sent itself.
    req.headers["x-eccipa-client-ip"] = req.ip ?? "unknown";
    next();
  });
  // Static files get the security headers here; React Router responses get them from the root
  // middleware (app/http/middleware.server.ts), so no header is ever sent twice.
  const hsts = strictTransportSecurity();
  const staticHeaders = (res) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  };
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false, setHeaders: staticHeaders }));
  // The few files at the top of build/client (favicon.svg…): looked up by name, so that a page's
  // request never costs a failed stat of the disk (it showed in the CPU profile; decision 032).
  const topFiles = new Set(readdirSync("build/client").filter((name) => name !== "assets"));
  const topStatic = express.static("build/client", { maxAge: "1h", index: false, setHeaders: staticHeaders });
  app.use((req, res, next) => (topFiles.has(req.path.slice(1)) ? topStatic(req, res, next) : next()));
  app.all("/{*path}", reactRouterHandler(createRequestHandler(build, process.env.NODE_ENV)));

  /**
   * Reads a request body, counting the bytes as they arrive: the body, or null as soon as it passes
   * the limit. Then the request is paused and nothing more is read (a chunked body declares no length).
   */
  function readBodyWithinLimit(req, limit) {
    return new Promise((resolve, reject) => {
      if (declaresTooMuch(req.headers["content-length"], limit)) return resolve(null);
      const chunks = [];
      let size = 0;
      const done = () => {
        req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      };
      const onData = (chunk) => {
        size += chunk.length;
        if (size > limit) {
          done();
          req.pause();
          resolve(null);
        } else chunks.push(chunk);
      };
      const onEnd = () => (done(), resolve(Buffer.concat(chunks, size)));
      const onError = (error) => (done(), reject(error));
      const onClose = () => (done(), reject(new Error("request closed before its body ended")));
      req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    });
  }

  /**
   * After the answer, Node would destroy the socket at once; with the unread rest of a body still
   * arriving that is a reset, and the client may lose the answer it has not read yet. Instead our
   * side ends (FIN), nothing more is read (the request stays paused), and the connection is dropped
   * after a grace period.
   */
  const CLOSE_GRACE_MS = 2_000;
  function closeWithoutReading(socket) {
    socket.destroySoon = () => {
      socket.end();
      setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
    };
  }

  /**
   * Express → React Router, with the body read within its route's limit before React Router sees
   * it. A body past the limit is never read further: React Router renders the translated 413 page
   * for a body-less copy of the request, and the connection is closed after it.
   */
  function reactRouterHandler(handle) {
    return async (req, res, next) => {
      let tooLarge = false;
      try {
        delete req.headers[BODY_TOO_LARGE_HEADER]; // only this wrapper says so
        let body;
        if (req.method !== "GET" && req.method !== "HEAD") {
          body = await readBodyWithinLimit(req, bodyLimitFor(req.path));
          tooLarge = body === null;
        }
        const headers = new Headers();
        for (const [key, value] of Object.entries(req.headers)) {
          for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(key, one);
        }
        if (tooLarge) {
          headers.set(BODY_TOO_LARGE_HEADER, "1");
          headers.delete("content-length");
          headers.delete("transfer-encoding");
          res.setHeader("Connection", "close");
          closeWithoutReading(req.socket);
        }
        // An Origin that is no URL would make React Router log a stack trace; ours refuses "null" (403).
        const origin = headers.get("origin");
        if (origin && !URL.canParse(origin)) headers.set("origin", "null");
        const controller = new AbortController();
        res.on("close", () => !res.writableFinished && controller.abort());
        const request = new Request(new URL(req.originalUrl, `${req.protocol}://${req.host}`), {
          method: req.method,
          headers,
          body: body ?? undefined,
          signal: controller.signal,
        });
        const response = await handle(request);
        res.statusMessage = response.statusText;
        res.status(response.status);
        for (const [key, value] of response.headers) res.append(key, value);
        if (response.body) await writeReadableStreamToWritable(response.body, res);
        else res.end();
      } catch (error) {
        if (res.destroyed || res.writableEnded) return; // the client went away
        if (tooLarge && !res.headersSent) res.status(413).type("text/plain").end("Request body too large\n");
        else next(error);
      }
    };
  }

  const worker = process.env.ECCIPA_PLATFORM_ROLE === "worker";
  const server = app.listen(port, host, () => {
    console.log(`Eccipa listening on http://localhost:${port} (${process.env.DATABASE_URL ? "postgres" : "pglite"}${demo ? ", demo data" : ""}${worker ? `, worker ${process.pid}` : ""})`);
  });

  // A worker finds the database migrated (and the demo loaded) by the primary.
  startPlatform(worker ? { demo: false, worker: true } : { demo }).then(
    () => console.log("Eccipa is ready."),
    (error) => {
      console.error("Eccipa could not start:", error);
      process.exit(1);
    },
  );

  let stopping = false;
  async function stop(signal) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    server.close();
    server.closeAllConnections?.();
    try {
      await stopPlatform(); // PGlite must be closed cleanly to keep its data directory sound
    } finally {
      process.exit(0);
    }
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
