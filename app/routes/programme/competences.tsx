// The programme's competence framework, for its admins: every competence by group with its
// levels, the default framework to (re)install what is missing, and a form to add a competence.
import { useTranslation } from "~/i18n/use-translation";
import { useSearchParams } from "react-router";
import { CompetenceForm } from "~/components/competences/competence-form";
import { FrameworkView } from "~/components/competences/framework";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { competenceSchema } from "~/features/competences/competences.schema";
import { createCompetence, installDefaultFramework, listCompetences } from "~/features/competences/competences.server";
import { DEFAULT_FRAMEWORK } from "~/features/competences/default-framework";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/competences";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:manage-competences");
  const competences = await listCompetences(getDb(), { programmeId: programme.id });
  const keys = new Set(competences.map((c) => c.key));
  return {
    lang: getRequestState(args).lang,
    programme: { slug: programme.slug, name: programme.name },
    competences,
    defaultMissing: DEFAULT_FRAMEWORK.filter((c) => !keys.has(c.key)).length,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-competences");
  const formData = await args.request.formData();
  const db = getDb();
  const intent = formData.get("intent");
  if (intent === "default") {
    const added = await installDefaultFramework(db, { programmeId: programme.id, actor });
    return { ok: true as const, done: "default" as const, added };
  }
  if (intent !== "create") return formError(formData, "errors.invalid");
  const parsed = parseForm(competenceSchema(getRequestState(args).lang), formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await createCompetence(db, { actor, programmeId: programme.id, input: parsed.value });
  if (!result.ok) return formError(formData, result.error, result.field ?? "_form");
  return { ok: true as const, done: "created" as const, id: result.id };
}

export default function ProgrammeCompetences({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, competences, defaultMissing } = loaderData;
  const [searchParams] = useSearchParams();
  const title = t("competences.titleOf", { programme: programme.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData?.ok ? actionData : undefined;
  const base = `/${lang}/p/${programme.slug}/competences`;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="lead">{t("competences.intro")}</p>
      {searchParams.get("notice") === "deleted" ? <Notice>{t("competences.deleted")}</Notice> : null}
      {done?.done === "created" ? <Notice>{t("competences.added")}</Notice> : null}
      {done?.done === "default" ? <Notice>{t("competences.defaultInstalled", { count: done.added })}</Notice> : null}
      {competences.length === 0 ? <p>{t("competences.empty")}</p> : <FrameworkView lang={lang} competences={competences} editBase={base} />}
      {defaultMissing > 0 ? (
        <section aria-labelledby="default-heading" className="narrow">
          <h2 id="default-heading">{t("competences.defaultHeading")}</h2>
          <p>{t("competences.defaultHint", { count: defaultMissing })}</p>
          <PostForm>
            <input type="hidden" name="intent" value="default" />
            <button type="submit" className="button">
              {t("competences.installDefault")}
            </button>
          </PostForm>
        </section>
      ) : null}
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("competences.add")}</h2>
        <CompetenceForm lang={lang} state={failed} submitLabel={t("competences.add")} intent="create" />
      </section>
    </>
  );
}
