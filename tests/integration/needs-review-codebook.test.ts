// The codebook: default themes per territory language, creating, renaming, moving, merging,
// splitting and deleting themes without losing a coding. Refusals first.
import { and, count, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { coding, finding, findingEvidence, territory, theme } from "~/db/schema";
import { DEFAULT_CODEBOOK } from "~/features/needs-review/codebook/default-codebook";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { clearCodebook, themeId } from "../support/needs-review";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review/codebook";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function codingsOf(id: string): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(coding).where(eq(coding.themeId, id));
  return n;
}

async function territoryIdOf(slug: string) {
  const [row] = await getDb().select({ id: territory.id, programmeId: territory.programmeId }).from(territory).where(eq(territory.slug, slug));
  return row;
}

describe("the codebook", () => {
  it("sends visitors to sign in (302), hides it from other territories (404) and refuses trainees (403)", async () => {
    const languageBarriers = await themeId("offenbach", "Sprachbarrieren");
    const paths = [BASE, `${BASE}/${languageBarriers}`];
    for (const path of paths) expect((await new TestClient(app).get(path)).status, path).toBe(302);
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    for (const path of paths) {
      expect((await ravenna.get(path)).status, path).toBe(404);
      expect((await trainee.get(path)).status, path).toBe(403);
      expect((await trainee.post(path, { intent: "update", name: "Gekapert", colour: "#1d4f91" })).status, path).toBe(403);
    }
    // Another territory's theme under this territory's URL is not found, not editable.
    const foreign = await themeId("ravenna", "Barriere linguistiche");
    const partner = await signedIn("partner.offenbach@eccipa.example");
    expect((await partner.get(`${BASE}/${foreign}`)).status).toBe(404);
    expect((await partner.post(`${BASE}/${foreign}`, { intent: "delete" })).status).toBe(404);
    expect((await getDb().select().from(theme).where(eq(theme.id, foreign))).length).toBe(1);
  });

  it("gives each demo territory the default codebook in its own language, as a tree", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const html = decode(await (await partner.get(BASE)).text());
    const all = (list: typeof DEFAULT_CODEBOOK): typeof DEFAULT_CODEBOOK => list.flatMap((x) => [x, ...all(x.children ?? [])]);
    for (const theme of all(DEFAULT_CODEBOOK)) expect(html).toContain(theme.name.de);
    const [access] = await getDb().select({ id: theme.id }).from(theme).where(eq(theme.name, "Zugang zu Leistungen"));
    const [barriers] = await getDb().select({ parentId: theme.parentId }).from(theme).where(eq(theme.name, "Sprachbarrieren"));
    expect(barriers.parentId).toBe(access.id);
    const italian = decode(await (await signedIn("partner.ravenna@eccipa.example")).get("/it/t/ravenna/needs-review/codebook").then((r) => r.text()));
    expect(italian).toContain("Barriere linguistiche");
    expect(italian).not.toContain("Sprachbarrieren");
  });

  it("starts an empty codebook from the default once, however often the button is pressed", async () => {
    const ravenna = await territoryIdOf("ravenna");
    await clearCodebook("ravenna");
    const coordinator = await signedIn("coordinator.ravenna@eccipa.example");
    const empty = decode(await (await coordinator.get("/es/t/ravenna/needs-review/codebook")).text());
    expect(empty).toContain(t("es", "codebook.empty"));
    const before = await lastAuditId();
    for (let i = 0; i < 2; i++) expect((await coordinator.post("/es/t/ravenna/needs-review/codebook", { intent: "default" })).status).toBe(200);
    const [{ n }] = await getDb().select({ n: count() }).from(theme).where(eq(theme.territoryId, ravenna.id));
    const total = (list: typeof DEFAULT_CODEBOOK): number => list.reduce((s, x) => s + 1 + total(x.children ?? []), 0);
    expect(n).toBe(total(DEFAULT_CODEBOOK));
    // Ravenna's language is Italian, whatever the reader's.
    expect((await getDb().select().from(theme).where(and(eq(theme.territoryId, ravenna.id), eq(theme.name, "Barriere linguistiche")))).length).toBe(1);
    expect(await auditSince(before, "codebook.create_default")).toHaveLength(1);
  });

  it("answers invalid themes with 400 and translated errors, keeping what was typed", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    for (const lang of LANGS) {
      const path = `/${lang}/t/offenbach/needs-review/codebook`;
      const short = await partner.post(path, { intent: "create", name: "X", description: "bleibt stehen", colour: "#abcdef", parentId: "not-a-uuid" });
      expect(short.status, lang).toBe(400);
      const html = await short.text();
      expect(fieldError(html, "name"), lang).toBe(t(lang, "errors.nameTooShort"));
      expect(fieldError(html, "colour"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "parentId"), lang).toBe(t(lang, "errors.choose"));
      expect(inputValue(html, "name"), lang).toBe("X");
      expect(decode(html)).toContain("bleibt stehen");
      // The same name in another case is taken.
      const taken = await partner.post(path, { intent: "create", name: "SPRACHBARRIEREN", colour: "#1d4f91" });
      expect(taken.status, lang).toBe(400);
      expect(fieldError(await taken.text(), "name"), lang).toBe(t(lang, "errors.themeNameTaken"));
    }
    // A parent from another territory is refused like an unknown one.
    const foreignParent = await partner.post(BASE, { intent: "create", name: "Wohnen", colour: "#1d4f91", parentId: await themeId("ravenna", "Accesso ai servizi") });
    expect(foreignParent.status).toBe(400);
    expect(fieldError(await foreignParent.text(), "parentId")).toBe(t("en", "errors.choose"));
  });

  it("creates, renames and moves a theme, audited, and refuses a move under its own sub-theme", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await lastAuditId();
    const created = await partner.post(BASE, { intent: "create", name: "Wohnungssuche", description: "Wohnen und Unterkunft", colour: "#7a3e00", parentId: await themeId("offenbach", "Zugang zu Leistungen") });
    expect(created.status).toBe(200);
    const housing = await themeId("offenbach", "Wohnungssuche");
    expect(await auditSince(before, "theme.create")).toHaveLength(1);
    const renamed = await partner.post(`${BASE}/${housing}`, { intent: "update", name: "Wohnen", description: "Wohnungssuche, Unterkunft", colour: "#7a3e00", parentId: "" });
    expect(renamed.status).toBe(200);
    const [row] = await getDb().select().from(theme).where(eq(theme.id, housing));
    expect(row).toMatchObject({ name: "Wohnen", parentId: null });
    const [moved] = await auditSince(before, "theme.move");
    expect(moved.details).toMatchObject({ from: "Wohnungssuche", to: "Wohnen" });
    // Under its own child: refused, nothing changes.
    const child = await partner.post(BASE, { intent: "create", name: "Notunterkünfte", colour: "#7a3e00", parentId: housing });
    expect(child.status).toBe(200);
    const loop = await partner.post(`${BASE}/${housing}`, { intent: "update", name: "Wohnen", colour: "#7a3e00", parentId: await themeId("offenbach", "Notunterkünfte") });
    expect(loop.status).toBe(400);
    expect(fieldError(await loop.text(), "parentId")).toBe(t("en", "errors.themeMoveIntoItself"));
    expect((await getDb().select({ parentId: theme.parentId }).from(theme).where(eq(theme.id, housing)))[0].parentId).toBeNull();
  });

  it("merges a theme into another after a confirmation, moving its codings and the findings that cite them", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const source = await themeId("offenbach", "Sprachbarrieren");
    const target = await themeId("offenbach", "Informationen für Neuangekommene");
    const moving = await codingsOf(source);
    const staying = await codingsOf(target);
    expect(moving).toBeGreaterThan(0);
    // Passages coded with both themes by the same coder (the demo data has some) are kept once.
    const twins = await getDb().execute<{ n: number }>(
      sql`select count(*)::int as n from coding s join coding t on t.transcript_id = s.transcript_id and t.start = s.start and t."end" = s."end"
          and t.coder_user_id is not distinct from s.coder_user_id and t.theme_id = ${target} where s.theme_id = ${source}`,
    ).then((r) => r.rows[0].n);
    expect(twins).toBeGreaterThan(0);
    // A finding cites one of the source's codings.
    const offenbach = await territoryIdOf("offenbach");
    const [cited] = await getDb().select({ id: coding.id }).from(coding).where(eq(coding.themeId, source)).limit(1);
    const [f] = await getDb().insert(finding).values({ territoryId: offenbach.id, kind: "weakness", statement: "Es fehlt ein Dolmetscherdienst.", priority: "high" }).returning({ id: finding.id });
    await getDb().insert(findingEvidence).values({ findingId: f.id, codingId: cited.id });

    const ask = await partner.post(`${BASE}/${source}`, { intent: "merge", targetId: target });
    expect(ask.status).toBe(200);
    expect(decode(await ask.text())).toContain(t("en", "codebook.confirmMergeTitle"));
    expect(await codingsOf(source)).toBe(moving); // nothing yet

    const before = await lastAuditId();
    const done = await partner.post(`${BASE}/${source}`, { intent: "merge", targetId: target, confirm: "yes" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${BASE}/${target}?notice=merged`);
    expect(await getDb().select().from(theme).where(eq(theme.id, source))).toEqual([]);
    expect(await codingsOf(target)).toBe(moving + staying - twins);
    const evidence = await getDb().select().from(findingEvidence).where(eq(findingEvidence.findingId, f.id));
    expect(evidence).toHaveLength(1);
    const [audit] = await auditSince(before, "theme.merge");
    expect(audit.details).toMatchObject({ codingsMoved: moving - twins, duplicatesDropped: twins, mergedName: "Sprachbarrieren" });
    // The merged theme's page is gone; a second submit finds nothing.
    expect((await partner.post(`${BASE}/${source}`, { intent: "merge", targetId: target, confirm: "yes" })).status).toBe(404);
  });

  it("splits chosen passages off into a new theme, and refuses passages of another theme", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    // The two themes of the demo codebook with the most codings.
    const offenbach = await territoryIdOf("offenbach");
    const [first, second] = await getDb()
      .select({ themeId: coding.themeId, n: count() })
      .from(coding)
      .where(eq(coding.territoryId, offenbach.id))
      .groupBy(coding.themeId)
      .orderBy(desc(count()))
      .limit(2);
    const source = first.themeId;
    const passages = await getDb().select({ id: coding.id }).from(coding).where(eq(coding.themeId, source));
    expect(passages.length).toBeGreaterThan(1);
    const other = await getDb().select({ id: coding.id }).from(coding).where(eq(coding.themeId, second.themeId)).limit(1);
    const forged = await partner.post(`${BASE}/${source}`, { intent: "split", name: "Hilfe durch Kolleginnen", colour: "#0f6b3a", "codingIds[]": [passages[0].id, other[0].id] });
    expect(forged.status).toBe(400);
    expect(fieldError(await forged.text(), "codingIds[]")).toBe(t("en", "errors.passagesChanged"));
    const none = await partner.post(`${BASE}/${source}`, { intent: "split", name: "Hilfe durch Kolleginnen", colour: "#0f6b3a" });
    expect(fieldError(await none.text(), "codingIds[]")).toBe(t("en", "errors.passagesRequired"));

    const split = await partner.post(`${BASE}/${source}`, { intent: "split", name: "Hilfe durch Kolleginnen", colour: "#0f6b3a", "codingIds[]": [passages[0].id] });
    expect(split.status).toBe(200);
    const created = await themeId("offenbach", "Hilfe durch Kolleginnen");
    expect(await codingsOf(created)).toBe(1);
    expect(await codingsOf(source)).toBe(passages.length - 1);
  });

  it("deletes only a theme without codings and sub-themes", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const busy = await themeId("offenbach", "Informationen für Neuangekommene");
    const refused = await partner.post(`${BASE}/${busy}`, { intent: "delete" });
    expect(refused.status).toBe(400);
    expect(decode(await refused.text())).toContain(t("en", "errors.themeNotEmpty"));
    await partner.post(BASE, { intent: "create", name: "Leeres Thema", colour: "#4d4d4d" });
    const emptyTheme = await themeId("offenbach", "Leeres Thema");
    const deleted = await partner.post(`${BASE}/${emptyTheme}`, { intent: "delete" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`${BASE}?notice=deleted`);
    expect(await getDb().select().from(theme).where(eq(theme.id, emptyTheme))).toEqual([]);
  });
});
