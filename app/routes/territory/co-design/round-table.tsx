import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { ContributionsSection, RankedList } from "~/components/co-design/contributions";
import { NeedsSection } from "~/components/co-design/needs";
import { ParticipantsSection } from "~/components/co-design/participants";
import { RoundTableForm } from "~/components/co-design/round-table-form";
import { StatusForm } from "~/components/co-design/status-form";
import { PrioritisationSection } from "~/components/co-design/votes";
import { FormAlert, Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { contributionSchema, needsSchema, participantSchema, removeSchema, roundTableSchema, statusSchema, votesSchema } from "~/features/co-design/co-design.schema";
import { addContribution, listContributions, listRankedContributions } from "~/features/co-design/contributions.server";
import { listNeedOptions, setNeeds } from "~/features/co-design/needs.server";
import { addParticipant, listMemberOptions, listParticipants } from "~/features/co-design/participants.server";
import { removeRoundTableRow } from "~/features/co-design/round-table-rows.server";
import type { Refusal } from "~/features/co-design/refusal";
import { findRoundTable, nextStatus, setRoundTableStatus, updateRoundTable } from "~/features/co-design/round-tables.server";
import { listVotes, saveVotes } from "~/features/co-design/votes.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/round-table";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "co-design:view");
  const roundTableId = parseUuid(args.params.roundTableId);
  const db = getDb();
  const table = roundTableId ? await findRoundTable(db, { territoryId: territory.id, roundTableId }) : null;
  if (!table) notFound();
  const canEdit = canInTerritory(actor, "co-design:edit", territory);
  const scope = { territoryId: territory.id, roundTableId: table.id };
  const [participants, needGroups, contributions, ranked, votes, members] = await Promise.all([
    listParticipants(db, scope),
    listNeedOptions(db, { territory, roundTableId: table.id, lang: getRequestState(args).lang }),
    listContributions(db, scope),
    listRankedContributions(db, { programmeId: territory.programmeId, territoryId: territory.id, roundTableId: table.id }),
    canEdit && table.status === "prioritising" ? listVotes(db, scope) : Promise.resolve([]),
    canEdit ? listMemberOptions(db, { territoryId: territory.id }) : Promise.resolve([]),
  ]);
  // Only the needs on the table reach a reader who cannot pick them (decision 013).
  const groups = canEdit ? needGroups : needGroups.map((g) => ({ ...g, findings: g.findings.filter((f) => f.onTable) })).filter((g) => g.findings.length);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    table,
    next: nextStatus(table.status),
    participants: participants.map(({ userId, ...p }) => ({ ...p, linked: userId !== null })),
    needGroups: groups,
    contributions,
    ranked: ranked.map(({ id, proposal, points, voters, rank }) => ({ id, proposal, points, voters, rank })),
    votes,
    members,
    canEdit,
  };
}

