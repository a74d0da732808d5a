// The production server: static assets, then every other request to React Router.
// Usage: node server.js [--demo]   (PORT, DATABASE_URL, SMTP_URL, APP_URL: see README)
// NODE_ENV must be set before React loads, so every import below is dynamic.
process.env.NODE_ENV ??= "production";
const { default: compression } = await import("compression");
const { default: express } = await import("express");
const { createRequestHandler } = await import("@react-router/express");

const demo = process.argv.includes("--demo") || process.env.ECCIPA_DEMO === "1";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
if (demo) process.env.ECCIPA_ALLOW_DEV_SECRET ??= "1"; // the demo may run without a configured secret

const build = await import("./build/server/index.js");
const { startPlatform, stopPlatform } = build.entry.module;

const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy, TRUST_PROXY=1 makes req.ip and the protocol come from X-Forwarded-*.
if (process.env.TRUST_PROXY) app.set("trust proxy", Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY);
app.use(compression());
app.use((req, _res, next) => {
  // The client IP for login throttling; never trust a value the client sent itself.
  req.headers["x-eccipa-client-ip"] = req.ip ?? "unknown";
  next();
});
// Static files get the security headers here; React Router responses get them from the root
// middleware (app/http/middleware.server.ts), so no header is ever sent twice.
const staticHeaders = (res) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
};
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false, setHeaders: staticHeaders }));
app.use(express.static("build/client", { maxAge: "1h", index: false, setHeaders: staticHeaders }));
app.all("/{*path}", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  console.log(`Eccipa listening on http://localhost:${port} (${process.env.DATABASE_URL ? "postgres" : "pglite"}${demo ? ", demo data" : ""})`);
});

startPlatform({ demo }).then(
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
