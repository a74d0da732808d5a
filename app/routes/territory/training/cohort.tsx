import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { CohortForm } from "~/components/training/cohort-form";
import { FeedSection } from "~/components/training/feed-section";
import { SessionForm } from "~/components/training/session-form";
import { SessionsTable } from "~/components/training/sessions-table";
import { EnrolForm, TraineesTable } from "~/components/training/trainees";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { baseUrl } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { completeCohort, findCohort, updateCohort } from "~/features/training/cohorts.server";
import { enrolTrainee, listEnrolmentCandidates, listTrainees, removeTrainee } from "~/features/training/enrolments.server";
import { createFeed, feedPath, findActiveFeed, revokeFeed } from "~/features/training/feeds.server";
import { listCohortSessions, listModuleOptions, listTrainerOptions, saveSession } from "~/features/training/sessions.server";
import { zoneOfCountry } from "~/features/training/time-zone";
import { cohortSchema, enrolSchema, sessionSchema } from "~/features/training/training.schema";
import { forbidden, notFound } from "~/http/errors";
import { type FieldErrors, formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatPercent } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/cohort";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  const cohortId = parseUuid(args.params.cohortId);
  const db = getDb();
  const cohort = cohortId ? await findCohort(db, { territoryId: territory.id, cohortId }) : null;
  if (!cohort) notFound();
  const canManage = canInTerritory(actor, "training:manage", territory);
  const scope = { territoryId: territory.id, cohortId: cohort.id };
  const [trainees, sessions, candidates, trainers, modules, feed] = await Promise.all([
    listTrainees(db, { ...scope, page: pageFromUrl(new URL(args.request.url)) }),
    listCohortSessions(db, scope),
    canManage ? listEnrolmentCandidates(db, { territory, cohortId: cohort.id, kind: cohort.kind, lang: getRequestState(args).lang }) : [],
    canManage ? listTrainerOptions(db, { territoryId: territory.id }) : [],
    canManage ? listModuleOptions(db, { toolkitId: cohort.toolkitId }) : [],
    canManage ? findActiveFeed(db, scope) : null,
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    zone: zoneOfCountry(territory.countryCode),
    userId: actor.userId,
    cohort,
    trainees,
    sessions,
    candidates,
    trainers,
    modules,
    feed,
    canManage,
    // Links only to pages that would answer 200, not 403.
    canSeeInsights: canInTerritory(actor, "training:insights", territory),
    canIssue: canInTerritory(actor, "certificates:issue", territory),
  };
}

