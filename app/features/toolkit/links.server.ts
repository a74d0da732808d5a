// What a module may be linked to, all within the module's programme: the competences of its
// framework, the validated findings (needs) of its territories, and the contributions of its
// round tables. The same queries fill the checkboxes and check what came back from the form.
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { type CompetenceGroup, competence, roundTable, roundTableContribution, roundTableVote, territory } from "~/db/schema";
import { pickLocalized } from "~/i18n/localized";
import { qualified } from "~/db/sql";
import { listValidatedFindings } from "~/features/needs-review/coding/comparison.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import type { FieldErrors } from "~/http/form.server";
import type { Language } from "~/i18n/languages";
import type { ModuleInput } from "./toolkit.schema";

export type CompetenceChoice = { id: string; key: string; group: CompetenceGroup; name: string };
export type ContributionChoice = { id: string; proposal: string; theme: string; heldOn: string; territoryName: string; points: number };

/** The programme's competences in framework order, named in the page language (else the first that has it). */
export async function listCompetenceChoices(db: Executor, args: { programmeId: string; lang: Language }): Promise<CompetenceChoice[]> {
  const rows = await db
    .select({ id: competence.id, key: competence.key, group: competence.group, name: competence.name })
    .from(competence)
    .where(eq(competence.programmeId, args.programmeId))
    .orderBy(sql`array_position(array['values','attitudes','skills','knowledge']::text[], ${competence.group})`, asc(competence.position), asc(competence.key));
  return rows.map((r) => ({ id: r.id, key: r.key, group: r.group, name: pickLocalized(r.name, args.lang)?.text ?? r.key }));
}

/** Points of a contribution: the sum of its votes (a subquery on round_table_contribution). */
const pointsOf = sql<number>`coalesce((select sum(${roundTableVote.points}) from ${roundTableVote}
  where ${roundTableVote.contributionId} = ${qualified(roundTableContribution.id)}), 0)::int`;

/** Contributions of the programme's round tables, highest ranked first. */
export async function listContributionChoices(db: Executor, args: { programmeId: string; ids?: string[]; lang?: Language }): Promise<ContributionChoice[]> {
  if (args.ids && !args.ids.length) return [];
  return db
    .select({
      id: roundTableContribution.id,
      proposal: roundTableContribution.proposal,
      theme: roundTable.theme,
      heldOn: roundTable.heldOn,
      territoryName: args.lang ? territoryNameSql(territory, args.lang) : territory.name,
      points: pointsOf,
    })
    .from(roundTableContribution)
    .innerJoin(roundTable, eq(roundTable.id, roundTableContribution.roundTableId))
    .innerJoin(territory, eq(territory.id, roundTable.territoryId))
    .where(and(eq(territory.programmeId, args.programmeId), args.ids ? inArray(roundTableContribution.id, args.ids) : undefined))
    .orderBy(desc(pointsOf), asc(roundTable.heldOn), asc(roundTableContribution.createdAt), asc(roundTableContribution.id));
}

/** Every choice of the module form, for the programme. */
export async function listModuleChoices(db: Executor, args: { programmeId: string; lang: Language }) {
  const [competences, findings, contributions, territories] = await Promise.all([
    listCompetenceChoices(db, args),
    listValidatedFindings(db, { programmeId: args.programmeId }),
    listContributionChoices(db, { programmeId: args.programmeId, lang: args.lang }),
    db.select({ id: territory.id, name: territoryNameSql(territory, args.lang) }).from(territory).where(eq(territory.programmeId, args.programmeId)),
  ]);
  const names = new Map(territories.map((t) => [t.id, t.name]));
  return {
    competences: competences.map(({ id, name }) => ({ id, name })),
    // The wording that stands and the territory: what the programme shares of a validated finding.
    findings: findings.map((f) => ({ id: f.id, kind: f.kind, statement: f.statement, territoryName: names.get(f.territoryId) ?? "" })),
    contributions,
  };
}
export type ModuleChoices = Awaited<ReturnType<typeof listModuleChoices>>;

export type CheckedLinks = { competenceIds: string[]; findingIds: string[]; contributionIds: string[] };

/**
 * The ticked ids, each checked against the programme: a competence of its framework, a finding a
 * focus group validated, a contribution of one of its round tables. Any other id (a foreign one,
 * a rejected finding, junk) refuses the form with an error on that list.
 */
export async function checkModuleLinks(db: Executor, args: { programmeId: string; input: ModuleInput }): Promise<CheckedLinks | { errors: FieldErrors }> {
  const wanted = (field: "competenceIds[]" | "findingIds[]" | "contributionIds[]") => [...new Set(args.input[field])];
  const asUuids = (ids: string[]) => ids.map(parseUuid).filter((id): id is string => id !== null);
  const competenceIds = wanted("competenceIds[]");
  const findingIds = wanted("findingIds[]");
  const contributionIds = wanted("contributionIds[]");
  const [competences, validated, contributions] = await Promise.all([
    asUuids(competenceIds).length
      ? db.select({ id: competence.id }).from(competence).where(and(eq(competence.programmeId, args.programmeId), inArray(competence.id, asUuids(competenceIds))))
      : [],
    findingIds.length ? listValidatedFindings(db, { programmeId: args.programmeId }) : [],
    listContributionChoices(db, { programmeId: args.programmeId, ids: asUuids(contributionIds) }),
  ]);
  const validatedIds = new Set(validated.map((f) => f.id));
  const errors: FieldErrors = {};
  if (competences.length !== competenceIds.length) errors["competenceIds[]"] = ["toolkit.errors.competenceUnknown"];
  if (!findingIds.every((id) => validatedIds.has(id))) errors["findingIds[]"] = ["toolkit.errors.findingUnknown"];
  if (contributions.length !== contributionIds.length) errors["contributionIds[]"] = ["toolkit.errors.contributionUnknown"];
  if (Object.keys(errors).length) return { errors };
  return { competenceIds, findingIds, contributionIds };
}
