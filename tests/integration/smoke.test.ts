import { describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";

describe("the running platform", () => {
  it("answers /healthz with the database kind once started", async () => {
    const client = new TestClient(await startApp());
    const response = await client.get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
  });

  it("lands the programme admin on the programme dashboard after sign-in", async () => {
    const client = new TestClient(await startApp());
    const response = await client.signIn("admin@eccipa.example");
    expect(response.headers.get("location")).toBe("/en/start");
    const start = await client.get("/en/start");
    expect(start.status).toBe(302);
    expect(start.headers.get("location")).toBe("/en/p/eccipa");
    const dashboard = await client.get("/en/p/eccipa");
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain("County of Offenbach");
    expect(html).toContain("Jonas Weber");
  });
});
