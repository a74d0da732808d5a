// The programme timeline as its admin keeps it: list, add, edit and delete phases. Every query
// names the programme; every change is audited in its transaction.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { programmePhase } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { PhaseInput } from "./timeline.schema";

/** The programme's phases in their order (position, then start), with what the edit form needs. */
export function listTimeline(db: Executor, args: { programmeId: string }) {
  return db
    .select({
      id: programmePhase.id,
      kind: programmePhase.kind,
      name: programmePhase.name,
      startsOn: programmePhase.startsOn,
      endsOn: programmePhase.endsOn,
      position: programmePhase.position,
    })
    .from(programmePhase)
    .where(eq(programmePhase.programmeId, args.programmeId))
    .orderBy(asc(programmePhase.position), asc(programmePhase.startsOn), asc(programmePhase.id));
}
export type TimelinePhase = Awaited<ReturnType<typeof listTimeline>>[number];

function detailsOf(input: PhaseInput) {
  return { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, languages: Object.keys(input.name) };
}

/** Adds a phase; without a position it goes after the others. */
export async function createPhase(db: Executor, args: { actor: Actor; programmeId: string; input: PhaseInput }): Promise<{ id: string }> {
  const { actor, programmeId, input } = args;
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ max: sql<number | null>`max(${programmePhase.position})` })
      .from(programmePhase)
      .where(eq(programmePhase.programmeId, programmeId));
    const position = input.position ?? (last?.max ?? -1) + 1;
    const [row] = await tx
      .insert(programmePhase)
      .values({ programmeId, kind: input.kind, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, position })
      .returning({ id: programmePhase.id });
    await recordAudit(tx, { actorUserId: actor.userId, programmeId, territoryId: null, action: "phase.create", objectType: "programme_phase", objectId: row.id, details: detailsOf(input) });
    return row;
  });
}

/** Changes a phase of this programme; false when it has no such phase. */
export async function updatePhase(db: Executor, args: { actor: Actor; programmeId: string; phaseId: string; input: PhaseInput }): Promise<boolean> {
  const { actor, programmeId, phaseId, input } = args;
  return db.transaction(async (tx) => {
    const set = { kind: input.kind, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, ...(input.position === undefined ? {} : { position: input.position }) };
    const rows = await tx
      .update(programmePhase)
      .set(set)
      .where(and(eq(programmePhase.id, phaseId), eq(programmePhase.programmeId, programmeId)))
      .returning({ id: programmePhase.id });
    if (!rows.length) return false;
    await recordAudit(tx, { actorUserId: actor.userId, programmeId, territoryId: null, action: "phase.update", objectType: "programme_phase", objectId: phaseId, details: detailsOf(input) });
    return true;
  });
}

/** Deletes a phase of this programme; false when it has no such phase. */
export async function deletePhase(db: Executor, args: { actor: Actor; programmeId: string; phaseId: string }): Promise<boolean> {
  const { actor, programmeId, phaseId } = args;
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(programmePhase)
      .where(and(eq(programmePhase.id, phaseId), eq(programmePhase.programmeId, programmeId)))
      .returning({ id: programmePhase.id, kind: programmePhase.kind, startsOn: programmePhase.startsOn, endsOn: programmePhase.endsOn });
    if (!rows.length) return false;
    const { kind, startsOn, endsOn } = rows[0];
    await recordAudit(tx, { actorUserId: actor.userId, programmeId, territoryId: null, action: "phase.delete", objectType: "programme_phase", objectId: phaseId, details: { kind, startsOn, endsOn } });
    return true;
  });
}
