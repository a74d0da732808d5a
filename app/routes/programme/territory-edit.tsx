import { and, eq } from "drizzle-orm";
import { useTranslation } from "~/i18n/use-translation";
import { redirect } from "react-router";
import { TerritoryForm } from "~/components/territory/territory-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { territory } from "~/db/schema";
import { territoryFormSchema } from "~/features/territories/territories.schema";
import { updateTerritory } from "~/features/territories/territories.server";
import { localizeTerritory } from "~/features/territories/territory-name";
import { notFound } from "~/http/errors";
import { invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/territory-edit";

async function load(args: Route.LoaderArgs | Route.ActionArgs) {
  const access = await requireProgramme(args, args.params.programme, "programme:manage-territories");
  const [found] = await getDb()
    .select()
    .from(territory)
    .where(and(eq(territory.slug, args.params.territory), eq(territory.programmeId, access.programme.id)));
  if (!found) notFound();
  return { ...access, territory: localizeTerritory(found, getRequestState(args).lang) };
}

export async function loader(args: Route.LoaderArgs) {
  const { territory: found } = await load(args);
  return { territory: found };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme, territory: found } = await load(args);
  const parsed = parseForm(territoryFormSchema(getRequestState(args).lang), await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  await updateTerritory(getDb(), { actor, programmeId: programme.id, territoryId: found.id, input: parsed.value });
  return redirect(`/${getRequestState(args).lang}/p/${programme.slug}`);
}

export default function EditTerritory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const x = loaderData.territory;
  return (
    <div className="narrow">
      <PageTitle>{t("territory.editTitle", { territory: x.name })}</PageTitle>
      <h1>{t("territory.editTitle", { territory: x.name })}</h1>
      <TerritoryForm state={actionData} initial={x} submitLabel={t("common.save")} />
    </div>
  );
}
