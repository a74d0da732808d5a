import { useTranslation } from "~/i18n/use-translation";
import { redirect } from "react-router";
import { TerritoryForm } from "~/components/territory/territory-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { territoryFormSchema } from "~/features/territories/territories.schema";
import { createTerritory } from "~/features/territories/territories.server";
import { invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/territory-new";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:manage-territories");
  return { programme: { name: programme.name } };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-territories");
  const parsed = parseForm(territoryFormSchema(getRequestState(args).lang), await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  const created = await createTerritory(getDb(), { actor, programmeId: programme.id, input: parsed.value });
  // Next step for a new territory: invite its coordinator.
  return redirect(`/${getRequestState(args).lang}/t/${created.slug}/members?created=1`);
}

export default function NewTerritory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle>{t("territory.newTitle")}</PageTitle>
      <h1>{t("territory.newTitle")}</h1>
      <p>{t("territory.newIntro", { programme: loaderData.programme.name })}</p>
      <TerritoryForm state={actionData} submitLabel={t("territory.create")} />
    </div>
  );
}
