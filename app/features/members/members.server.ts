// Members of a territory or programme, and the invitations that bring them in.
import { createHash, randomBytes } from "node:crypto";
import { and, asc, countDistinct, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import type { LocalizedText } from "~/db/schema";
import {
  invitation,
  organisation,
  programme,
  programmeMember,
  territory,
  territoryMember,
  user,
  type ProgrammeRole,
  type TerritoryRole,
} from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { territoryNameIn } from "~/features/territories/territory-name";
import { sendEmail } from "~/features/email/email.server";
import { baseUrl } from "~/auth/auth.server";
import { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";

const INVITATION_DAYS = 14;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** People per page of a territory's member list. */
export const MEMBERS_PAGE_SIZE = 50;

/**
 * One page of the territory's members, by name: one row per person with all her roles; her
 * organisation is the first one named in the order of her roles.
 */
export async function listTerritoryMembers(db: Executor, args: { territoryId: string; page: number }) {
  const { rows } = await db.execute<{ userId: string; name: string; email: string; roles: TerritoryRole[]; organisationName: string | null; total: number }>(sql`
    select ${user.id} as "userId", ${user.name} as name, ${user.email} as email,
           array_agg(${territoryMember.role} order by ${territoryMember.role}) as roles,
           (array_agg(${organisation.name} order by ${territoryMember.role}) filter (where ${organisation.name} is not null))[1] as "organisationName",
           (count(*) over ())::int as total
    from ${territoryMember}
    join ${user} on ${user.id} = ${territoryMember.userId}
    left join ${organisation} on ${organisation.id} = ${territoryMember.organisationId}
    where ${territoryMember.territoryId} = ${args.territoryId}
    group by ${user.id}, ${user.name}, ${user.email}
    order by ${user.name}, ${user.id}
    limit ${MEMBERS_PAGE_SIZE} offset ${(args.page - 1) * MEMBERS_PAGE_SIZE}`);
  const members = rows.map(({ userId, name, email, roles, organisationName }) => ({ userId, name, email, roles, organisationName }));
  // Past the last page there is no row to carry the count.
  const total = rows[0]?.total ?? (await countTerritoryMembers(db, args.territoryId));
  return { members, total, page: args.page, pageSize: MEMBERS_PAGE_SIZE };
}

async function countTerritoryMembers(db: Executor, territoryId: string) {
  const [row] = await db.select({ n: countDistinct(territoryMember.userId) }).from(territoryMember).where(eq(territoryMember.territoryId, territoryId));
  return row?.n ?? 0;
}

export async function listProgrammeMembers(db: Executor, programmeId: string) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email, role: programmeMember.role })
    .from(programmeMember)
    .innerJoin(user, eq(user.id, programmeMember.userId))
    .where(eq(programmeMember.programmeId, programmeId))
    .orderBy(asc(user.name));
}

