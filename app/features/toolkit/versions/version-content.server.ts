// Reads a Toolkit's rows for a version: one query per table for the whole Toolkit (never one per
// module), then the pure builder in version-content.ts. Materials are read without their bytes,
// and needs and contributions only as counts per module.
import { asc, count, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { competence, moduleCompetence, moduleContribution, moduleFinding, moduleMaterial, trainingModule } from "~/db/schema";
import { moduleColumns } from "../modules.server";
import { buildVersionContent, type VersionContent } from "./version-content";

type Toolkit = { id: string; title: string; introduction: string; language: string };

export async function readVersionContent(db: Executor, args: { toolkit: Toolkit }): Promise<VersionContent> {
  const { toolkit } = args;
  const ofToolkit = eq(trainingModule.toolkitId, toolkit.id);
  const [modules, competences, materials, needCounts, contributionCounts] = await Promise.all([
    db
      .select(moduleColumns)
      .from(trainingModule)
      .where(ofToolkit)
      .orderBy(asc(trainingModule.position)),
    db
      .select({ moduleId: moduleCompetence.moduleId, key: competence.key, group: competence.group, name: competence.name, position: competence.position })
      .from(moduleCompetence)
      .innerJoin(trainingModule, eq(trainingModule.id, moduleCompetence.moduleId))
      .innerJoin(competence, eq(competence.id, moduleCompetence.competenceId))
      .where(ofToolkit),
    db
      .select({ moduleId: moduleMaterial.moduleId, title: moduleMaterial.title, url: moduleMaterial.url, fileName: moduleMaterial.fileName, createdAt: moduleMaterial.createdAt })
      .from(moduleMaterial)
      .innerJoin(trainingModule, eq(trainingModule.id, moduleMaterial.moduleId))
      .where(ofToolkit),
    db
      .select({ moduleId: moduleFinding.moduleId, count: count() })
      .from(moduleFinding)
      .innerJoin(trainingModule, eq(trainingModule.id, moduleFinding.moduleId))
      .where(ofToolkit)
      .groupBy(moduleFinding.moduleId),
    db
      .select({ moduleId: moduleContribution.moduleId, count: count() })
      .from(moduleContribution)
      .innerJoin(trainingModule, eq(trainingModule.id, moduleContribution.moduleId))
      .where(ofToolkit)
      .groupBy(moduleContribution.moduleId),
  ]);
  return buildVersionContent({
    toolkit: { title: toolkit.title, introduction: toolkit.introduction, language: toolkit.language },
    modules,
    competences,
    materials,
    needCounts,
    contributionCounts,
  });
}
