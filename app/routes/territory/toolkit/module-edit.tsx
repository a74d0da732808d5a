// Editing a module, and deleting it (two steps: ask, then delete).
import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { DeleteConfirmation, DeleteSection } from "~/components/needs-review/delete-section";
import { ModuleForm } from "~/components/toolkit/module-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listModuleChoices } from "~/features/toolkit/links.server";
import { deleteModule, findModule, updateModule } from "~/features/toolkit/modules.server";
import { moduleSchema } from "~/features/toolkit/toolkit.schema";
import { changeNoticeQuery } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import type { Route } from "./+types/module-edit";
import { requireModule } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { territory, kit, moduleId, lang } = await requireModule(args, "toolkit:edit");
  const db = getDb();
  const found = await findModule(db, { toolkitId: kit.id, moduleId, lang });
  if (!found) notFound();
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    module: {
      id: found.id,
      title: found.title,
      summary: found.summary,
      learningOutcomes: found.learningOutcomes,
      methods: found.methods,
      durationMinutes: found.durationMinutes,
      trainerNotes: found.trainerNotes,
      competenceIds: found.competences.map((c) => c.id),
      findingIds: found.findingIds,
      contributionIds: found.contributionIds,
    },
    choices: await listModuleChoices(db, { programmeId: territory.programmeId, lang }),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, kit, moduleId, lang } = await requireModule(args, "toolkit:edit");
  const db = getDb();
  const formData = await args.request.formData();
  const toolkitBase = `/${lang}/t/${territory.slug}/toolkit`;
  if (formData.get("intent") === "delete") {
    if (formData.get("confirm") !== "yes") {
      if (!(await findModule(db, { toolkitId: kit.id, moduleId, lang }))) notFound();
      return { ok: true as const, done: "confirm-delete" as const };
    }
    const deleted = await deleteModule(db, { actor, territory, kit, moduleId });
    return redirect(`${toolkitBase}${changeNoticeQuery({ deleted: deleted ? "deleted" : "gone" })}`);
  }
  const parsed = parseForm(moduleSchema(lang), formData);
  if (!parsed.ok) return invalid(parsed);
  const saved = await updateModule(db, { actor, territory, kit, moduleId, input: parsed.value });
  if (!saved) notFound();
  if ("errors" in saved) return invalid({ errors: saved.errors, values: valuesOf(formData) });
  return redirect(`${toolkitBase}/modules/${moduleId}${changeNoticeQuery({ saved: true })}`);
}

export default function ToolkitModuleEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, module: m, choices } = loaderData;
  const moduleHref = `/${lang}/t/${territory.slug}/toolkit/modules/${m.id}`;
  const title = t("toolkit.editModuleTitle", { title: m.title });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={moduleHref}>{t("toolkit.backToModule")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="muted">{territory.name}</p>
      {actionData?.ok && actionData.done === "confirm-delete" ? (
        <DeleteConfirmation title={t("toolkit.confirmDeleteTitle")} confirm={t("toolkit.confirmDelete")} cancelHref={`${moduleHref}/edit`}>
          <p>{t("toolkit.confirmDeleteBody", { title: m.title })}</p>
        </DeleteConfirmation>
      ) : null}
      <ModuleForm lang={lang} state={actionData && !actionData.ok ? actionData : undefined} module={m} choices={choices} />
      <DeleteSection heading={t("toolkit.deleteHeading")} body={t("toolkit.deleteBody")} button={t("toolkit.deleteModule")} />
    </>
  );
}
