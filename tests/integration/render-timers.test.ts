// A finished page leaves nothing behind (decision 032): the timer that aborts a render which takes
// too long is cleared once the page is sent. Left running, it kept every render (React's request,
// the loader data and its encoding) alive for 11 s: tens of MB of heap under load.
import { beforeAll, describe, expect, it } from "vitest";
import { signedInClient, startApp, type TestClient } from "../support/app";

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

let coordinator: TestClient;
beforeAll(async () => {
  coordinator = await signedInClient(await startApp(), "coordinator.offenbach@eccipa.example");
});

describe("rendering a page", () => {
  it("leaves no timer running once the page has been read", async () => {
    await (await coordinator.get("/en/t/offenbach")).text(); // first render: whatever a module sets up once
    const before = timers();
    const pages = 10;
    for (let i = 0; i < pages; i++) {
      const page = await coordinator.get("/en/t/offenbach");
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("</html>");
    }
    // One timer per render would make 10 more; a pool's idle timer or two may come and go.
    expect(timers() - before).toBeLessThan(pages / 2);
  });
});
