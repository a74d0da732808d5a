// Editing and deleting desk research sources. Refusals (302/404/403/400) before the happy paths;
// deletion only after a confirmation; a second delete finds nothing and says so.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { deskSource } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { sourceId } from "../support/needs-review";
import { decode, fieldError, inputValue, LANGS, selectedOption, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const SOURCES = "/en/t/offenbach/needs-review/sources";
// Demo data: one of Offenbach's sources and one of Ravenna's.
const OFFENBACH_SOURCE = "Statistik der Ausländerbehörde 2020 (Beispiel)";
const RAVENNA_SOURCE = "Piano comunale per l'integrazione (esempio)";
const VALID = { title: "Statistik 2020, korrigiert", kind: "statistics", url: "https://example.org/statistik.pdf", notes: "Zahlen ergänzt.", themes: "Wartezeiten, Termine" };

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function storedSource(id: string) {
  const [row] = await getDb().select().from(deskSource).where(eq(deskSource.id, id));
  return row;
}

describe("editing and deleting desk research sources", () => {
  it("sends a visitor to sign in (302), on GET and POST, and changes nothing", async () => {
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    const path = `${SOURCES}/${id}/edit`;
    const visitor = new TestClient(app);
    const response = await visitor.get(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    expect((await visitor.post(path, { intent: "delete", confirm: "yes" })).status).toBe(302);
    expect(await storedSource(id)).toBeDefined();
  });

  it("answers 404 for another territory's source, an unknown id and a malformed one, and never touches Ravenna's", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ravennaId = await sourceId("ravenna", RAVENNA_SOURCE);
    const before = await lastAuditId();
    for (const id of [ravennaId, "00000000-0000-4000-8000-000000000000", "not-a-uuid", "'%20OR%201=1"]) {
      const path = `/it/t/offenbach/needs-review/sources/${id}/edit`;
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(404);
      const html = decode(await response.text());
      expect(html).toContain(t("it", "errorPage.kinds.notFound.title"));
      expect(html).not.toContain(RAVENNA_SOURCE);
      expect((await coordinator.post(path, VALID)).status, `update ${path}`).toBe(404);
      expect((await coordinator.post(path, { intent: "delete" })).status, `ask ${path}`).toBe(404);
    }
    // The confirmed delete of Ravenna's source finds nothing here: the list says so, Ravenna keeps it.
    const confirmed = await coordinator.post(`/it/t/offenbach/needs-review/sources/${ravennaId}/edit`, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/it/t/offenbach/needs-review/sources?deleted=0");
    expect((await storedSource(ravennaId)).title).toBe(RAVENNA_SOURCE);
    // Ravenna's coordinator cannot reach Offenbach's sources either.
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const offenbachPath = `${SOURCES}/${await sourceId("offenbach", OFFENBACH_SOURCE)}/edit`;
    expect((await ravenna.get(offenbachPath)).status).toBe(404);
    expect((await ravenna.post(offenbachPath, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect(await auditSince(before, "desk_source.update")).toEqual([]);
    expect(await auditSince(before, "desk_source.delete")).toEqual([]);
  });

  it("refuses trainers, trainees and committee members (403), translated, on the page and both forms", async () => {
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    const path = `/de/t/offenbach/needs-review/sources/${id}/edit`;
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      const page = await client.get(path);
      expect(page.status, email).toBe(403);
      expect(decode(await page.text())).toContain(t("de", "errorPage.kinds.forbidden.title"));
      expect((await client.post(path, VALID)).status, email).toBe(403);
      expect((await client.post(path, { intent: "delete", confirm: "yes" })).status, email).toBe(403);
    }
    expect((await storedSource(id)).title).toBe(OFFENBACH_SOURCE);
  });

  it("answers invalid input with 400, translated errors and the typed values kept, changing nothing", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    for (const lang of LANGS) {
      const response = await partner.post(`/${lang}/t/offenbach/needs-review/sources/${id}/edit`, { title: "X", kind: "diary", url: "ftp://example.org/x", notes: "", themes: "a, b" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "title"), lang).toBe(t(lang, "errors.nameTooShort"));
      expect(fieldError(html, "kind"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "url"), lang).toBe(t(lang, "errors.url"));
      expect(inputValue(html, "title"), lang).toBe("X");
      expect(inputValue(html, "url"), lang).toBe("ftp://example.org/x");
      expect(inputValue(html, "themes"), lang).toBe("a, b");
    }
    expect((await storedSource(id)).title).toBe(OFFENBACH_SOURCE);
  });

  it("shows the stored values (200), saves the edit (302 to the list, which says so) and audits which fields changed", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    const path = `${SOURCES}/${id}/edit`;
    const list = decode(await (await partner.get(SOURCES)).text());
    expect(list).toContain(`href="${path}"`);

    const page = await partner.get(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(inputValue(html, "title")).toBe(OFFENBACH_SOURCE);
    expect(selectedOption(html, "kind")).toBe("statistics");
    expect(inputValue(html, "themes")).toBe("Wartezeiten");

    const before = await lastAuditId();
    const saved = await partner.post(path, VALID);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${SOURCES}?saved=1`);
    expect(await storedSource(id)).toMatchObject({ title: VALID.title, kind: "statistics", url: VALID.url, notes: VALID.notes, themes: ["Wartezeiten", "Termine"] });
    const updates = await auditSince(before, "desk_source.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ objectType: "desk_source", objectId: id, details: { changed: ["title", "url", "notes", "themes"] } });
    const after = decode(await (await partner.get(`${SOURCES}?saved=1`)).text());
    expect(after).toContain(t("en", "needsReview.sourceSaved"));
    expect(after).toContain(VALID.title);
  });

  it("deletes a source only after a confirmation, audits it, and answers a second delete with a notice, not an error", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await sourceId("offenbach", "Integrationskonzept des Kreises (Beispiel)");
    const path = `/de/t/offenbach/needs-review/sources/${id}/edit`;
    const before = await lastAuditId();

    const asked = await coordinator.post(path, { intent: "delete" });
    expect(asked.status).toBe(200);
    const askedHtml = decode(await asked.text());
    expect(askedHtml).toContain(t("de", "needsReview.confirmDeleteSourceTitle"));
    expect(askedHtml).toContain(t("de", "needsReview.confirmDeleteSourceBody", { title: "Integrationskonzept des Kreises (Beispiel)" }));
    expect(askedHtml).toContain('name="confirm" value="yes"');
    expect(await storedSource(id)).toBeDefined();
    expect(await auditSince(before, "desk_source.delete")).toEqual([]);

    const confirmed = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/de/t/offenbach/needs-review/sources?deleted=1");
    expect(await storedSource(id)).toBeUndefined();
    const deletions = await auditSince(before, "desk_source.delete");
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ objectType: "desk_source", objectId: id, details: { kind: "strategy" } });
    const list = decode(await (await coordinator.get(confirmed.headers.get("location")!)).text());
    expect(list).toContain(t("de", "needsReview.sourceDeleted"));
    expect(list).not.toContain("Integrationskonzept des Kreises (Beispiel)");

    // The same confirmation sent again (a double click): nothing left, the list says so.
    const again = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe("/de/t/offenbach/needs-review/sources?deleted=0");
    expect(decode(await (await coordinator.get(again.headers.get("location")!)).text())).toContain(t("de", "needsReview.alreadyDeleted"));
    expect(await auditSince(before, "desk_source.delete")).toHaveLength(1);
    // A form left open on the deleted source: 404, translated.
    expect((await coordinator.get(path)).status).toBe(404);
    expect((await coordinator.post(path, VALID)).status).toBe(404);
  });
});
