// The stage navigation links only to stages that are built and that the person may open.
import { beforeAll, describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";

let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  app = await startApp();
});

const stageNav = (html: string) => html.match(/<nav aria-label="Stages of the cycle"[\s\S]*?<\/nav>/)?.[0] ?? "";

describe("the stage navigation", () => {
  it("links the coordinator to her territory's Needs Review", async () => {
    const client = new TestClient(app);
    await client.signIn("coordinator.offenbach@eccipa.example");
    const nav = stageNav(await (await client.get("/en/t/offenbach")).text());
    expect(nav).toContain('href="/en/t/offenbach/needs-review"');
    expect(nav).toContain("not available yet"); // the stages still to come
  });

  it("shows Needs Review without a link to a trainee, who may not open it", async () => {
    const client = new TestClient(app);
    await client.signIn("trainee.offenbach@eccipa.example");
    const nav = stageNav(await (await client.get("/en/t/offenbach")).text());
    expect(nav).toContain("Needs Review");
    expect(nav).not.toContain("/needs-review");
  });

  it("shows no stage link to a visitor", async () => {
    const nav = stageNav(await (await new TestClient(app).get("/en")).text());
    expect(nav).toContain("Needs Review");
    expect(nav).not.toContain("<a ");
  });
});
