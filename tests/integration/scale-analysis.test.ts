// The scale data generator (bench/scale-data.ts) at a small size, and the analysis statements
// rewritten for speed (decision 031) against the plain statements they replaced: the same
// matrix and co-occurrence on the generated territories and on the demo's Offenbach.
import { eq, type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Executor, getDb } from "~/db/client.server";
import { territory, theme } from "~/db/schema";
import { themeCooccurrence, themeGroupMatrix } from "~/features/needs-review/coding/analysis.server";
import { generateScale, type ScaleResult } from "../../bench/scale-data";
import { listThemes } from "~/features/needs-review/codebook/codebook.server";
import { signedInClient, startApp } from "../support/app";
import { decode } from "../support/pages";

const SMALL = {
  territories: 3,
  bigInterviews: 24,
  bigCodings: 3000,
  interviews: 8,
  codings: 300,
  trainees: 60,
  bigTrainees: 40,
  sessionsPerCohort: 4,
  findings: 6,
  deskSources: 3,
  auditEntries: 50,
};

let loaded: ScaleResult;
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
  loaded = await generateScale(getDb(), { sizes: SMALL });
});

/** The matrix as first written: a count(distinct) over every coding joined to its participants. */
async function referenceMatrix(territoryId: string) {
  const db = getDb();
  const cells = await db.execute<{ themeId: string; targetGroup: string; passages: number; participants: number }>(sql`
    select c.theme_id as "themeId", p.target_group as "targetGroup", count(distinct c.id)::int as passages, count(distinct p.id)::int as participants
    from coding c join interview_participant ip on ip.interview_id = c.interview_id join participant p on p.id = ip.participant_id
    where c.territory_id = ${territoryId} and c.placement = 'placed' group by 1, 2`);
  const totals = await db.execute<{ themeId: string; passages: number }>(sql`
    select theme_id as "themeId", count(*)::int as passages from coding where territory_id = ${territoryId} and placement = 'placed' group by 1`);
  return { cells: cells.rows, totals: totals.rows };
}

/** The co-occurrence as first written: the units expanded per coding, joined to themselves. */
async function referenceCooccurrence(territoryId: string) {
  const units = sql`select distinct theme_id, transcript_id, g.p from coding cross join lateral generate_series(paragraph_first, paragraph_last) g(p)
    where territory_id = ${territoryId} and placement = 'placed'`;
  const perTheme = await getDb().execute<{ themeId: string; n: number }>(sql`with units as (${units}) select theme_id as "themeId", count(*)::int as n from units group by 1`);
  const pairs = await getDb().execute<{ themeA: string; themeB: string; n12: number }>(sql`
    with units as (${units})
    select a.theme_id as "themeA", b.theme_id as "themeB", count(*)::int as n12
    from units a join units b on a.transcript_id = b.transcript_id and a.p = b.p and a.theme_id < b.theme_id group by 1, 2`);
  return { units: Object.fromEntries(perTheme.rows.map((r) => [r.themeId, r.n])), pairs: pairs.rows };
}

const byKey = <T extends Record<string, unknown>>(rows: T[], ...keys: (keyof T)[]) =>
  [...rows].sort((a, b) => keys.map((k) => String(a[k])).join("|").localeCompare(keys.map((k) => String(b[k])).join("|")));

async function territoryId(slug: string) {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  return row.id;
}

describe("scale data", () => {
  it("loads the territories, interviews, codings and training it was asked for, and refuses to load twice", async () => {
    expect(loaded.slugs).toEqual(["scale-01", "scale-02", "scale-03"]);
    expect(loaded.counts.territory).toBe(3);
    expect(loaded.counts.interview).toBe(24 + 2 * 8);
    expect(loaded.counts.transcript).toBe(24 + 2 * 8);
    expect(loaded.counts.coding).toBe(3000 + 2 * 300);
    expect(loaded.counts.enrolment).toBe(60);
    expect(loaded.counts.attendance).toBe(60 * 4);
    await expect(generateScale(getDb(), { sizes: SMALL })).rejects.toThrow(/already loaded/);
  });

  it("is deterministic: the same seed under another prefix gives the same matrix, theme by theme", async () => {
    await generateScale(getDb(), { sizes: SMALL, prefix: "again" });
    const named = async (slug: string) => {
      const id = await territoryId(slug);
      const names = new Map((await getDb().select({ id: theme.id, name: theme.name }).from(theme).where(eq(theme.territoryId, id))).map((t) => [t.id, t.name]));
      const { cells } = await themeGroupMatrix(getDb(), { territoryId: id });
      return byKey(
        cells.map((c) => ({ ...c, themeId: names.get(c.themeId) ?? "" })),
        "themeId",
        "targetGroup",
      );
    };
    const first = await named("scale-01");
    expect(first.length).toBeGreaterThan(10);
    expect(await named("again-01")).toEqual(first);
  });
});