const refused = (formData: FormData, refusal: Refusal) => data({ ok: false as const, errors: refusal.errors, values: valuesOf(formData) }, { status: refusal.status ?? 400 });

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "co-design:edit");
  const roundTableId = parseUuid(args.params.roundTableId);
  if (!roundTableId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const scope = { actor, territory, roundTableId };
  switch (formData.get("intent")) {
    case "update": {
      const parsed = parseForm(roundTableSchema(getRequestState(args).lang), formData);
      if (!parsed.ok) return invalid(parsed);
      if (!(await updateRoundTable(db, { ...scope, input: parsed.value }))) notFound();
      return { ok: true as const, done: "saved" as const };
    }
    case "status": {
      const parsed = parseForm(statusSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await setRoundTableStatus(db, { ...scope, status: parsed.value.status });
      if (!result) notFound();
      if (result === "refused") return formError(formData, "coDesign.errors.statusStep", "_form", 409);
      return { ok: true as const, done: "status" as const };
    }
    case "participant": {
      const parsed = parseForm(participantSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await addParticipant(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return refused(formData, result);
      return { ok: true as const, done: "participant" as const };
    }
    case "remove-participant": {
      const parsed = parseForm(removeSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await removeRoundTableRow(db, { ...scope, kind: "participant", rowId: parsed.value.id });
      if (!result) notFound();
      if (result === "closed") return formError(formData, "coDesign.errors.closed", "_form", 409);
      return { ok: true as const, done: "participantRemoved" as const };
    }
    case "needs": {
      const parsed = parseForm(needsSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await setNeeds(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return refused(formData, result);
      return { ok: true as const, done: "needs" as const };
    }
    case "contribution": {
      const parsed = parseForm(contributionSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await addContribution(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return refused(formData, result);
      return { ok: true as const, done: "contribution" as const };
    }
    case "remove-contribution": {
      const parsed = parseForm(removeSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await removeRoundTableRow(db, { ...scope, kind: "contribution", rowId: parsed.value.id });
      if (!result) notFound();
      if (result === "closed") return formError(formData, "coDesign.errors.closed", "_form", 409);
      return { ok: true as const, done: "contributionRemoved" as const };
    }
    case "votes": {
      const parsed = parseForm(votesSchema(getRequestState(args).lang), formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await saveVotes(db, { ...scope, participantId: parsed.value.participantId ?? "", input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return refused(formData, result);
      return { ok: true as const, done: "votes" as const };
    }
    default:
      return formError(formData, "errors.invalid");
  }
}

export default function CoDesignRoundTable({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, table, next, participants, needGroups, contributions, ranked, votes, members, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}/co-design`;
  const title = t("coDesign.roundTableTitle", { theme: table.theme });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const stateFor = (intent: string) => (failed?.values?.intent === intent ? failed : undefined);
  const done = actionData?.ok ? actionData.done : null;
  const isOpen = table.status !== "closed";
  const needs = needGroups.flatMap((g) => g.findings.filter((f) => f.onTable));
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={base}>{t("coDesign.back", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {done ? <Notice>{t(`coDesign.done.${done}`)}</Notice> : null}
      <dl className="figures">
        <div>
          <dt>{t("coDesign.heldOn")}</dt>
          <dd>{formatDate(lang, table.heldOn, "long")}</dd>
        </div>
        <div>
          <dt>{t("coDesign.place")}</dt>
          <dd>{table.place || t("coDesign.notStated")}</dd>
        </div>
        <div>
          <dt>{t("coDesign.onlineUrl")}</dt>
          <dd>{table.onlineUrl ? <a href={table.onlineUrl}>{table.onlineUrl}</a> : t("coDesign.notStated")}</dd>
        </div>
        <div>
          <dt>{t("coDesign.votesPerParticipant")}</dt>
          <dd>{formatNumber(lang, table.votesPerParticipant)}</dd>
        </div>
        <div>
          <dt>{t("coDesign.status")}</dt>
          <dd>{t(`coDesign.statuses.${table.status}`)}</dd>
        </div>
      </dl>
      {table.notes ? <p className="transcript">{table.notes}</p> : null}
      {failed && !isOpen && !["update", "status"].includes(failed.values?.intent ?? "") ? <FormAlert state={failed} /> : null}
      {canEdit ? <StatusForm status={table.status} next={next} state={stateFor("status")} /> : null}
      <RankedList lang={lang} ranked={ranked} status={table.status} />
      <ParticipantsSection participants={participants} members={members} canEdit={canEdit && isOpen} state={stateFor("participant") ?? stateFor("remove-participant")} />
      <NeedsSection groups={needGroups} canEdit={canEdit && isOpen} state={stateFor("needs")} />
      <ContributionsSection contributions={contributions} needs={needs} participants={participants} canEdit={canEdit && isOpen} state={stateFor("contribution") ?? stateFor("remove-contribution")} />
      {canEdit && table.status === "prioritising" ? (
        <PrioritisationSection table={table} participants={participants} contributions={contributions} votes={votes} state={stateFor("votes")} />
      ) : null}
      {canEdit ? <RoundTableForm state={stateFor("update")} roundTable={table} /> : null}
    </>
  );
}
