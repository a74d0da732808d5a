// Intercoder-agreement checks of the territory: the list, and a form to start one.
import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { FormAlert, SelectField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { createAgreementCheck, listAgreementChecks, listCoderOptions } from "~/features/needs-review/coding/agreement-checks.server";
import { agreementCheckSchema } from "~/features/needs-review/coding/coding.schema";
import { listInterviewsWithTranscript } from "~/features/needs-review/interviews/interviews.server";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/agreement";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const db = getDb();
  const scope = { territoryId: territory.id };
  const canEdit = canInTerritory(actor, "needs-review:edit", territory);
  const [checks, coders, interviews] = await Promise.all([
    listAgreementChecks(db, scope),
    canEdit ? listCoderOptions(db, scope) : [],
    canEdit ? listInterviewsWithTranscript(db, scope) : [],
  ]);
  return { lang: getRequestState(args).lang, territory: { slug: territory.slug, name: territory.name }, checks, coders, interviews, canEdit };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const formData = await args.request.formData();
  const parsed = parseForm(agreementCheckSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await createAgreementCheck(getDb(), { actor, territory, input: parsed.value });
  if (!result.ok) return data({ ok: false as const, errors: result.errors, values: valuesOf(formData) }, { status: 400 });
  return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/needs-review/agreement/${result.id}`);
}

export default function NeedsReviewAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, checks, coders, interviews, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("agreement.title", { territory: territory.name });
  const state = actionData && !actionData.ok ? actionData : undefined;
  const coderOptions = [{ value: "", label: t("forms.choose") }, ...coders.map((c) => ({ value: c.userId, label: c.name }))];
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("agreement.intro")}</p>
      {checks.length === 0 ? (
        <p>{t("agreement.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("agreement.interview")}</th>
                <th scope="col">{t("agreement.coders")}</th>
                <th scope="col">{t("agreement.status")}</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`${base}/agreement/${c.id}`}>{t("needsReview.interviewOn", { date: formatDate(lang, c.conductedOn, "medium") })}</Link>
                  </th>
                  <td>
                    {c.coderAName} · {c.coderBName}
                  </td>
                  <td>{t(`agreement.statuses.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <section aria-labelledby="check-form-heading" className="narrow">
          <h2 id="check-form-heading">{t("agreement.start")}</h2>
          <FormAlert state={state} />
          <PostForm noValidate>
            <SelectField
              name="interviewId"
              label={t("agreement.interview")}
              options={[{ value: "", label: t("forms.choose") }, ...interviews.map((i) => ({ value: i.id, label: `${formatDate(lang, i.conductedOn, "medium")} – ${i.pseudonyms}` }))]}
              required
              state={state}
            />
            <SelectField name="coderAUserId" label={t("agreement.coderA")} options={coderOptions} required state={state} />
            <SelectField name="coderBUserId" label={t("agreement.coderB")} options={coderOptions} required state={state} />
            <button type="submit" className="button">
              {t("agreement.start")}
            </button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
