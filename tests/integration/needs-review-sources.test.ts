// Needs Review overview and desk research sources. Refusals (302/404/403/400) before the happy paths.
import { and, count, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, deskSource, territory } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const OVERVIEW = "/en/t/offenbach/needs-review";
const SOURCES = "/en/t/offenbach/needs-review/sources";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function sourceCount(slug: string): Promise<number> {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(deskSource)
    .innerJoin(territory, eq(territory.id, deskSource.territoryId))
    .where(eq(territory.slug, slug));
  return n;
}

describe("Needs Review overview and desk research", () => {
  it("sends a visitor to sign in (302)", async () => {
    for (const path of [OVERVIEW, SOURCES]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 to a member of another territory, on GET and on POST, and adds nothing", async () => {
    const before = await sourceCount("offenbach");
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    for (const path of [OVERVIEW, SOURCES]) {
      const response = await ravenna.get(path);
      expect(response.status, path).toBe(404);
      expect(decode(await response.text())).toContain(t("en", "errorPage.kinds.notFound.title"));
    }
    const post = await ravenna.post(SOURCES, { title: "Intruder's source", kind: "report", notes: "", themes: "" });
    expect(post.status).toBe(404);
    expect(await sourceCount("offenbach")).toBe(before);
  });

  it("refuses trainers, trainees and committee members (403), translated", async () => {
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.get(OVERVIEW)).status, email).toBe(403);
      const de = await client.get("/de/t/offenbach/needs-review/sources");
      expect(de.status, email).toBe(403);
      expect(decode(await de.text())).toContain(t("de", "errorPage.kinds.forbidden.title"));
      expect((await client.post(SOURCES, { title: "Nope", kind: "report", notes: "", themes: "" })).status, email).toBe(403);
    }
  });

  it("answers invalid input with 400, translated errors next to the fields and the typed values kept", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await sourceCount("offenbach");
    for (const lang of LANGS) {
      const response = await partner.post(`/${lang}/t/offenbach/needs-review/sources`, { title: "Statistikbericht 2020", kind: "diary", url: "ftp://example.org/x", notes: "", themes: "a, b" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "kind"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "url"), lang).toBe(t(lang, "errors.url"));
      expect(fieldError(html, "title"), lang).toBeUndefined();
      expect(inputValue(html, "title"), lang).toBe("Statistikbericht 2020");
      expect(inputValue(html, "themes"), lang).toBe("a, b");
    }
    expect(await sourceCount("offenbach")).toBe(before);
  });

  it("shows the overview with the demo figures (200) and links to the stage from the navigation", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const response = await coordinator.get("/de/t/offenbach/needs-review");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("de", "needsReview.title", { territory: "Kreis Offenbach" }));
    expect(html).toContain(t("de", "targetGroups.third_country_national"));
    expect(html).toContain('href="/de/t/offenbach/needs-review/participants"');
    expect(html).toMatch(new RegExp(`<a[^>]*href="/de/t/offenbach/needs-review"[^>]*>${t("de", "stages.needsReview")}</a>`));
  });

  it("links the territory home to the Needs Review for those who may open it, not for a trainee", async () => {
    const link = 'href="/en/t/offenbach/needs-review"';
    const home = async (email: string) => {
      const html = await (await (await signedIn(email)).get("/en/t/offenbach")).text();
      return html.slice(html.indexOf("<main"));
    };
    expect(await home("partner.offenbach@eccipa.example")).toContain(link);
    expect(await home("trainee.offenbach@eccipa.example")).not.toContain(link);
  });

  it("lets a technical partner add a source (200), listed with its kind and themes, audited in the same step", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await sourceCount("offenbach");
    const response = await partner.post(SOURCES, {
      title: "Jahresbericht Integrationsbüro 2020",
      kind: "report",
      url: "https://example.org/bericht.pdf",
      notes: "Kapitel 3 zu Sprachbarrieren.",
      themes: "Sprachbarrieren, Wartezeiten",
    });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "needsReview.sourceAdded", { title: "Jahresbericht Integrationsbüro 2020" }));
    expect(await sourceCount("offenbach")).toBe(before + 1);
    const [row] = await getDb().select().from(deskSource).where(eq(deskSource.title, "Jahresbericht Integrationsbüro 2020"));
    expect(row.themes).toEqual(["Sprachbarrieren", "Wartezeiten"]);
    const [entry] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "desk_source.create"), eq(auditLog.objectId, row.id)))
      .orderBy(desc(auditLog.id));
    expect(entry.territoryId).toBe(row.territoryId);
    const list = decode(await (await partner.get(SOURCES)).text());
    expect(list).toContain("Jahresbericht Integrationsbüro 2020");
    expect(list).toContain("Sprachbarrieren, Wartezeiten");
    expect(list).toContain(t("en", "sourceKinds.report"));
  });
});
