// `npm run budget` (decision 030): the weight of every page on the demo, as each demo account
// that may open it gets it. Builds nothing: run `npx react-router build` first. Prints one row per
// route and account, largest HTML first: HTML bytes, HTML gzip, scripts gzip (the module preloads
// and entry imports the HTML names, read from build/client), within budget or not. Exits 1 when a
// page is over its HTML budget or the scripts budget, or shows a catalog key raw.
// tests/integration/page-budget.test.ts asserts the same on every route.
import { and, eq, isNotNull } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { builtRouteModules, fillPattern, flattenRoutes } from "../tests/support/route-table";
import { startApp, TestClient } from "../tests/support/app";
import { BUDGET, DATA_HEAVY_PAGES, pageWeight, type PageWeight } from "./page-weight";

export const BUDGET_ACCOUNTS = [
  { key: "visitor" },
  { key: "programme admin", email: "admin@eccipa.example" },
  { key: "expert", email: "expert@eccipa.example" },
  { key: "coordinator", email: "coordinator.offenbach@eccipa.example" },
  { key: "technical partner", email: "partner.offenbach@eccipa.example" },
  { key: "trainer", email: "trainer.offenbach@eccipa.example" },
  { key: "trainee", email: "trainee.offenbach@eccipa.example" },
  { key: "committee member", email: "committee.offenbach@eccipa.example" },
] as const;

const TERRITORY = "offenbach";
const PROGRAMME = "eccipa";

export type BudgetRow = PageWeight & { route: string; path: string; account: string; status: number; rawKeys: string[] };
export type BudgetReport = { rows: BudgetRow[]; skipped: string[] };

type Ids = Record<string, string | undefined>;

/** An id of the demo for every URL parameter, in territory A (Offenbach), the programme's otherwise. */
async function demoIds(): Promise<{ ids: Ids; enrolmentOf: Map<string, string> }> {
  const { getDb } = await import("../app/db/client.server");
  const s = await import("../app/db/schema");
  const db = getDb();
  const [t] = await db.select({ id: s.territory.id }).from(s.territory).where(eq(s.territory.slug, TERRITORY));
  const first = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows)[0]?.id;
  const inT = (table: { territoryId: AnyPgColumn }) => eq(table.territoryId, t.id);
  const [withTranscript] = await db
    .select({ id: s.interview.id })
    .from(s.interview)
    .innerJoin(s.transcript, eq(s.transcript.interviewId, s.interview.id))
    .where(inT(s.interview))
    .orderBy(s.interview.conductedOn)
    .limit(1);
  const cohortId = await first(db.select({ id: s.cohort.id }).from(s.cohort).where(and(inT(s.cohort), eq(s.cohort.kind, "staff"))).limit(1));
  const enrolments = await db
    .select({ id: s.enrolment.id, email: s.user.email })
    .from(s.enrolment)
    .innerJoin(s.user, eq(s.user.id, s.enrolment.userId))
    .where(inT(s.enrolment));
  const [material] = await db.select({ id: s.moduleMaterial.id, moduleId: s.moduleMaterial.moduleId }).from(s.moduleMaterial).limit(1);
  const ids: Ids = {
    lang: "en",
    programme: PROGRAMME,
    territory: TERRITORY,
    participantId: await first(db.select({ id: s.participant.id }).from(s.participant).where(inT(s.participant)).orderBy(s.participant.pseudonym).limit(1)),
    interviewId: withTranscript?.id,
    themeId: await first(db.select({ id: s.theme.id }).from(s.theme).where(inT(s.theme)).orderBy(s.theme.name).limit(1)),
    checkId: await first(db.select({ id: s.agreementCheck.id }).from(s.agreementCheck).where(inT(s.agreementCheck)).limit(1)),
    sourceId: await first(db.select({ id: s.deskSource.id }).from(s.deskSource).where(inT(s.deskSource)).limit(1)),
    findingId: await first(db.select({ id: s.finding.id }).from(s.finding).where(inT(s.finding)).limit(1)),
    focusGroupId: await first(db.select({ id: s.focusGroup.id }).from(s.focusGroup).where(inT(s.focusGroup)).limit(1)),
    competenceId: await first(db.select({ id: s.competence.id }).from(s.competence).limit(1)),
    roundTableId: await first(db.select({ id: s.roundTable.id }).from(s.roundTable).where(inT(s.roundTable)).limit(1)),
    cohortId,
    certificateId: await first(db.select({ id: s.certificate.id }).from(s.certificate).where(inT(s.certificate)).limit(1)),
    sessionId: cohortId ? await first(db.select({ id: s.trainingSession.id }).from(s.trainingSession).where(eq(s.trainingSession.cohortId, cohortId)).limit(1)) : undefined,
    enrolmentId: enrolments[0]?.id,
    phase: "post",
    moduleId: material?.moduleId,
    materialId: material?.id,
    versionId: await first(db.select({ id: s.toolkitVersion.id }).from(s.toolkitVersion).where(isNotNull(s.toolkitVersion.publishedAt)).limit(1)),
    publicationId: await first(db.select({ id: s.reportPublication.id }).from(s.reportPublication).limit(1)),
    "*": "no-such-page",
  };
  return { ids, enrolmentOf: new Map(enrolments.map((e) => [e.email, e.id])) };
}

