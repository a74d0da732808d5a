// List pages at scale are paged (issue 10): on a small load of the scale data (bench/scale-data.ts)
// with more than a page of trainees, the territory's member list and a cohort's certificates
// show their first page capped, and the second page holds the rest, no one twice.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { cohort, territory } from "~/db/schema";
import { MEMBERS_PAGE_SIZE } from "~/features/members/members.server";
import { generateScale } from "../../bench/scale-data";
import { signedInClient, startApp, type TestClient } from "../support/app";
import { listCohortCertificates } from "~/features/certificates/certificates.server";
import { decode, t } from "../support/pages";

let admin: TestClient;
let cohortId: string;

// Territory scale-01 gets 130 trainees (a coordinator and a trainer besides); its first cohort 98.
const SIZES = { territories: 2, bigInterviews: 4, bigCodings: 40, interviews: 2, codings: 10, trainees: 140, bigTrainees: 130, sessionsPerCohort: 2, findings: 2, deskSources: 1, auditEntries: 10 };

beforeAll(async () => {
  const app = await startApp();
  await generateScale(getDb(), { sizes: SIZES });
  admin = await signedInClient(app, "admin@eccipa.example");
  const [t] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "scale-01"));
  const [c] = await getDb()
    .select({ id: cohort.id })
    .from(cohort)
    .where(and(eq(cohort.territoryId, t.id), eq(cohort.name, "Invented cohort 1 (scale data)")));
  cohortId = c.id;
});

/** The names in the first column of the page's table rows (a th per row). */
function rowNames(html: string): string[] {
  return [...html.matchAll(/<th scope="row"[^>]*>([^<]+)</g)].map((m) => decode(m[1]));
}

async function page(path: string) {
  const response = await admin.get(path);
  expect(response.status).toBe(200);
  return response.text();
}

describe("paged list pages", () => {
  it("shows a territory's members a page at a time: 50 on the first, the rest on the second", async () => {
    const first = await page("/en/t/scale-01/members");
    const names = rowNames(first);
    expect(names).toHaveLength(MEMBERS_PAGE_SIZE);
    expect(first).toContain('href="/en/t/scale-01/members?page=2"');
    const second = rowNames(await page("/en/t/scale-01/members?page=2"));
    const third = rowNames(await page("/en/t/scale-01/members?page=3"));
    // 130 trainees, the coordinator and the trainer: 132 people, each once.
    expect(names.length + second.length + third.length).toBe(132);
    expect(second).toHaveLength(MEMBERS_PAGE_SIZE);
    expect(new Set([...names, ...second, ...third]).size).toBe(132);
  });

  it("shows a cohort's certificates table a page at a time, and still offers to issue to every eligible trainee", async () => {
    const first = await page(`/en/t/scale-01/training/cohorts/${cohortId}/certificates`);
    const names = rowNames(first);
    expect(names).toHaveLength(50);
    expect(decode(first)).toContain(`/en/t/scale-01/training/cohorts/${cohortId}/certificates?page=2`);
    const second = rowNames(await page(`/en/t/scale-01/training/cohorts/${cohortId}/certificates?page=2`));
    expect(second).toHaveLength(98 - 50);
    expect(new Set([...names, ...second]).size).toBe(98);
    // The button counts the eligible trainees without a certificate of every page, not of the first.
    const [scale01] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "scale-01"));
    const listed = await listCohortCertificates(getDb(), { territoryId: scale01.id, cohortId });
    const issuable = (listed?.trainees ?? []).filter((tr) => tr.completion.eligible && !tr.certificate).length;
    expect(issuable).toBeGreaterThan(1);
    expect(decode(first)).toContain(t("en", "certificates.cohort.issueAll_other", { count: issuable }));
  });
});
