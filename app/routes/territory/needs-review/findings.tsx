import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { FindingForm } from "~/components/needs-review/finding-form";
import { FindingsByKind } from "~/components/needs-review/findings-list";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { findingSchema } from "~/features/needs-review/findings/findings.schema";
import { createFinding, listFindings } from "~/features/needs-review/findings/findings.server";
import { invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/findings";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  const findings = await listFindings(getDb(), { territoryId: territory.id, page: pageFromUrl(url) });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    findings,
    deleted: url.searchParams.get("deleted") === "1",
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const parsed = parseForm(findingSchema, await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  const created = await createFinding(getDb(), { actor, territory, input: parsed.value });
  // Next the finding needs its evidence: go to its page.
  return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/needs-review/findings/${created.id}`);
}

export default function NeedsReviewFindings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, findings, deleted, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("findings.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={base}>{t("findings.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("findings.intro")}</p>
      {deleted ? <Notice>{t("findings.deleted")}</Notice> : null}
      {findings.total === 0 ? <p>{t("findings.none")}</p> : <FindingsByKind lang={lang} rows={findings.rows} base={`${base}/findings`} />}
      <Pagination page={findings.page} pageSize={findings.pageSize} total={findings.total} />
      {canEdit ? <FindingForm state={actionData && !actionData.ok ? actionData : undefined} /> : null}
    </>
  );
}
