// The Needs Review team of a territory: the members whose role lets them do the review's work
// (coordinators and technical partners), and so the only ones who can be named as interviewer
// or coder. Trainers, trainees and committee members are members of the territory, not of it.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { territoryMember, user } from "~/db/schema";
import { TERRITORY_PERMISSIONS } from "~/tenancy/policy";

const TEAM_ROLES = [...TERRITORY_PERMISSIONS["needs-review:edit"]];

/** The team, by name. */
export async function listReviewTeam(db: Executor, args: { territoryId: string }) {
  return db
    .selectDistinct({ userId: user.id, name: user.name })
    .from(territoryMember)
    .innerJoin(user, eq(user.id, territoryMember.userId))
    .where(and(eq(territoryMember.territoryId, args.territoryId), inArray(territoryMember.role, TEAM_ROLES)))
    .orderBy(asc(user.name), asc(user.id));
}

export async function isReviewTeamMember(db: Executor, args: { territoryId: string; userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ userId: territoryMember.userId })
    .from(territoryMember)
    .where(and(eq(territoryMember.territoryId, args.territoryId), eq(territoryMember.userId, args.userId), inArray(territoryMember.role, TEAM_ROLES)))
    .limit(1);
  return Boolean(row);
}
