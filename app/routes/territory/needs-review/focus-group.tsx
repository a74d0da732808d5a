import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { AttendanceForm, AttendeeCounts, QuickAddForm } from "~/components/needs-review/focus-group-attendees";
import { OutcomeForms, PresentedForm } from "~/components/needs-review/focus-group-findings";
import { FocusGroupForm } from "~/components/needs-review/focus-group-form";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { TARGET_GROUPS, type TargetGroup } from "~/db/enums";
import { attendeesSchema, focusGroupSchema, outcomeSchema, presentedSchema } from "~/features/needs-review/findings/findings.schema";
import { addNewAttendee, countAttendees, listAttendeeOptions, setAttendance } from "~/features/needs-review/focus-groups/focus-group-attendees.server";
import { findFocusGroup, listFindingsOfGroup, recordOutcome, setPresentedFindings, updateFocusGroup } from "~/features/needs-review/focus-groups/focus-groups.server";
import { parseUuid, quickParticipantSchema } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { type FieldErrors, formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/focus-group";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const focusGroupId = parseUuid(args.params.focusGroupId);
  const db = getDb();
  const group = focusGroupId ? await findFocusGroup(db, { territoryId: territory.id, focusGroupId }) : null;
  if (!group) notFound();
  const url = new URL(args.request.url);
  const requested = url.searchParams.get("group");
  const filter = {
    group: TARGET_GROUPS.includes(requested as TargetGroup) ? (requested as TargetGroup) : null,
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
  };
  const scope = { territoryId: territory.id, focusGroupId: group.id };
  const [counts, options, findings] = await Promise.all([
    countAttendees(db, scope),
    listAttendeeOptions(db, { ...scope, page: pageFromUrl(url), ...{ targetGroup: filter.group, q: filter.q } }),
    listFindingsOfGroup(db, scope),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    group,
    counts,
    options,
    filter,
    findings,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
  };
}

const fieldErrors = (formData: FormData, errors: FieldErrors) => data({ ok: false as const, errors, values: valuesOf(formData) }, { status: 400 });

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const focusGroupId = parseUuid(args.params.focusGroupId);
  if (!focusGroupId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const scope = { actor, territory, focusGroupId };
  switch (formData.get("intent")) {
    case "attendance": {
      const parsed = parseForm(attendeesSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await setAttendance(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return fieldErrors(formData, result.errors);
      return { ok: true as const, done: "attendance" as const };
    }
    case "quick-add": {
      const parsed = parseForm(quickParticipantSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const created = await addNewAttendee(db, { ...scope, input: parsed.value });
      if (!created) notFound();
      if (created === "duplicate") return formError(formData, "errors.pseudonymTaken", "pseudonym");
      return { ok: true as const, done: "quick-add" as const, pseudonym: parsed.value.pseudonym };
    }
    case "presented": {
      const parsed = parseForm(presentedSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await setPresentedFindings(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return fieldErrors(formData, result.errors);
      return { ok: true as const, done: "presented" as const };
    }
    case "outcome": {
      const parsed = parseForm(outcomeSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await recordOutcome(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return fieldErrors(formData, result.errors);
      return { ok: true as const, done: "outcome" as const };
    }
    default: {
      const parsed = parseForm(focusGroupSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      if (!(await updateFocusGroup(db, { ...scope, input: parsed.value }))) notFound();
      return { ok: true as const, done: "saved" as const };
    }
  }
}

export default function NeedsReviewFocusGroup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, group, counts, options, filter, findings, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("focusGroups.focusGroupTitle", { title: group.title });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const stateFor = (intent: string) => (failed?.values?.intent === intent ? failed : undefined);
  const done = actionData?.ok ? actionData.done : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/focus-groups`}>{t("focusGroups.back", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {done === "saved" ? <Notice>{t("focusGroups.saved")}</Notice> : null}
      {done === "attendance" ? <Notice>{t("focusGroups.attendanceSaved")}</Notice> : null}
      {actionData?.ok && actionData.done === "quick-add" ? <Notice>{t("focusGroups.attendeeAdded", { pseudonym: actionData.pseudonym })}</Notice> : null}
      {done === "presented" ? <Notice>{t("focusGroups.presentedSaved")}</Notice> : null}
      {done === "outcome" ? <Notice>{t("focusGroups.outcomeSaved")}</Notice> : null}
      <dl className="figures">
        <div>
          <dt>{t("focusGroups.heldOn")}</dt>
          <dd>{formatDate(lang, group.heldOn, "long")}</dd>
        </div>
        <div>
          <dt>{t("focusGroups.place")}</dt>
          <dd>{group.place || t("needsReview.notStated")}</dd>
        </div>
      </dl>
      {group.notes ? <p className="transcript">{group.notes}</p> : null}
      <h2>{t("focusGroups.attendees")}</h2>
      <AttendeeCounts lang={lang} counts={counts} />
      {canEdit ? (
        <>
          <AttendanceForm options={options} filter={filter} state={stateFor("attendance")} />
          <QuickAddForm state={stateFor("quick-add")} />
          <PresentedForm findings={findings} state={stateFor("presented")} />
          <OutcomeForms findings={findings} state={stateFor("outcome")} />
          <FocusGroupForm state={stateFor("update")} group={group} />
        </>
      ) : null}
    </>
  );
}
