import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { InterviewForm } from "~/components/needs-review/interviews";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { createInterview, listInterviewerOptions, listParticipantOptions } from "~/features/needs-review/interviews/interviews.server";
import { interviewLanguageOptions } from "~/features/needs-review/interviews/interview-languages";
import { interviewSchema } from "~/features/needs-review/needs-review.schema";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/interview-new";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const db = getDb();
  const scope = { territoryId: territory.id };
  const [interviewers, participants] = await Promise.all([listInterviewerOptions(db, scope), listParticipantOptions(db, scope)]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name, language: territory.languages[0] ?? "" },
    languageOptions: interviewLanguageOptions(getRequestState(args).lang, territory.languages),
    interviewers,
    participants,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const formData = await args.request.formData();
  const parsed = parseForm(interviewSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  // Interviewer and participants are checked against the territory; forged ids are field errors.
  const created = await createInterview(getDb(), { actor, territory, input: parsed.value });
  if ("errors" in created) return data({ ok: false as const, errors: created.errors, values: valuesOf(formData) }, { status: 400 });
  const { lang } = getRequestState(args);
  return redirect(`/${lang}/t/${territory.slug}/needs-review/interviews/${created.id}`);
}

export default function NeedsReviewInterviewNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interviewers, participants, languageOptions } = loaderData;
  const title = t("needsReview.newInterviewTitle", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`/${lang}/t/${territory.slug}/needs-review/interviews`}>{t("needsReview.backToInterviews", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <InterviewForm
        state={actionData && !actionData.ok ? actionData : undefined}
        interviewers={interviewers}
        participants={participants}
        defaultLanguage={territory.language}
        languageOptions={languageOptions}
      />
    </>
  );
}