describe("the analysis statements", () => {
  it.each(["scale-01", "scale-02", "offenbach"])("give the matrix and the co-occurrence of the plain statements (%s)", async (slug) => {
    const id = await territoryId(slug);
    const matrix = await themeGroupMatrix(getDb(), { territoryId: id });
    const reference = await referenceMatrix(id);
    expect(reference.cells.length).toBeGreaterThan(0);
    expect(byKey(matrix.cells, "themeId", "targetGroup")).toEqual(byKey(reference.cells, "themeId", "targetGroup"));
    expect(byKey(matrix.totals, "themeId")).toEqual(byKey(reference.totals, "themeId"));

    const cooccurrence = await themeCooccurrence(getDb(), { territoryId: id });
    const plain = await referenceCooccurrence(id);
    expect(plain.pairs.length).toBeGreaterThan(0);
    expect(cooccurrence.units).toEqual(plain.units);
    expect(byKey(cooccurrence.pairs.map(({ themeA, themeB, n12 }) => ({ themeA, themeB, n12 })), "themeA", "themeB")).toEqual(byKey(plain.pairs, "themeA", "themeB"));
  });
});

/** The statements a call sends (the analysis functions use execute only). */
async function statementsOf(fn: (db: Executor) => Promise<unknown>): Promise<SQL[]> {
  const sent: SQL[] = [];
  const spy = { execute: (query: SQL) => (sent.push(query), getDb().execute(query)) } as unknown as Executor;
  await fn(spy);
  return sent;
}

type PlanNode = { "Plan Rows": number; Plans?: PlanNode[] };
function largestEstimate(node: PlanNode): number {
  return Math.max(node["Plan Rows"], ...(node.Plans ?? []).map(largestEstimate));
}

describe("the analysis statements' plans", () => {
  it("send one statement each, whose planner estimates stay within ten times the territory's codings", async () => {
    const id = await territoryId("scale-01");
    const [{ n: codings }] = (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from coding where territory_id = ${id}`)).rows;
    for (const fn of [(db: Executor) => themeGroupMatrix(db, { territoryId: id }), (db: Executor) => themeCooccurrence(db, { territoryId: id })]) {
      const statements = await statementsOf(fn);
      expect(statements).toHaveLength(1);
      const { rows } = await getDb().execute<{ "QUERY PLAN": unknown }>(sql`EXPLAIN (FORMAT JSON) ${statements[0]}`);
      const raw = rows[0]["QUERY PLAN"];
      const [plan] = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
      // The paragraphs expanded by generate_series were estimated at 1,000 per coding.
      expect(largestEstimate(plan.Plan)).toBeLessThanOrEqual(10 * codings);
    }
  });
});

describe("the analysis page at scale", () => {
  it("lists the codebook's themes without counting codings again, and shows every theme's total", async () => {
    const id = await territoryId("scale-01");
    const counted = await listThemes(getDb(), { territoryId: id });
    const uncounted = await listThemes(getDb(), { territoryId: id, counts: false });
    expect(uncounted.map((t) => ({ ...t, codings: 0 }))).toEqual(counted.map((t) => ({ ...t, codings: 0 })));
    expect(uncounted.every((t) => t.codings === 0)).toBe(true);

    const admin = await signedInClient(app, "admin@eccipa.example");
    const response = await admin.get("/en/t/scale-01/needs-review/analysis");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    const { totals } = await themeGroupMatrix(getDb(), { territoryId: id });
    expect(totals.length).toBeGreaterThan(5);
    for (const t of counted) expect(html).toContain(t.name);
  });
});
