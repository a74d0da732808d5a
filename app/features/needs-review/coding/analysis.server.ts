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
 *
 * One statement (decision 031): the codings are first counted per theme and interview (a few
 * thousand rows however many codings), and only those counts meet the interviews' participants,
 * so nothing is sorted per coding for a count(distinct). Rows with a null group are the totals.
 */
export async function themeGroupMatrix(db: Executor, args: { territoryId: string }) {
  const { rows } = await db.execute<{ themeId: string; targetGroup: TargetGroup | null; passages: number; participants: number }>(sql`
    with per_interview as (
      select ${coding.themeId} as theme_id, ${coding.interviewId} as interview_id, count(*)::int as n
      from ${coding}
      where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'
      group by 1, 2
    ),
    attended as (
      select ${interviewParticipant.interviewId} as interview_id, ${participant.id} as participant_id, ${participant.targetGroup} as target_group
      from ${interviewParticipant} join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
      where ${participant.territoryId} = ${args.territoryId}
    ),
    groups as (select distinct interview_id, target_group from attended),
    passages as (
      select pi.theme_id, g.target_group, sum(pi.n)::int as passages
      from per_interview pi join groups g on g.interview_id = pi.interview_id
      group by 1, 2
    ),
    people as (
      select theme_id, target_group, count(*)::int as participants
      from (select distinct pi.theme_id, a.target_group, a.participant_id from per_interview pi join attended a on a.interview_id = pi.interview_id) x
      group by 1, 2
    )
    select p.theme_id as "themeId", p.target_group as "targetGroup", p.passages, q.participants
    from passages p join people q on q.theme_id = p.theme_id and q.target_group = p.target_group
    union all
    select theme_id, null, sum(n)::int, 0 from per_interview group by 1`);
  const cells: MatrixCell[] = [];
  const totals: { themeId: string; passages: number }[] = [];
  for (const r of rows) {
    if (r.targetGroup === null) totals.push({ themeId: r.themeId, passages: r.passages });
    else cells.push({ themeId: r.themeId, targetGroup: r.targetGroup, passages: r.passages, participants: r.participants });
  }
  return { cells, totals };
}

export type CooccurrencePair = { themeA: string; themeB: string; n12: number; c: number };

/**
 * Co-occurrence of themes by paragraph: n1 is the number of paragraphs (of all transcripts) coded
 * with theme 1, n12 the number coded with both, and c = n12 / (n1 + n2 − n12), between 0 (never
 * together) and 1 (always together).
 *
 * One statement, without expanding codings into paragraphs (decision 031): a theme's paragraphs
 * of a transcript are one bit string (bit p set when paragraph p is coded: the OR of its codings'
 * spans), so n1 is a count of set bits and n12 the count of the AND of two themes' strings of the
 * same transcript. The planner sees true row counts (one row per coding, then per theme and
 * transcript) and nothing spills; the codings are read straight from the table, not from a CTE
 * (which spilled to disk under PGlite's 4 MB work_mem). Rows with a null second theme are the
 * per-theme counts.
 */
export async function themeCooccurrence(db: Executor, args: { territoryId: string }) {
  const { rows } = await db.execute<{ themeA: string; themeB: string | null; n: number }>(sql`
    with bounds as (
      select max(${coding.paragraphLast}) + 1 as len, ~repeat('0', max(${coding.paragraphLast}) + 1)::varbit as ones
      from ${coding}
      where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'
    ),
    covered as (
      select ${coding.themeId} as theme_id, ${coding.transcriptId} as transcript_id,
             bit_or((ones >> ${coding.paragraphFirst}) & (ones << (len - 1 - ${coding.paragraphLast}))) as bits
      from ${coding}, bounds
      where ${coding.territoryId} = ${args.territoryId} and ${coding.placement} = 'placed'
      group by 1, 2
    ),
    pairs as materialized (
      select a.theme_id as a, b.theme_id as b, bit_count(a.bits & b.bits) as n
      from covered a join covered b on a.transcript_id = b.transcript_id and a.theme_id < b.theme_id
    )
    select a as "themeA", b as "themeB", sum(n)::int as n from pairs group by 1, 2 having sum(n) > 0
    union all
    select theme_id, null, sum(bit_count(bits))::int from covered group by 1`);
  const n = new Map<string, number>();
  for (const r of rows) if (r.themeB === null) n.set(r.themeA, r.n);
  const pairs: CooccurrencePair[] = rows
    .filter((r): r is typeof r & { themeB: string } => r.themeB !== null)
    .map((r) => ({ themeA: r.themeA, themeB: r.themeB, n12: r.n, c: cooccurrenceCoefficient(n.get(r.themeA) ?? 0, n.get(r.themeB) ?? 0, r.n) }));
  return { units: Object.fromEntries(n), pairs };
}
