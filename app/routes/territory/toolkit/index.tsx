// The Training Programme Toolkit the territory works with: its modules in order, and how many of
// the programme's validated needs they address.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CoverageFigures, ModuleTable } from "~/components/toolkit/module-list";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { listModules, moveModule } from "~/features/toolkit/modules.server";
import { moveSchema } from "~/features/toolkit/toolkit.schema";
import { traceNeedsForward } from "~/features/toolkit/trace.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { formError, invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/index";
import { requireToolkit } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory, kit, lang } = await requireToolkit(args, "toolkit:view");
  const url = new URL(args.request.url);
  const db = getDb();
  const [modules, coverage] = await Promise.all([
    kit ? listModules(db, { toolkitId: kit.id, lang, page: pageFromUrl(url) }) : null,
    traceNeedsForward(db, { territory, toolkitId: kit?.id ?? null, lang }),
  ]);
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    toolkit: kit ? { title: kit.title, isOwnCopy: kit.territoryId !== null } : null,
    modules,
    coverage: { addressed: coverage.addressed.length, unaddressed: coverage.unaddressed.length },
    canEdit: canInTerritory(actor, "toolkit:edit", territory),
    notice: changeNoticeFromUrl(url),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, kit } = await requireToolkit(args, "toolkit:edit");
  const formData = await args.request.formData();
  if (formData.get("intent") !== "move") return formError(formData, "errors.invalid");
  const parsed = parseForm(moveSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const moduleId = parseUuid(parsed.value.moduleId);
  if (!kit || !moduleId || !(await moveModule(getDb(), { actor, territory, kit, moduleId, input: parsed.value }))) {
    return formError(formData, "toolkit.errors.moduleUnknown");
  }
  return { ok: true as const };
}

export default function ToolkitIndex({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, toolkit, modules, coverage, canEdit, notice } = loaderData;
  const base = `/${lang}/t/${territory.slug}/toolkit`;
  const title = t("toolkit.pageTitle", { territory: territory.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {toolkit ? <p className="lead">{toolkit.title}</p> : null}
      {toolkit?.isOwnCopy ? <p>{t("toolkit.ownCopy", { territory: territory.name })}</p> : null}
      {notice.deleted ? <Notice>{notice.deleted === "deleted" ? t("toolkit.moduleDeleted") : t("toolkit.alreadyDeleted")}</Notice> : null}
      {failed ? (
        <div className="alert alert--error" role="alert">
          <p>{t((failed.errors._form?.[0] ?? "errors.invalid") as never)}</p>
        </div>
      ) : null}
      <h2>{t("toolkit.coverage")}</h2>
      <CoverageFigures lang={lang} {...coverage} />
      <p>
        <Link to={`${base}/needs`}>{t("toolkit.needsLink")}</Link>
      </p>
      <p>
        <Link to={`${base}/versions`}>{t("crossLinks.toolkitVersions")}</Link>
      </p>
      <h2>{t("toolkit.modules")}</h2>
      {canEdit ? (
        <p>
          <Link to={`${base}/modules/new`} className="button">
            {t("toolkit.newModule")}
          </Link>
        </p>
      ) : null}
      {modules && modules.rows.length ? (
        <>
          <ModuleTable lang={lang} base={base} modules={modules.rows} firstNumber={(modules.page - 1) * modules.pageSize + 1} canEdit={canEdit} />
          <Pagination page={modules.page} pageSize={modules.pageSize} total={modules.total} />
        </>
      ) : (
        <p>{t("toolkit.noModules")}</p>
      )}
    </>
  );
}
