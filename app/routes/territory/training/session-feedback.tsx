// Feedback on a session by a trainee enrolled in its cohort (404 for anyone else): a rating from
// 1 to 5 and an optional comment, once the session has taken place. Giving it again replaces it.
import { useTranslation } from "~/i18n/use-translation";
import { redirect } from "react-router";
import { ChoiceFieldset, FormAlert, Notice, TextAreaField } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { COMMENT_MAX } from "~/features/assessments/assessment-fields";
import { feedbackSchema } from "~/features/assessments/assessments.schema";
import { findSessionForFeedback, isPast, saveFeedback } from "~/features/assessments/feedback.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeFromUrl, changeNoticeQuery } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatDateTime } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/session-feedback";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

async function resolve(args: Route.LoaderArgs | Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const sessionId = parseUuid(args.params.sessionId);
  if (!sessionId) notFound();
  const db = getDb();
  const session = await findSessionForFeedback(db, { actor, territoryId: territory.id, sessionId });
  if (!session) notFound();
  return { db, actor, territory, session };
}

export async function loader(args: Route.LoaderArgs) {
  const { territory, session } = await resolve(args);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    session: { title: session.title, startsAt: session.startsAt, cohortName: session.cohortName },
    isPast: isPast(session),
    feedback: session.feedback,
    saved: changeNoticeFromUrl(new URL(args.request.url)).saved,
  };
}

export async function action(args: Route.ActionArgs) {
  const { db, actor, territory, session } = await resolve(args);
  const formData = await args.request.formData();
  if (!isPast(session)) return formError(formData, "assessments.errors.sessionNotYet");
  const parsed = parseForm(feedbackSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await saveFeedback(db, { actor, territory, session, input: parsed.value });
  const url = new URL(args.request.url);
  throw redirect(`${url.pathname}${changeNoticeQuery({ saved: true })}`, 303);
}

export default function SessionFeedback({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, session, isPast, feedback, saved } = loaderData;
  const title = t("assessments.feedbackTitle", { session: session.title });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const chosen = failed?.values ? failed.values.rating : feedback ? String(feedback.rating) : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <h1>{title}</h1>
      {saved ? <Notice>{t("assessments.feedbackSaved")}</Notice> : null}
      <p>{t("assessments.feedbackIntro", { cohort: session.cohortName, date: formatDateTime(lang, session.startsAt), territory: territory.name })}</p>
      {isPast ? (
        <PostForm className="stack">
          <FormAlert state={failed} />
          <ChoiceFieldset name="rating" label={t("assessments.rating")} hint={t("assessments.ratingHint")} state={failed} required>
            <div className="checkbox-list">
              {RATINGS.map((r) => (
                <label key={r} className="checkbox">
                  <input type="radio" name="rating" value={r} defaultChecked={chosen === r} required />
                  {t(`assessments.ratings.${r}`)}
                </label>
              ))}
            </div>
          </ChoiceFieldset>
          <TextAreaField name="comment" label={t("assessments.comment")} hint={t("assessments.commentHint", { max: COMMENT_MAX })} state={failed} defaultValue={feedback?.comment} />
          <p>
            <button type="submit" className="button">{t("assessments.sendFeedback")}</button>
          </p>
        </PostForm>
      ) : (
        <div className="alert alert--info" role="status">
          <p>{t("assessments.feedbackNotYet")}</p>
        </div>
      )}
    </>
  );
}
