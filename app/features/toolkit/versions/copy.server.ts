// A territory's own Toolkit made from a published version (of its programme's Toolkit, or of any
// other programme's): the modules with their outcomes, methods, durations and trainer notes, the
// competences matched by key among the target programme's competences, and the materials that
// are links. Needs and round-table contributions are not copied: they belong to the source
// programme. Uploaded files are not copied either: a version keeps only their names (decision 019).
import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { competence, moduleCompetence, moduleMaterial, programme, territory, toolkit, toolkitVersion, trainingModule } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { canInTerritory, type TerritoryPermission } from "~/tenancy/policy";
import { asVersionContent } from "./version-content";

/** Copying makes the territory's Toolkit, which it then publishes: its coordinators (and programme admins). */
export const COPY_PERMISSION: TerritoryPermission = "toolkit:publish";

type Target = { id: string; programmeId: string };

export type CopyResult = { ok: true; toolkitId: string } | { ok: false; reason: "notPublished" | "alreadyOwn" };

export async function copyPublishedVersion(db: Executor, args: { actor: Actor; target: Target; versionId: string }): Promise<CopyResult> {
  const { actor, target } = args;
  return db.transaction(async (tx) => {
    // The lock orders two copies into one territory: the second sees the first's Toolkit.
    await tx.select({ id: territory.id }).from(territory).where(eq(territory.id, target.id)).for("update");
    const [own] = await tx.select({ id: toolkit.id }).from(toolkit).where(eq(toolkit.territoryId, target.id)).limit(1);
    if (own) return { ok: false, reason: "alreadyOwn" } as const;
    const [version] = await tx
      .select({ id: toolkitVersion.id, number: toolkitVersion.number, content: toolkitVersion.content })
      .from(toolkitVersion)
      .where(and(eq(toolkitVersion.id, args.versionId), isNotNull(toolkitVersion.publishedAt)));
    const content = version ? asVersionContent(version.content) : null;
    if (!version || !content) return { ok: false, reason: "notPublished" } as const;

    const [made] = await tx
      .insert(toolkit)
      .values({ programmeId: target.programmeId, territoryId: target.id, title: content.title, language: content.language, introduction: content.introduction, copiedFromVersionId: version.id })
      .returning({ id: toolkit.id });
    const modules = content.modules.length
      ? await tx
          .insert(trainingModule)
          .values(
            content.modules.map((m, position) => ({
              toolkitId: made.id,
              title: m.title,
              summary: m.summary,
              learningOutcomes: m.learningOutcomes,
              methods: m.methods,
              durationMinutes: m.durationMinutes,
              trainerNotes: m.trainerNotes,
              position,
            })),
          )
          .returning({ id: trainingModule.id, position: trainingModule.position })
      : [];
    const moduleAt = new Map(modules.map((m) => [m.position, m.id]));

    const keys = [...new Set(content.modules.flatMap((m) => m.competences.map((c) => c.key)))];
    const found = keys.length
      ? await tx.select({ id: competence.id, key: competence.key }).from(competence).where(and(eq(competence.programmeId, target.programmeId), inArray(competence.key, keys)))
      : [];
    const competenceOf = new Map(found.map((c) => [c.key, c.id]));
    const links = content.modules.flatMap((m, position) =>
      m.competences.flatMap((c) => (competenceOf.has(c.key) ? [{ moduleId: moduleAt.get(position)!, competenceId: competenceOf.get(c.key)! }] : [])),
    );
    if (links.length) await tx.insert(moduleCompetence).values(links).onConflictDoNothing();
    const materials = content.modules.flatMap((m, position) =>
      m.materials.flatMap((x) => (x.url ? [{ moduleId: moduleAt.get(position)!, title: x.title, url: x.url, createdByUserId: actor.userId }] : [])),
    );
    if (materials.length) await tx.insert(moduleMaterial).values(materials);

    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: target.programmeId,
      territoryId: target.id,
      action: "toolkit.copy",
      objectType: "toolkit",
      objectId: made.id,
      details: {
        fromVersionId: version.id,
        fromNumber: version.number,
        modules: modules.length,
        competencesLinked: links.length,
        competencesMissing: keys.filter((k) => !competenceOf.has(k)),
        materials: materials.length,
      },
    });
    return { ok: true, toolkitId: made.id } as const;
  });
}

export type CopyTarget = { id: string; programmeId: string; slug: string; name: string; programmeName: string };

/**
 * The territories, in any programme, where the actor may make the territory's Toolkit: where she
 * is coordinator, and every territory of a programme she administers.
 */
export async function listCopyTargets(db: Executor, args: { actor: Actor }): Promise<CopyTarget[]> {
  const { actor } = args;
  const territoryIds = actor.territoryRoles.map((r) => r.territoryId);
  const adminOf = actor.programmeRoles.filter((r) => r.role === "programme_admin").map((r) => r.programmeId);
  const conditions = [
    ...(territoryIds.length ? [inArray(territory.id, territoryIds)] : []),
    ...(adminOf.length ? [inArray(territory.programmeId, adminOf)] : []),
  ];
  if (!conditions.length) return [];
  const rows = await db
    .select({ id: territory.id, programmeId: territory.programmeId, slug: territory.slug, name: territory.name, programmeName: programme.name })
    .from(territory)
    .innerJoin(programme, eq(programme.id, territory.programmeId))
    .where(or(...conditions))
    .orderBy(programme.name, territory.name);
  return rows.filter((t) => canInTerritory(actor, COPY_PERMISSION, t));
}
