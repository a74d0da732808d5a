// Drives the built application in-process: real routes, middleware, database and rendering,
// without a network socket. Run `npm run build` first (npm test does).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "react-router";

type Handler = (request: Request) => Promise<Response>;

let handler: Handler | undefined;

export async function startApp({ demo = true } = {}): Promise<Handler> {
  if (handler) return handler;
  const file = pathToFileURL(path.resolve("build/server/index.js")).href;
  const build = (await import(/* @vite-ignore */ file)) as ServerBuild & {
    entry: { module: { startPlatform: (o: { demo: boolean }) => Promise<void> } };
  };
  // The integration tests' databases are copies of a template with the demo already loaded
  // (tests/support/global-setup.ts); a file that needs none says `// @database empty`.
  const loaded = process.env.ECCIPA_TEST_DEMO_LOADED === "1";
  if (!demo && loaded) throw new Error("startApp({ demo: false }) on a demo database: start the test file with `// @database empty`.");
  await build.entry.module.startPlatform({ demo: demo && !loaded });
  const handle = createRequestHandler(build, "production");
  handler = (request) => handle(request);
  return handler;
}

export const ORIGIN = "http://localhost:3000";

/** A browser stand-in: keeps cookies, sends the CSRF token with every form, follows nothing. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(
    private readonly handle: Handler,
    readonly ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    headers.set("x-eccipa-client-ip", this.ip);
    const response = await this.handle(new Request(new URL(pathname, ORIGIN), { ...init, headers, redirect: "manual" }));
    this.remember(response);
    return response;
  }

  get(pathname: string, headers: Record<string, string> = {}) {
    return this.request(pathname, { headers });
  }

  /** Posts a form as a browser would: same origin, with the CSRF token from the cookie. */
  async post(pathname: string, fields: Record<string, string | string[]>, options: { csrf?: boolean; origin?: string } = {}) {
    if (!this.cookies.has("eccipa_csrf")) await this.get("/en");
    const body = new URLSearchParams();
    if (options.csrf !== false) body.append("_csrf", decodeURIComponent(this.cookies.get("eccipa_csrf") ?? ""));
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.request(pathname, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: options.origin ?? ORIGIN },
    });
  }

  async signIn(email: string, password = "demo-password-2026") {
    const response = await this.post("/en/sign-in", { email, password });
    if (response.status !== 302) throw new Error(`sign-in of ${email} answered ${response.status}`);
    return response;
  }
}

/** A new client, signed in as the given (demo) account. */
export async function signedInClient(handle: Handler, email: string, password?: string): Promise<TestClient> {
  const client = new TestClient(handle);
  await client.signIn(email, password);
  return client;
}
