import { asc, eq } from "drizzle-orm";
import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, Notice, SelectField, TextField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { ORGANISATION_KINDS } from "~/db/enums";
import { territory } from "~/db/schema";
import { organisationFormSchema } from "~/features/organisations/organisations.schema";
import { createOrganisation, listOrganisations } from "~/features/organisations/organisations.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatCountry } from "~/i18n/format";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/organisations";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:manage-organisations");
  const db = getDb();
  const [list, territories] = await Promise.all([
    listOrganisations(db, programme.id, pageFromUrl(new URL(args.request.url))),
    db.select({ id: territory.id, name: territory.name }).from(territory).where(eq(territory.programmeId, programme.id)).orderBy(asc(territory.name)),
  ]);
  return { lang: getRequestState(args).lang, programme: { name: programme.name }, list, territories };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-organisations");
  const formData = await args.request.formData();
  const parsed = parseForm(organisationFormSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const created = await createOrganisation(getDb(), { actor, programmeId: programme.id, input: parsed.value });
  if (!created) return formError(formData, "errors.choose", "territoryId");
  return { ok: true as const, name: created.name };
}

export default function Organisations({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, list, territories, programme } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{t("organisations.title")}</PageTitle>
      <h1>{t("organisations.title")}</h1>
      <p>{t("organisations.intro", { programme: programme.name })}</p>
      {list.rows.length === 0 ? (
        <p>{t("organisations.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("organisations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisations.name")}</th>
                <th scope="col">{t("organisations.kind")}</th>
                <th scope="col">{t("territory.country")}</th>
                <th scope="col">{t("organisations.territory")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.website ? <a href={o.website} rel="noopener noreferrer">{o.name}</a> : o.name}</th>
                  <td>{t(`organisationKinds.${o.kind}`)}</td>
                  <td>{formatCountry(lang, o.countryCode)}</td>
                  <td>{o.territoryName ?? t("organisations.programmeWide")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} />
      <section aria-labelledby="new-organisation" className="narrow">
        <h2 id="new-organisation">{t("organisations.add")}</h2>
        {actionData?.ok ? <Notice>{t("organisations.added", { name: actionData.name })}</Notice> : null}
        <FormAlert state={failed} />
        <PostForm noValidate>
          <TextField name="name" label={t("organisations.name")} required state={failed} />
          <SelectField
            name="kind"
            label={t("organisations.kind")}
            options={[{ value: "", label: t("forms.choose") }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))]}
            required
            state={failed}
          />
          <TextField name="countryCode" label={t("territory.countryCode")} hint={t("territory.countryCodeHint")} required state={failed} />
          <SelectField
            name="territoryId"
            label={t("organisations.territory")}
            options={[{ value: "", label: t("organisations.programmeWide") }, ...territories.map((x) => ({ value: x.id, label: x.name }))]}
            state={failed}
          />
          <TextField name="website" type="url" label={t("organisations.website")} hint={t("organisations.websiteHint")} state={failed} />
          <button type="submit" className="button">
            {t("organisations.add")}
          </button>
        </PostForm>
      </section>
    </>
  );
}
