// Cross-cutting views of the coded material: how often each theme comes up per target group
// (passages and participants), and which themes come up together (co-occurrence). Counts only:
// the quotes behind a cell are one click away on the passages page, under its own access rules.
import { sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { coding, interviewParticipant, participant, type TargetGroup } from "~/db/schema";
import { cooccurrenceCoefficient } from "./agreement";

export type MatrixCell = { themeId: string; targetGroup: TargetGroup; passages: number; participants: number };

/**
 * Theme × target group. A passage counts for a group when a participant of that group took part
 * in its interview, so a group interview's passage can count in two columns; each theme's total
 * counts it once.
 */
export async function themeGroupMatrix(db: Executor, args: { territoryId: string }) {
  const cells = await db.execute<MatrixCell>(sql`
    select ${coding.themeId} as "themeId", ${participant.targetGroup} as "targetGroup",
           count(distinct ${coding.id})::int as passages, count(distinct ${participant.id})::int as participants
    from ${coding}
    join ${interviewParticipant} on ${interviewParticipant.interviewId} = ${coding.interviewId}
    join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
    where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'
    group by 1, 2`);
  const totals = await db.execute<{ themeId: string; passages: number }>(sql`
    select ${coding.themeId} as "themeId", count(*)::int as passages
    from ${coding}
    where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'
    group by 1`);
  return { cells: cells.rows, totals: totals.rows };
}

export type CooccurrencePair = { themeA: string; themeB: string; n12: number; c: number };

/**
 * Co-occurrence of themes by paragraph: n1 is the number of paragraphs (of all transcripts) coded
 * with theme 1, n12 the number coded with both, and c = n12 / (n1 + n2 − n12), between 0 (never
 * together) and 1 (always together).
 */
export async function themeCooccurrence(db: Executor, args: { territoryId: string }) {
  const units = sql`
    select distinct ${coding.themeId} as theme_id, ${coding.transcriptId} as transcript_id, g.p
    from ${coding} cross join lateral generate_series(${coding.paragraphFirst}, ${coding.paragraphLast}) as g(p)
    where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'`;
  const [perTheme, pairs] = await Promise.all([
    db.execute<{ themeId: string; n: number }>(sql`with units as (${units}) select theme_id as "themeId", count(*)::int as n from units group by 1`),
    db.execute<{ themeA: string; themeB: string; n12: number }>(sql`
      with units as (${units})
      select a.theme_id as "themeA", b.theme_id as "themeB", count(*)::int as n12
      from units a join units b on a.transcript_id = b.transcript_id and a.p = b.p and a.theme_id < b.theme_id
      group by 1, 2`),
  ]);
  const n = new Map(perTheme.rows.map((r) => [r.themeId, r.n]));
  const result: CooccurrencePair[] = pairs.rows.map((r) => ({
    ...r,
    c: cooccurrenceCoefficient(n.get(r.themeA) ?? 0, n.get(r.themeB) ?? 0, r.n12),
  }));
  return { units: Object.fromEntries(n), pairs: result };
}
