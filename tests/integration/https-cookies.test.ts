// With APP_URL on https, every cookie the platform sets is Secure. Each test file runs in a
// process of its own, so this file can set APP_URL before the app reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";

const PUBLIC_URL = "https://eccipa.example";
process.env.APP_URL = PUBLIC_URL;

let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  app = await startApp();
});

function attributes(setCookie: string[], name: string): string[] {
  const line = setCookie.find((c) => c.startsWith(`${name}=`));
  expect(line, `Set-Cookie ${name} in ${setCookie.join(" | ")}`).toBeDefined();
  return line!.split(";").slice(1).map((a) => a.trim().toLowerCase());
}

describe("cookies when APP_URL is https", () => {
  it("sets the CSRF and language cookies Secure, HttpOnly, SameSite", async () => {
    const response = await new TestClient(app).get(`${PUBLIC_URL}/de`);
    expect(response.status).toBe(200);
    for (const name of ["eccipa_csrf", "eccipa_lang"]) {
      expect(attributes(response.headers.getSetCookie(), name), name).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
    }
  });

  it("sets the session cookie Secure (with the __Secure- prefix), HttpOnly, SameSite", async () => {
    const client = new TestClient(app);
    await client.get(`${PUBLIC_URL}/en/sign-in`);
    const response = await client.post(
      `${PUBLIC_URL}/en/sign-in`,
      { email: "admin@eccipa.example", password: "demo-password-2026" },
      { origin: PUBLIC_URL },
    );
    expect(response.status).toBe(302);
    const attrs = attributes(response.headers.getSetCookie(), "__Secure-eccipa.session_token");
    expect(attrs).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
    // The session works over https.
    expect((await client.get(`${PUBLIC_URL}/en/p/eccipa`)).status).toBe(200);
  });
});

describe("HSTS when APP_URL is https", () => {
  it("is sent on pages, redirects, refusals and data requests", async () => {
    const client = new TestClient(app);
    const responses = {
      page: await client.get(`${PUBLIC_URL}/de`),
      redirect: await client.get(`${PUBLIC_URL}/en/p/eccipa`),
      "not found": await client.get(`${PUBLIC_URL}/en/no-such-page`),
      "refused form": await client.post(`${PUBLIC_URL}/en/sign-in`, { email: "a@b.c", password: "x" }, { csrf: false, origin: PUBLIC_URL }),
      data: await client.get(`${PUBLIC_URL}/en/sign-in.data`),
    };
    expect(Object.fromEntries(Object.entries(responses).map(([name, r]) => [name, r.status]))).toEqual({ page: 200, redirect: 302, "not found": 404, "refused form": 403, data: 200 });
    for (const [name, response] of Object.entries(responses)) {
      expect(response.headers.get("strict-transport-security"), name).toBe("max-age=31536000");
    }
  });
});
