// One competence of the programme's framework, for its admins: edit its texts in the four
// languages, group, ESCO link, position and level descriptors; delete it (two steps) unless a
// Toolkit module develops it or a self-assessment rates it.
import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { CompetenceForm } from "~/components/competences/competence-form";
import { DeleteConfirmation } from "~/components/needs-review/delete-section";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { competenceSchema } from "~/features/competences/competences.schema";
import { countCompetenceUse, deleteCompetence, findCompetence, updateCompetence } from "~/features/competences/competences.server";
import { pickLocalized } from "~/i18n/localized";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/competence";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:manage-competences");
  const competenceId = parseUuid(args.params.competenceId);
  const db = getDb();
  const current = competenceId ? await findCompetence(db, { programmeId: programme.id, competenceId }) : null;
  if (!current) notFound();
  return {
    lang: getRequestState(args).lang,
    programme: { slug: programme.slug, name: programme.name },
    competence: current,
    use: await countCompetenceUse(db, { competenceId: current.id }),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-competences");
  const competenceId = parseUuid(args.params.competenceId);
  if (!competenceId) notFound();
  const formData = await args.request.formData();
  const db = getDb();
  const scope = { actor, programmeId: programme.id, competenceId };
  const intent = formData.get("intent");
  if (intent === "update") {
    const parsed = parseForm(competenceSchema(getRequestState(args).lang), formData);
    if (!parsed.ok) return invalid(parsed);
    const result = await updateCompetence(db, { ...scope, input: parsed.value });
    if (!result.ok && result.field === null) notFound();
    if (!result.ok) return formError(formData, result.error, result.field);
    return { ok: true as const, done: "updated" as const };
  }
  if (intent === "delete") {
    const current = await findCompetence(db, { programmeId: programme.id, competenceId });
    if (!current) notFound();
    const use = await countCompetenceUse(db, { competenceId });
    const refused = () => data({ ok: false as const, errors: { _delete: ["competences.errors.inUse"] }, values: valuesOf(formData), use }, { status: 400 });
    if (use.modules > 0 || use.assessments > 0) return refused();
    // Two steps: the first POST asks, the second (confirm=yes) deletes.
    if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-delete" as const };
    const result = await deleteCompetence(db, scope);
    if (!result.ok && result.error === "not-found") notFound();
    // Linked between the confirmation and now.
    if (!result.ok) return data({ ok: false as const, errors: { _delete: ["competences.errors.inUse"] }, values: valuesOf(formData), use: { modules: result.modules, assessments: result.assessments } }, { status: 400 });
    return redirect(`/${args.params.lang}/p/${programme.slug}/competences?notice=deleted`);
  }
  return formError(formData, "errors.invalid");
}

export default function ProgrammeCompetence({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, competence, use } = loaderData;
  const name = pickLocalized(competence.name, lang)?.text ?? "";
  const base = `/${lang}/p/${programme.slug}/competences`;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const deleteRefused = failed && "use" in failed ? failed.use : undefined;
  const done = actionData?.ok ? actionData.done : undefined;
  return (
    <>
      <PageTitle>{`${t("competences.editTitle", { name })} – ${programme.name}`}</PageTitle>
      <p>
        <Link to={base}>{t("competences.backToFramework")}</Link>
      </p>
      <h1>{t("competences.editTitle", { name })}</h1>
      {done === "updated" ? <Notice>{t("competences.saved")}</Notice> : null}
      {done === "confirm-delete" ? (
        <DeleteConfirmation title={t("competences.confirmDeleteTitle", { name })} confirm={t("competences.confirmDelete")} cancelHref={`${base}/${competence.id}`}>
          <p>{t("competences.confirmDeleteBody")}</p>
        </DeleteConfirmation>
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t("competences.key")}</dt>
          <dd>
            <code>{competence.key}</code>
          </dd>
        </div>
        <div>
          <dt>{t("competences.usedByModules")}</dt>
          <dd>{formatNumber(lang, use.modules)}</dd>
        </div>
        <div>
          <dt>{t("competences.usedByAssessments")}</dt>
          <dd>{formatNumber(lang, use.assessments)}</dd>
        </div>
      </dl>
      <p className="muted">{t("competences.keyHint")}</p>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t("competences.editHeading")}</h2>
        <CompetenceForm lang={lang} state={deleteRefused ? undefined : failed} current={competence} submitLabel={t("competences.save")} intent="update" />
      </section>
      <section aria-labelledby="delete-heading" className="narrow">
        <h2 id="delete-heading">{t("competences.delete")}</h2>
        {deleteRefused ? (
          <div className="alert alert--error" role="alert">
            <p>{t("competences.errors.inUse", { modules: formatNumber(lang, deleteRefused.modules), assessments: formatNumber(lang, deleteRefused.assessments) })}</p>
          </div>
        ) : null}
        <p>{t("competences.deleteHint")}</p>
        <PostForm>
          <input type="hidden" name="intent" value="delete" />
          <button type="submit" className="button button--secondary">
            {t("competences.delete")}
          </button>
        </PostForm>
      </section>
    </>
  );
}
