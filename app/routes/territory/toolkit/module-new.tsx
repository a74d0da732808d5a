// A new module at the end of the Toolkit (the programme's Toolkit is created with its first module).
import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { ModuleForm } from "~/components/toolkit/module-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listModuleChoices } from "~/features/toolkit/links.server";
import { createModule } from "~/features/toolkit/modules.server";
import { moduleSchema } from "~/features/toolkit/toolkit.schema";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { getServerT } from "~/i18n/catalogs.server";
import type { Route } from "./+types/module-new";
import { requireToolkit } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { territory, lang } = await requireToolkit(args, "toolkit:edit");
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    choices: await listModuleChoices(getDb(), { programmeId: territory.programmeId, lang }),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, lang } = await requireToolkit(args, "toolkit:edit");
  const formData = await args.request.formData();
  const parsed = parseForm(moduleSchema(lang), formData);
  if (!parsed.ok) return invalid(parsed);
  const created = await createModule(getDb(), {
    actor,
    territory,
    toolkitTitle: getServerT(lang)("toolkit.defaultTitle"),
    language: lang,
    input: parsed.value,
  });
  if ("errors" in created) return invalid({ errors: created.errors, values: valuesOf(formData) });
  return redirect(`/${lang}/t/${territory.slug}/toolkit/modules/${created.id}`);
}

export default function ToolkitModuleNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, choices } = loaderData;
  const title = t("toolkit.newModuleTitle", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`/${lang}/t/${territory.slug}/toolkit`}>{t("toolkit.backToToolkit")}</Link>
      </p>
      <h1>{title}</h1>
      <ModuleForm lang={lang} state={actionData && !actionData.ok ? actionData : undefined} choices={choices} />
    </>
  );
}
