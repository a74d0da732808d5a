// Who is acting: the signed-in user with every role she holds, loaded in two queries per request.
import { eq } from "drizzle-orm";
import { mustSetUpTwoStep } from "~/auth/two-step.server";
import type { Executor } from "~/db/client.server";
import { programmeMember, territory, territoryMember, type ProgrammeRole, type TerritoryRole } from "~/db/schema";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  programmeRoles: { programmeId: string; role: ProgrammeRole }[];
  territoryRoles: { territoryId: string; programmeId: string; slug: string; name: string; role: TerritoryRole }[];
  /** A programme requires two-step sign-in of one of her roles and she has not set it up (decision 023). */
  mustSetUpTwoStep?: boolean;
};

export async function loadActor(
  db: Executor,
  account: { id: string; name: string; email: string; twoFactorEnabled?: boolean | null },
): Promise<Actor> {
  const [programmeRoles, territoryRoles] = await Promise.all([
    db
      .select({ programmeId: programmeMember.programmeId, role: programmeMember.role })
      .from(programmeMember)
      .where(eq(programmeMember.userId, account.id)),
    db
      .select({
        territoryId: territoryMember.territoryId,
        programmeId: territory.programmeId,
        slug: territory.slug,
        name: territory.name,
        role: territoryMember.role,
      })
      .from(territoryMember)
      .innerJoin(territory, eq(territory.id, territoryMember.territoryId))
      .where(eq(territoryMember.userId, account.id))
      .orderBy(territory.name),
  ]);
  const setUpFirst = await mustSetUpTwoStep(db, { programmeRoles, territoryRoles }, Boolean(account.twoFactorEnabled));
  return { userId: account.id, name: account.name, email: account.email, programmeRoles, territoryRoles, mustSetUpTwoStep: setUpFirst };
}
