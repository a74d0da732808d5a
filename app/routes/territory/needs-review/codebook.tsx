import { useTranslation } from "~/i18n/use-translation";
import { useSearchParams } from "react-router";
import { ThemeForm, ThemeTree } from "~/components/needs-review/codebook";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { themeSchema } from "~/features/needs-review/codebook/codebook.schema";
import { createDefaultCodebook, createTheme, listThemes } from "~/features/needs-review/codebook/codebook.server";
import { buildThemeTree } from "~/features/needs-review/codebook/theme-tree";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatLanguageName } from "~/i18n/format";
import { isLanguage, type Language } from "~/i18n/languages";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/codebook";

/** The default codebook is copied in the territory's first language, or the reader's if that is not a platform language. */
function codebookLanguage(territoryLanguages: string[], lang: Language): Language {
  const first = territoryLanguages[0];
  return isLanguage(first) ? first : lang;
}

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const themes = await listThemes(getDb(), { territoryId: territory.id });
  const lang = getRequestState(args).lang;
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    themes,
    defaultLanguage: codebookLanguage(territory.languages, lang),
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "default") {
    const language = codebookLanguage(territory.languages, getRequestState(args).lang);
    const created = await createDefaultCodebook(db, { actor, territory, language });
    return { ok: true as const, done: "default" as const, created };
  }
  const parsed = parseForm(themeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await createTheme(db, { actor, territory, input: parsed.value });
  if (!result.ok) return formError(formData, result.error, result.field ?? "_form");
  return { ok: true as const, done: "created" as const, name: parsed.value.name };
}

export default function NeedsReviewCodebook({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, themes, defaultLanguage, canEdit } = loaderData;
  const title = t("codebook.title", { territory: territory.name });
  const tree = buildThemeTree(themes);
  const [searchParams] = useSearchParams();
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("codebook.intro")}</p>
      {searchParams.get("notice") === "deleted" ? <Notice>{t("codebook.deleted")}</Notice> : null}
      {actionData?.ok && actionData.done === "created" ? <Notice>{t("codebook.themeCreated", { name: actionData.name })}</Notice> : null}
      {actionData?.ok && actionData.done === "default" ? <Notice>{t("codebook.defaultCreated", { count: actionData.created })}</Notice> : null}
      {themes.length === 0 ? (
        <>
          <p>{t("codebook.empty")}</p>
          {canEdit ? (
            <PostForm>
              <input type="hidden" name="intent" value="default" />
              <button type="submit" className="button">
                {t("codebook.useDefault", { language: formatLanguageName(lang, defaultLanguage) })}
              </button>
            </PostForm>
          ) : null}
        </>
      ) : (
        <ThemeTree lang={lang} nodes={tree} base={`/${lang}/t/${territory.slug}/needs-review/codebook`} />
      )}
      {canEdit ? <ThemeForm state={failed} themes={themes} heading={t("codebook.addTheme")} submitLabel={t("codebook.saveTheme")} intent="create" /> : null}
    </>
  );
}
