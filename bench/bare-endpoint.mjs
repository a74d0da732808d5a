// The bare limit for `npm run bench:load` (decision 032): a plain Node `http` server, no framework,
// no React, no session logic, that answers GET /<page> by running the statements the real page ran
// (captured from the app by ECCIPA_QUERY_LOG, one request per page) on the same database, one after
// the other, and answering their row counts as JSON. Plain JavaScript so no loader sits in the way.
// Env: PORT, QUERIES_FILE (JSON {page: [{sql, params}]}), DATABASE_URL (PostgreSQL, pool of
// DATABASE_POOL_SIZE like the app) or PGLITE_DATA_DIR (the app's data dir, which must be closed).
import http from "node:http";
import { readFileSync } from "node:fs";

const queries = JSON.parse(readFileSync(process.env.QUERIES_FILE, "utf8"));
let run;
let close;
if (process.env.DATABASE_URL) {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  run = async (sql, params) => (await pool.query({ text: sql, values: params, rowMode: "array" })).rows.length;
  close = () => pool.end();
} else {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(process.env.PGLITE_DATA_DIR);
  await db.waitReady;
  run = async (sql, params) => (await db.query(sql, params, { rowMode: "array" })).rows.length;
  close = () => db.close();
}

const server = http.createServer(async (req, res) => {
  const list = queries[decodeURIComponent(req.url.slice(1))];
  if (!list) return res.writeHead(404).end();
  try {
    const rows = [];
    for (const { sql, params } of list) rows.push(await run(sql, params));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ rows }));
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare endpoint ready"));

const stop = async () => {
  server.close();
  server.closeAllConnections();
  await close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
