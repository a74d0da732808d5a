import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { DeleteConfirmation, DeleteSection } from "~/components/needs-review/delete-section";
import { InterviewForm } from "~/components/needs-review/interviews";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { interviewLanguageOptions } from "~/features/needs-review/interviews/interview-languages";
import { deleteInterview, findInterviewForEdit, updateInterview } from "~/features/needs-review/interviews/interview-changes.server";
import { listInterviewerOptions, listParticipantOptions } from "~/features/needs-review/interviews/interviews.server";
import { interviewSchema, parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeQuery } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/interview-edit";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  const db = getDb();
  const scope = { territoryId: territory.id };
  const found = interviewId ? await findInterviewForEdit(db, { ...scope, interviewId }) : null;
  if (!found) notFound();
  const [interviewers, participants] = await Promise.all([listInterviewerOptions(db, scope), listParticipantOptions(db, scope)]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    interview: found,
    languageOptions: interviewLanguageOptions(getRequestState(args).lang, territory.languages, found.language),
    interviewers,
    participants,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  if (!interviewId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const list = `/${getRequestState(args).lang}/t/${territory.slug}/needs-review/interviews`;
  if (formData.get("intent") === "delete") {
    // First step: say what goes with it, and ask. Only a second POST with confirm=yes deletes.
    if (formData.get("confirm") !== "yes") {
      const found = await findInterviewForEdit(db, { territoryId: territory.id, interviewId });
      if (!found) notFound();
      return { ok: true as const, confirm: { conductedOn: found.conductedOn, hasTranscript: found.hasTranscript } };
    }
    // A second click finds nothing to delete: the list says so instead of an error.
    const done = await deleteInterview(db, { actor, territory, interviewId });
    const notice = done ? { deleted: "deleted" as const, transcripts: done.transcriptDeleted ? 1 : 0 } : { deleted: "gone" as const };
    return redirect(`${list}${changeNoticeQuery(notice)}`);
  }
  const parsed = parseForm(interviewSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  // Interviewer and participants are checked against the territory, newcomers against the consent gate.
  const updated = await updateInterview(db, { actor, territory, interviewId, input: parsed.value });
  if (updated === null) notFound();
  if ("errors" in updated) return data({ ok: false as const, errors: updated.errors, values: valuesOf(formData) }, { status: 400 });
  return redirect(`${list}/${updated.id}${changeNoticeQuery({ saved: true })}`);
}

export default function NeedsReviewInterviewEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interview, interviewers, participants, languageOptions } = loaderData;
  const detail = `/${lang}/t/${territory.slug}/needs-review/interviews/${interview.id}`;
  const date = formatDate(lang, interview.conductedOn, "long");
  const title = t("needsReview.editInterviewTitle", { date });
  const asked = actionData?.ok ? actionData.confirm : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={detail}>{t("needsReview.backToInterview", { date })}</Link>
      </p>
      <h1>{title}</h1>
      {asked ? (
        <DeleteConfirmation
          title={t("needsReview.confirmDeleteInterviewTitle", { date: formatDate(lang, asked.conductedOn, "long") })}
          confirm={t("needsReview.confirmDeleteInterview")}
          cancelHref={`${detail}/edit`}
        >
          <p>{t("needsReview.confirmDeleteInterviewBody")}</p>
          <p>
            <strong>{asked.hasTranscript ? t("needsReview.confirmDeleteInterviewTranscript") : t("needsReview.confirmDeleteInterviewNoTranscript")}</strong>
          </p>
        </DeleteConfirmation>
      ) : null}
      <InterviewForm
        state={actionData && !actionData.ok ? actionData : undefined}
        interviewers={interviewers}
        participants={participants}
        defaultLanguage={interview.language}
        languageOptions={languageOptions}
        stored={interview}
      />
      <DeleteSection heading={t("needsReview.deleteInterview")} body={t("needsReview.deleteInterviewBody")} button={t("needsReview.deleteInterviewButton")} />
    </>
  );
}
