// A module's materials for editors: add a link or a file (up to 10 MB, typed by its content),
// remove one. Readers see and download them on the module page.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { MaterialForms, MaterialList } from "~/components/toolkit/materials";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { addMaterialFile, addMaterialLink, deleteMaterial, listMaterials, readMaterialFileForm } from "~/features/toolkit/materials.server";
import { findModule } from "~/features/toolkit/modules.server";
import { materialLinkSchema } from "~/features/toolkit/toolkit.schema";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import type { Route } from "./+types/materials";
import { requireModule } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { territory, kit, moduleId, lang } = await requireModule(args, "toolkit:edit");
  const db = getDb();
  const found = await findModule(db, { toolkitId: kit.id, moduleId, lang });
  if (!found) notFound();
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    module: { id: found.id, title: found.title },
    materials: await listMaterials(db, { kit, moduleId }),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, kit, moduleId } = await requireModule(args, "toolkit:edit");
  const db = getDb();
  const formData = await args.request.formData();
  const scope = { actor, territory, kit, moduleId };
  const intent = formData.get("intent");
  switch (intent) {
    case "add-link": {
      const parsed = parseForm(materialLinkSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await addMaterialLink(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      return { ok: true as const, done: result.added ? ("added" as const) : ("already" as const) };
    }
    case "add-file": {
      const form = await readMaterialFileForm(formData);
      if (!form.ok) return invalid(form);
      const result = await addMaterialFile(db, { ...scope, title: form.title, file: form.file });
      if (!result) notFound();
      return { ok: true as const, done: result.added ? ("added" as const) : ("already" as const) };
    }
    case "delete": {
      const materialId = parseUuid(formData.get("materialId"));
      const deleted = materialId ? await deleteMaterial(db, { ...scope, materialId }) : false;
      return { ok: true as const, done: deleted ? ("deleted" as const) : ("gone" as const) };
    }
    default:
      return formError(formData, "errors.invalid");
  }
}

export default function ToolkitMaterials({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, module: m, materials } = loaderData;
  const moduleHref = `/${lang}/t/${territory.slug}/toolkit/modules/${m.id}`;
  const title = t("toolkit.materialsTitle", { title: m.title });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const intent = failed?.values?.intent;
  const done = actionData?.ok ? actionData.done : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={moduleHref}>{t("toolkit.backToModule")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="muted">{territory.name}</p>
      {done === "added" ? <Notice>{t("toolkit.materialAdded")}</Notice> : null}
      {done === "already" ? <Notice>{t("toolkit.materialAlreadyThere")}</Notice> : null}
      {done === "deleted" ? <Notice>{t("toolkit.materialDeleted")}</Notice> : null}
      {done === "gone" ? <Notice>{t("toolkit.alreadyDeleted")}</Notice> : null}
      {failed && intent !== "add-link" && intent !== "add-file" ? (
        <div className="alert alert--error" role="alert">
          <p>{t((failed.errors._form?.[0] ?? "errors.invalid") as never)}</p>
        </div>
      ) : null}
      <MaterialList lang={lang} materials={materials} filesBase={`${moduleHref}/materials`} canEdit />
      <MaterialForms linkState={intent === "add-link" ? failed : undefined} fileState={intent === "add-file" ? failed : undefined} />
    </>
  );
}
