// Every public output is reachable by clicking from the home page (decision 028): a visitor follows
// the links from /en and reaches each published Needs Review Report and Toolkit version in the
// database, with their downloads, and the certificate verification page. The demo publishes what
// the reference programme published: the three Needs Review Reports, by each territory's
// coordinator through the report's own domain function (audited), in the territory's language.
import { eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, reportPublication, territory, toolkitVersion, user } from "~/db/schema";
import { signedInClient, startApp, TestClient } from "../support/app";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

/** The same-origin links of a page in the visitor's language, without fragments. */
function linksOf(html: string): string[] {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, "");
  return [...body.matchAll(/href="(\/en(?:\/[^"#]*)?)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
}

/** Follows every link from the home page as a visitor would, breadth first; files are noted, not opened. */
async function crawlFromHome(client: TestClient) {
  const pages = new Map<string, number>();
  const files = new Set<string>();
  const queue = ["/en"];
  while (queue.length) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await client.get(path);
    pages.set(path, response.status);
    if (response.status !== 200 || !response.headers.get("content-type")?.includes("text/html")) continue;
    for (const link of linksOf(await response.text())) {
      if (/\/(docx|pdf)$/.test(link)) files.add(link);
      else if (!pages.has(link) && !queue.includes(link)) queue.push(link);
    }
    expect(pages.size, "the crawl stays small: the public site has a handful of pages").toBeLessThan(200);
  }
  return { pages, files };
}

describe("public outputs", () => {
  it("the demo has each territory's report published once, in its language, by its coordinator", async () => {
    const rows = await getDb()
      .select({ slug: territory.slug, language: reportPublication.language, languages: territory.languages, by: user.email })
      .from(reportPublication)
      .innerJoin(territory, eq(territory.id, reportPublication.territoryId))
      .innerJoin(user, eq(user.id, reportPublication.publishedByUserId));
    expect(rows.map((r) => [r.slug, r.language, r.by]).sort()).toEqual([
      ["cartagena", "es", "coordinator.cartagena@eccipa.example"],
      ["offenbach", "de", "coordinator.offenbach@eccipa.example"],
      ["ravenna", "it", "coordinator.ravenna@eccipa.example"],
    ]);
    const audited = await getDb().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "report.publish"));
    expect(audited).toHaveLength(3);
    const [content] = await getDb().select({ content: reportPublication.content }).from(reportPublication).limit(1);
    expect((content.content as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it("a visitor reaches every published report and Toolkit version, their downloads and the verification page from the home", async () => {
    // One more publication, in English, through the coordinator's page.
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect((await coordinator.post("/en/t/offenbach/needs-review/report", { intent: "publish", language: "en", confirm: "yes" })).status).toBe(200);

    const { pages, files } = await crawlFromHome(new TestClient(app));
    const reports = await getDb().select({ id: reportPublication.id }).from(reportPublication);
    const versions = await getDb().select({ id: toolkitVersion.id }).from(toolkitVersion).where(isNotNull(toolkitVersion.publishedAt));
    expect(reports).toHaveLength(4);
    expect(versions.length).toBeGreaterThan(0);
    for (const { id } of reports) {
      expect(pages.get(`/en/reports/${id}`), `report ${id}`).toBe(200);
      expect(files).toContain(`/en/reports/${id}/docx`);
      expect(files).toContain(`/en/reports/${id}/pdf`);
    }
    for (const { id } of versions) {
      expect(pages.get(`/en/toolkits/${id}`), `Toolkit version ${id}`).toBe(200);
      expect(files).toContain(`/en/toolkits/${id}/pdf`);
    }
    expect(pages.get("/en/verify")).toBe(200);
    // The downloads answer a visitor too (one of each kind is enough to show the links work).
    const visitor = new TestClient(app);
    expect((await visitor.get(`/en/reports/${reports[0].id}/docx`)).status).toBe(200);
  });
});