/** Invitations not yet accepted, revoked or expired, for a territory (or the programme level when territoryId is null). */
export function listPendingInvitations(db: Executor, scope: { programmeId: string; territoryId: string | null }) {
  return db
    .select({
      id: invitation.id,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .where(
      and(
        eq(invitation.programmeId, scope.programmeId),
        scope.territoryId === null ? isNull(invitation.territoryId) : eq(invitation.territoryId, scope.territoryId),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitation.createdAt));
}

type InvitationInput = {
  email: string;
  name: string;
  role: TerritoryRole | ProgrammeRole;
  language: Language;
  organisationId?: string;
};

/**
 * Records the invitation and its audit entry in one transaction, then emails the link.
 * Returns whether the email went out: a failure keeps the invitation, which can be resent.
 */
export async function createInvitation(
  db: Executor,
  args: {
    actor: Actor | null;
    programmeId: string;
    territory: { id: string; name: string; names?: LocalizedText } | null;
    input: InvitationInput;
  },
): Promise<{ invitationId: string; emailSent: boolean; link: string }> {
  const token = randomBytes(32).toString("base64url");
  const { input } = args;
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitation)
      .values({
        programmeId: args.programmeId,
        territoryId: args.territory?.id ?? null,
        email: input.email,
        name: input.name,
        role: input.role,
        organisationId: input.organisationId ?? null,
        language: input.language,
        tokenHash: hashToken(token),
        invitedByUserId: args.actor?.userId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      })
      .returning({ id: invitation.id });
    await recordAudit(tx, {
      actorUserId: args.actor?.userId ?? null,
      programmeId: args.programmeId,
      territoryId: args.territory?.id ?? null,
      action: "invitation.create",
      objectType: "invitation",
      objectId: row.id,
      details: { role: input.role },
    });
    return row;
  });
  const [prog] = await db.select({ name: programme.name }).from(programme).where(eq(programme.id, args.programmeId));
  const link = `${baseUrl()}/${input.language}/invitation?token=${token}`;
  const t = getServerT(input.language);
  try {
    await sendEmail({
      programmeId: args.programmeId,
      to: input.email,
      subject: t("email.invitation.subject", { programme: prog.name }),
      text: t("email.invitation.body", {
        name: input.name,
        inviter: args.actor?.name ?? "Eccipa",
        role: t(`roles.${input.role}`),
        // The territory's name in the email's language (decision 027).
        place: args.territory ? territoryNameIn(args.territory, input.language).text : prog.name,
        link,
        days: INVITATION_DAYS,
      }),
    });
    return { invitationId: created.id, emailSent: true, link };
  } catch (error) {
    console.error("invitation email failed", error);
    return { invitationId: created.id, emailSent: false, link };
  }
}

export async function revokeInvitation(
  db: Executor,
  args: { actor: Actor; programmeId: string; territoryId: string | null; invitationId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitation)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitation.id, args.invitationId),
          eq(invitation.programmeId, args.programmeId),
          args.territoryId === null ? isNull(invitation.territoryId) : eq(invitation.territoryId, args.territoryId),
          isNull(invitation.acceptedAt),
          isNull(invitation.revokedAt),
        ),
      )
      .returning({ id: invitation.id });
    if (!revoked) return false;
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.programmeId,
      territoryId: args.territoryId,
      action: "invitation.revoke",
      objectType: "invitation",
      objectId: revoked.id,
    });
    return true;
  });
}

/** An invitation that can still be accepted, found by the token from its link. */
export async function findOpenInvitation(db: Executor, token: string) {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      programmeId: invitation.programmeId,
      programmeName: programme.name,
      territoryId: invitation.territoryId,
      territoryName: territory.name,
      territorySlug: territory.slug,
      organisationId: invitation.organisationId,
      language: invitation.language,
    })
    .from(invitation)
    .innerJoin(programme, eq(programme.id, invitation.programmeId))
    .leftJoin(territory, eq(territory.id, invitation.territoryId))
    .where(
      and(
        eq(invitation.tokenHash, hashToken(token)),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findOpenInvitation>>>;

/** Gives the invited person her role and marks the invitation used, with its audit entry. */
export async function grantInvitation(db: Executor, args: { invite: OpenInvitation; userId: string }) {
  const { invite, userId } = args;
  await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitation)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitation.id, invite.id), isNull(invitation.acceptedAt)))
      .returning({ id: invitation.id });
    if (!claimed) return; // accepted twice (double submit): the first one did the work
    if (invite.territoryId) {
      await tx
        .insert(territoryMember)
        .values({
          territoryId: invite.territoryId,
          userId,
          role: invite.role as TerritoryRole,
          organisationId: invite.organisationId,
        })
        .onConflictDoNothing();
    } else {
      await tx
        .insert(programmeMember)
        .values({ programmeId: invite.programmeId, userId, role: invite.role as ProgrammeRole })
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      actorUserId: userId,
      programmeId: invite.programmeId,
      territoryId: invite.territoryId,
      action: "invitation.accept",
      objectType: "invitation",
      objectId: invite.id,
      details: { role: invite.role },
    });
  });
}
