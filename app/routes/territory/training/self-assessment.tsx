// A trainee's self-assessment of one phase (pre, mid, post) of her own enrolment. Anyone else's
// enrolment, another territory's, or a midway phase the cohort does not have: 404. Outside the
// phase's window the page says so and shows no form.
import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { AssessmentForm, type CompetenceChoice } from "~/components/assessments/assessment-form";
import { pickLocalized } from "~/i18n/localized";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { assessmentSchema, parsePhase } from "~/features/assessments/assessments.schema";
import { findAssessmentLevels, findOwnEnrolment, listCompetences, saveAssessment } from "~/features/assessments/assessments.server";
import { assessmentWindow, phasesOf, todayOf, windowState } from "~/features/assessments/windows";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeQuery } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/self-assessment";

type Args = Route.LoaderArgs | Route.ActionArgs;

/** The guard, her own enrolment, the phase and its window: everything both loader and action need first. */
async function resolve(args: Args) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const enrolmentId = parseUuid(args.params.enrolmentId);
  const phase = parsePhase(args.params.phase);
  if (!enrolmentId || !phase) notFound();
  const db = getDb();
  const own = await findOwnEnrolment(db, { actor, territoryId: territory.id, enrolmentId });
  if (!own || !phasesOf(own.cohort).includes(phase)) notFound();
  const window = assessmentWindow(own.cohort, phase);
  return { db, actor, territory, own, phase, window, state: windowState(window, todayOf()) };
}

function localizedCompetences(list: Awaited<ReturnType<typeof listCompetences>>, lang: Language): CompetenceChoice[] {
  return list.map((c) => ({
    id: c.id,
    name: pickLocalized(c.name, lang),
    description: pickLocalized(c.description, lang),
    levels: Object.fromEntries(Object.entries(c.levels).map(([level, text]) => [level, pickLocalized(text, lang)])),
  }));
}

export async function loader(args: Route.LoaderArgs) {
  const { db, territory, own, phase, window, state } = await resolve(args);
  const lang = getRequestState(args).lang;
  const [competences, saved] = await Promise.all([
    listCompetences(db, { programmeId: territory.programmeId }),
    findAssessmentLevels(db, { territoryId: territory.id, enrolmentId: own.id, phase }),
  ]);
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    cohortName: own.cohort.name,
    enrolmentId: own.id,
    phase,
    window,
    state,
    competences: localizedCompetences(competences, lang),
    saved: Object.fromEntries(saved.levels),
    submittedAt: saved.submittedAt,
  };
}

export async function action(args: Route.ActionArgs) {
  const { db, actor, territory, own, phase, state } = await resolve(args);
  const formData = await args.request.formData();
  if (state !== "open") return formError(formData, "assessments.errors.windowClosed");
  const competences = await listCompetences(db, { programmeId: territory.programmeId });
  if (competences.length === 0) return formError(formData, "assessments.errors.noCompetences");
  const parsed = parseForm(assessmentSchema(competences.map((c) => c.id)), formData);
  if (!parsed.ok) return invalid(parsed);
  await saveAssessment(db, { actor, territory, enrolmentId: own.id, phase, input: parsed.value });
  const lang = getRequestState(args).lang;
  throw redirect(`/${lang}/t/${territory.slug}/my-training/progress/${own.id}${changeNoticeQuery({ saved: true })}`, 303);
}

export default function SelfAssessment({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, cohortName, enrolmentId, phase, window, state, competences, saved, submittedAt } = loaderData;
  const title = t("assessments.assessmentTitle", { phase: t(`assessments.phases.${phase}`), cohort: cohortName });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`/${lang}/t/${territory.slug}/my-training/progress/${enrolmentId}`}>{t("assessments.toProgress")}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("assessments.assessmentIntro", { territory: territory.name })}</p>
      {submittedAt ? <p>{t("assessments.submittedOn", { date: formatDate(lang, submittedAt, "long") })}</p> : null}
      {state === "open" ? (
        competences.length ? (
          <AssessmentForm lang={lang} competences={competences} saved={saved} state={failed} />
        ) : (
          <p>{t("assessments.noCompetences")}</p>
        )
      ) : (
        <div className="alert alert--info" role="status">
          <p>
            {state === "not-yet"
              ? t("assessments.windowNotYet", { date: formatDate(lang, window.opensOn ?? "", "long") })
              : t("assessments.windowClosed", { date: formatDate(lang, window.closesOn ?? "", "long") })}
          </p>
        </div>
      )}
    </>
  );
}
