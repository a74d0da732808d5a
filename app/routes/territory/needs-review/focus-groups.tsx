import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { FocusGroupForm } from "~/components/needs-review/focus-group-form";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { focusGroupSchema } from "~/features/needs-review/findings/findings.schema";
import { createFocusGroup, listFocusGroups } from "~/features/needs-review/focus-groups/focus-groups.server";
import { invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/focus-groups";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const groups = await listFocusGroups(getDb(), { territoryId: territory.id, page: pageFromUrl(new URL(args.request.url)) });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    groups,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const parsed = parseForm(focusGroupSchema, await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  const created = await createFocusGroup(getDb(), { actor, territory, input: parsed.value });
  // Next come its attendees and the findings presented: go to its page.
  return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/needs-review/focus-groups/${created.id}`);
}

export default function NeedsReviewFocusGroups({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, groups, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("focusGroups.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={base}>{t("findings.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("focusGroups.intro")}</p>
      {groups.rows.length === 0 ? (
        <p>{t("focusGroups.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("focusGroups.groupTitle")}</th>
                <th scope="col">{t("focusGroups.heldOn")}</th>
                <th scope="col">{t("focusGroups.place")}</th>
                <th scope="col">{t("focusGroups.attendees")}</th>
                <th scope="col">{t("focusGroups.presentedCount")}</th>
                <th scope="col">{t("focusGroups.decidedCount")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.rows.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <Link to={`${base}/focus-groups/${g.id}`}>{g.title}</Link>
                  </th>
                  <td>{formatDate(lang, g.heldOn, "medium")}</td>
                  <td>{g.place || "—"}</td>
                  <td>{formatNumber(lang, g.attendees)}</td>
                  <td>{formatNumber(lang, g.presented)}</td>
                  <td>{formatNumber(lang, g.decided)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={groups.page} pageSize={groups.pageSize} total={groups.total} />
      {canEdit ? <FocusGroupForm state={actionData && !actionData.ok ? actionData : undefined} /> : null}
    </>
  );
}