/** Requests every page route of the build as every demo account; keeps the HTML pages each may open (200). */
export async function measurePages(): Promise<BudgetReport> {
  const handle = await startApp({ demo: true });
  const built = await builtRouteModules();
  const { ids, enrolmentOf } = await demoIds();
  const rows: BudgetRow[] = [];
  const skipped = new Set<string>();
  const pages = flattenRoutes().filter((r) => typeof built[r.id]?.module.default === "function");
  const seenPaths = new Set<string>();
  for (const account of BUDGET_ACCOUNTS) {
    const client = new TestClient(handle);
    if ("email" in account) await client.signIn(account.email);
    for (const route of pages) {
      const values: Record<string, string> = {};
      const missing = route.params.filter((p) => {
        const value = p === "enrolmentId" && "email" in account ? (enrolmentOf.get(account.email) ?? ids[p]) : ids[p];
        if (value !== undefined) values[p] = value;
        return value === undefined;
      });
      if (missing.length) {
        skipped.add(`${route.file}: the demo has no ${missing.map((p) => `:${p}`).join(", ")}`);
        continue;
      }
      const path = fillPattern(route.pattern, values);
      if (route.layout && seenPaths.has(`${account.key} ${path}`)) continue; // a layout answers as its index
      seenPaths.add(`${account.key} ${path}`);
      const response = await client.get(path);
      const html = await response.text();
      if (response.status !== 200 || !html.startsWith("<!DOCTYPE html>")) continue;
      const { rawKeysIn } = await import("../tests/support/raw-keys");
      rows.push({ route: route.file, path, account: account.key, status: response.status, rawKeys: rawKeysIn(html), ...pageWeight(html, route.file) });
    }
  }
  rows.sort((a, b) => b.htmlGzip - a.htmlGzip || b.scriptsGzip - a.scriptsGzip);
  return { rows, skipped: [...skipped].sort() };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function formatReport({ rows, skipped }: BudgetReport): string {
  const header = ["route", "account", "HTML KB", "HTML gzip KB", "scripts gzip KB", "app scripts gzip KB", "within budget"];
  const verdict = (ok: boolean, r: BudgetRow) => (r.rawKeys.length ? `NO (raw keys: ${r.rawKeys.join(", ")})` : ok ? "yes" : "NO");
  const lines = rows.map((r) => [
    r.route.replace(/^routes\//, ""),
    r.account,
    kb(r.htmlBytes),
    kb(r.htmlGzip),
    kb(r.scriptsGzip),
    kb(r.appScriptsGzip),
    verdict(r.withinBudget, r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  const over = rows.filter((r) => !r.withinBudget || r.rawKeys.length).length;
  const heavy = Object.entries(DATA_HEAVY_PAGES).map(([route, budget]) => `${route.replace(/^routes\//, "")} ${kb(budget)} KB`);
  return [
    `Budgets (decisions 030, 036): HTML ≤ ${kb(BUDGET.htmlGzip)} KB gzip (data-heavy pages: ${heavy.join(", ")}); scripts ≤ ${kb(BUDGET.scriptsGzip)} KB gzip. App scripts: beyond the client entry and its imports (Preact, React Router).`,
    fmt(header),
    ...lines.map(fmt),
    `${rows.length} pages (${new Set(rows.map((r) => r.route)).size} routes): ${over} over their budgets or with raw keys.`,
    ...skipped.map((s) => `not measured: ${s}`),
  ].join("\n");
}

if (process.argv[1]?.endsWith("page-budget.ts")) {
  process.env.PGLITE_DATA_DIR ??= "memory://";
  const report = await measurePages();
  console.log(formatReport(report));
  process.exit(report.rows.some((r) => !r.withinBudget || r.rawKeys.length) ? 1 : 0);
}
