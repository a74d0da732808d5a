// Partner organisations of a programme, attached to a territory or programme-wide.
import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { organisation, territory } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { OrganisationInput } from "./organisations.schema";

export const ORGANISATION_PAGE_SIZE = 50;

export async function listOrganisations(db: Executor, programmeId: string, page = 1) {
  const where = eq(organisation.programmeId, programmeId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        countryCode: organisation.countryCode,
        website: organisation.website,
        territoryName: territory.name,
      })
      .from(organisation)
      .leftJoin(territory, eq(territory.id, organisation.territoryId))
      .where(where)
      .orderBy(asc(organisation.name))
      .limit(ORGANISATION_PAGE_SIZE)
      .offset((page - 1) * ORGANISATION_PAGE_SIZE),
    db.select({ total: count() }).from(organisation).where(where),
  ]);
  return { rows, total, page, pageSize: ORGANISATION_PAGE_SIZE };
}

/** Organisations a member of this territory can belong to: its own and the programme-wide ones. */
export function listOrganisationsForTerritory(db: Executor, args: { programmeId: string; territoryId: string }) {
  return db
    .select({ id: organisation.id, name: organisation.name, territoryId: organisation.territoryId })
    .from(organisation)
    .where(
      and(
        eq(organisation.programmeId, args.programmeId),
        or(isNull(organisation.territoryId), eq(organisation.territoryId, args.territoryId)),
      ),
    )
    .orderBy(asc(organisation.name));
}

export async function createOrganisation(db: Executor, args: { actor: Actor; programmeId: string; input: OrganisationInput }) {
  return db.transaction(async (tx) => {
    if (args.input.territoryId) {
      // The territory must belong to the same programme; anything else is a forged form.
      const [owner] = await tx
        .select({ id: territory.id })
        .from(territory)
        .where(and(eq(territory.id, args.input.territoryId), eq(territory.programmeId, args.programmeId)));
      if (!owner) return null;
    }
    const [created] = await tx
      .insert(organisation)
      .values({
        programmeId: args.programmeId,
        territoryId: args.input.territoryId ?? null,
        name: args.input.name,
        kind: args.input.kind,
        countryCode: args.input.countryCode,
        website: args.input.website ?? null,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.programmeId,
      territoryId: created.territoryId,
      action: "organisation.create",
      objectType: "organisation",
      objectId: created.id,
      details: { name: created.name },
    });
    return created;
  });
}