const fieldErrors = (formData: FormData, errors: FieldErrors) => data({ ok: false as const, errors, values: valuesOf(formData) }, { status: 400 });

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  if (!canInTerritory(actor, "training:manage", territory)) forbidden();
  const cohortId = parseUuid(args.params.cohortId);
  if (!cohortId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const scope = { actor, territory, cohortId };
  const zone = zoneOfCountry(territory.countryCode);
  switch (formData.get("intent")) {
    case "complete": {
      const result = await completeCohort(db, scope);
      if (result === "not-found") notFound();
      if (result !== "ok") return formError(formData, result);
      return { ok: true as const, done: "completed" as const };
    }
    case "enrol": {
      const parsed = parseForm(enrolSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await enrolTrainee(db, { ...scope, input: parsed.value });
      if (result === "not-found") notFound();
      if (result === "not-eligible") return formError(formData, "training.errors.notEligible", "userId");
      // "already": a second submit of the same enrolment; it is there, as asked.
      return { ok: true as const, done: "enrolled" as const };
    }
    case "unenrol": {
      const enrolmentId = parseUuid(formData.get("enrolmentId"));
      const result = enrolmentId ? await removeTrainee(db, { ...scope, enrolmentId }) : "gone";
      if (result === "certified") return formError(formData, "training.errors.traineeCertified");
      return { ok: true as const, done: result === "ok" ? ("removed" as const) : ("gone" as const) };
    }
    case "session": {
      const parsed = parseForm(sessionSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await saveSession(db, { ...scope, zone, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return fieldErrors(formData, result.errors);
      return { ok: true as const, done: "session" as const };
    }
    case "feed-create": {
      const token = await createFeed(db, scope);
      if (!token) notFound();
      return { ok: true as const, done: "feed" as const, feedUrl: `${baseUrl()}${feedPath(token)}` };
    }
    case "feed-revoke": {
      await revokeFeed(db, scope);
      return { ok: true as const, done: "feed-revoked" as const };
    }
    default: {
      const parsed = parseForm(cohortSchema(getRequestState(args).lang), formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await updateCohort(db, { ...scope, zone, input: parsed.value });
      if (result === "not-found") notFound();
      if (result === "sessions-outside") return formError(formData, "training.errors.sessionsOutside");
      return { ok: true as const, done: "saved" as const };
    }
  }
}

export default function TrainingCohort({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, zone, userId, cohort, trainees, sessions, candidates, trainers, modules, feed, canManage, canSeeInsights, canIssue } = loaderData;
  const base = `/${lang}/t/${territory.slug}/training`;
  const title = t("training.cohort.title", { name: cohort.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const stateFor = (...intents: string[]) => (failed && intents.includes(failed.values?.intent ?? "update") ? failed : undefined);
  const done = actionData?.ok ? actionData.done : null;
  const isTot = cohort.kind === "tot";
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={base}>{t("training.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {canSeeInsights || canIssue ? (
        <ul className="action-links">
          {canSeeInsights ? (
            <li>
              <Link to={`${base}/cohorts/${cohort.id}/insights`}>{t("crossLinks.cohortInsights")}</Link>
            </li>
          ) : null}
          {canIssue ? (
            <li>
              <Link to={`${base}/cohorts/${cohort.id}/certificates`}>{t("crossLinks.cohortCertificates")}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {done ? <Notice>{t(`training.cohort.done.${done}`)}</Notice> : null}
      {/* Refusals of the one-button forms (complete, remove) have no field to sit next to. */}
      {(stateFor("complete", "unenrol")?.errors?._form ?? []).map((key) => (
        <p key={key} className="alert alert--error" role="alert">
          {t(key as never)}
        </p>
      ))}
      <dl className="figures">
        <div>
          <dt>{t("training.cohortForm.kind")}</dt>
          <dd>{t(`training.kinds.${cohort.kind}`)}</dd>
        </div>
        <div>
          <dt>{t("training.overview.dates")}</dt>
          <dd>{t("training.overview.fromTo", { from: formatDate(lang, cohort.startsOn, "medium"), to: formatDate(lang, cohort.endsOn, "medium") })}</dd>
        </div>
        <div>
          <dt>{t("training.cohort.rule")}</dt>
          <dd>
            {t(cohort.requirePostAssessment ? "training.cohort.ruleWithPost" : "training.cohort.ruleAttendance", {
              threshold: formatPercent(lang, cohort.attendanceThresholdPercent),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("training.overview.completed")}</dt>
          <dd>{cohort.completedAt ? formatDate(lang, cohort.completedAt, "medium") : t("training.overview.notCompleted")}</dd>
        </div>
      </dl>
      {canManage && !cohort.completedAt ? (
        <section aria-labelledby="complete-heading" className="narrow">
          <h2 id="complete-heading">{t("training.cohort.complete")}</h2>
          <p>{t("training.cohort.completeHint")}</p>
          <PostForm>
            <input type="hidden" name="intent" value="complete" />
            <button type="submit" className="button button--secondary">
              {t("training.cohort.completeButton")}
            </button>
          </PostForm>
        </section>
      ) : null}
      <h2>{isTot ? t("training.trainees.headingTot") : t("training.trainees.heading")}</h2>
      <TraineesTable lang={lang} trainees={trainees} threshold={cohort.attendanceThresholdPercent} canManage={canManage} />
      {canManage ? <EnrolForm state={stateFor("enrol")} candidates={candidates} isTot={isTot} /> : null}
      <h2>{t("training.sessions.heading")}</h2>
      <SessionsTable lang={lang} zone={zone} rows={sessions} base={base} canManage={canManage} userId={userId} />
      {canManage ? (
        <>
          <SessionForm state={stateFor("session")} trainers={trainers} modules={modules} zone={zone} />
          <FeedSection
            lang={lang}
            heading={t("training.feed.cohortHeading")}
            intro={t("training.feed.cohortIntro")}
            active={feed}
            newUrl={actionData?.ok && actionData.done === "feed" ? actionData.feedUrl : null}
          />
          <CohortForm state={stateFor("update", "matrix-probe")} cohort={cohort} />
        </>
      ) : null}
    </>
  );
}
