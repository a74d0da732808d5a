// Following the Toolkit back to the Needs Review and forward again.
//   Back: a module → the needs it answers (territory, kind, wording that stands) → for needs of
//   the territory the reader is in, and readers who may see its Needs Review, the interviews
//   behind them. Needs of other territories show their statement and territory only: validated
//   findings are shared across the programme (as on the comparison page), quotes and interviews never.
//   Forward: every validated need of the programme → the modules that address it.
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { coding, findingEvidence, interview, moduleFinding, territory, trainingModule } from "~/db/schema";
import { listValidatedFindings } from "~/features/needs-review/coding/comparison.server";
import { coverageOf } from "./coverage";
import { listContributionChoices } from "./links.server";

type Territory = { id: string; programmeId: string };

async function territoryNames(db: Executor, programmeId: string, lang?: Language) {
  const name = lang ? territoryNameSql(territory, lang) : territory.name;
  const rows = await db.select({ id: territory.id, name }).from(territory).where(eq(territory.programmeId, programmeId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The interviews (date only) whose coded passages back each of the given findings of the territory. */
async function evidenceInterviews(db: Executor, args: { territoryId: string; findingIds: string[] }) {
  const byFinding = new Map<string, { id: string; conductedOn: string }[]>();
  if (!args.findingIds.length) return byFinding;
  const rows = await db
    .selectDistinct({ findingId: findingEvidence.findingId, id: interview.id, conductedOn: interview.conductedOn })
    .from(findingEvidence)
    .innerJoin(coding, eq(coding.id, findingEvidence.codingId))
    .innerJoin(interview, eq(interview.id, coding.interviewId))
    .where(and(eq(coding.territoryId, args.territoryId), eq(interview.territoryId, args.territoryId), inArray(findingEvidence.findingId, args.findingIds)))
    .orderBy(asc(interview.conductedOn), asc(interview.id));
  for (const { findingId, ...i } of rows) byFinding.set(findingId, [...(byFinding.get(findingId) ?? []), i]);
  return byFinding;
}

/**
 * The trace back of a module the reader found in her territory's Toolkit. `withEvidence`: she may
 * read the territory's Needs Review (else no links to it at all). A linked finding that is no
 * longer validated is only counted: its wording may not be shared outside its territory.
 */
export async function traceModuleBack(
  db: Executor,
  args: { territory: Territory; findingIds: string[]; contributionIds: string[]; withEvidence: boolean; lang?: Language },
) {
  const { territory: here } = args;
  const linked = new Set(args.findingIds);
  const [validated, names, contributions] = await Promise.all([
    args.findingIds.length ? listValidatedFindings(db, { programmeId: here.programmeId }) : [],
    territoryNames(db, here.programmeId, args.lang),
    listContributionChoices(db, { programmeId: here.programmeId, ids: args.contributionIds, lang: args.lang }),
  ]);
  const needs = validated.filter((f) => linked.has(f.id));
  const own = args.withEvidence ? needs.filter((f) => f.territoryId === here.id).map((f) => f.id) : [];
  const interviews = await evidenceInterviews(db, { territoryId: here.id, findingIds: own });
  return {
    needs: needs.map((f, key) => {
      const isHere = f.territoryId === here.id;
      return {
        key,
        /** Only the reader's own territory's finding ids reach her page. */
        id: isHere ? f.id : null,
        kind: f.kind,
        statement: f.statement,
        territoryName: names.get(f.territoryId) ?? "",
        /** Links into the Needs Review: only for the reader's territory, and only if she may read it. */
        evidence: isHere && args.withEvidence ? { interviews: interviews.get(f.id) ?? [] } : null,
      };
    }),
    notValidatedAnyMore: args.findingIds.length - needs.length,
    contributions,
  };
}

/** Module links of the Toolkit to findings, for the coverage. */
async function findingLinks(db: Executor, toolkitId: string) {
  return db
    .select({ findingId: moduleFinding.findingId, moduleId: trainingModule.id, title: trainingModule.title, position: trainingModule.position })
    .from(moduleFinding)
    .innerJoin(trainingModule, eq(trainingModule.id, moduleFinding.moduleId))
    .where(eq(trainingModule.toolkitId, toolkitId));
}

/** Every validated need of the programme with the modules of the Toolkit addressing it, and those none addresses. */
export async function traceNeedsForward(db: Executor, args: { territory: Territory; toolkitId: string | null; lang?: Language }) {
  const [validated, names, links] = await Promise.all([
    listValidatedFindings(db, { programmeId: args.territory.programmeId }),
    territoryNames(db, args.territory.programmeId, args.lang),
    args.toolkitId ? findingLinks(db, args.toolkitId) : [],
  ]);
  const needs = validated.map((f) => ({ id: f.id, kind: f.kind, statement: f.statement, priority: f.priority, territoryName: names.get(f.territoryId) ?? "", isHere: f.territoryId === args.territory.id }));
  const { addressed, unaddressed } = coverageOf(needs, links);
  // Only the reader's own territory's finding ids reach her page; other needs are told apart by position.
  const withoutForeignIds = (list: typeof addressed) => list.map((n, key) => ({ ...n, key, id: n.isHere ? n.id : null }));
  return { addressed: withoutForeignIds(addressed), unaddressed: withoutForeignIds(unaddressed) };
}

/** The modules of the Toolkit that address a finding, in Toolkit order. */
export async function listModulesAddressing(db: Executor, args: { toolkitId: string; findingId: string }) {
  return db
    .select({ id: trainingModule.id, title: trainingModule.title })
    .from(moduleFinding)
    .innerJoin(trainingModule, eq(trainingModule.id, moduleFinding.moduleId))
    .where(and(eq(moduleFinding.findingId, args.findingId), eq(trainingModule.toolkitId, args.toolkitId)))
    .orderBy(asc(trainingModule.position), asc(trainingModule.title));
}
