// Retrieval: every coded passage of a theme, filtered by target group and interview, with where
// it comes from. The matrix's cells link here.
import { useTranslation } from "~/i18n/use-translation";
import { Form, Link } from "react-router";
import { Swatch, themeOptions } from "~/components/needs-review/codebook";
import { SelectField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { TARGET_GROUPS, type TargetGroup } from "~/db/enums";
import { listThemes } from "~/features/needs-review/codebook/codebook.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { listPassages } from "~/features/needs-review/coding/passages.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/passages";

function targetGroupFrom(value: string | null): TargetGroup | undefined {
  return (TARGET_GROUPS as readonly string[]).includes(value ?? "") ? (value as TargetGroup) : undefined;
}

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  // Unknown or malformed filters are simply ignored: a bookmarked link never breaks the page.
  const filter = {
    themeId: parseUuid(url.searchParams.get("theme")) ?? undefined,
    targetGroup: targetGroupFrom(url.searchParams.get("group")),
    interviewId: parseUuid(url.searchParams.get("interview")) ?? undefined,
  };
  const db = getDb();
  const [themes, passages] = await Promise.all([
    listThemes(db, { territoryId: territory.id }),
    listPassages(db, { territoryId: territory.id, actorUserId: actor.userId, filter, page: pageFromUrl(url) }),
  ]);
  return { lang: getRequestState(args).lang, territory: { slug: territory.slug, name: territory.name }, themes, passages, filter };
}

export default function NeedsReviewPassages({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, themes, passages, filter } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("passages.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <Form method="get" className="filter-form">
        <SelectField name="theme" label={t("coding.theme")} options={[{ value: "", label: t("passages.allThemes") }, ...themeOptions(themes)]} defaultValue={filter.themeId ?? ""} />
        <SelectField
          name="group"
          label={t("needsReview.targetGroup")}
          options={[{ value: "", label: t("passages.allGroups") }, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))]}
          defaultValue={filter.targetGroup ?? ""}
        />
        {filter.interviewId ? <input type="hidden" name="interview" value={filter.interviewId} /> : null}
        <button type="submit" className="button">
          {t("passages.filter")}
        </button>
      </Form>
      {filter.interviewId ? (
        <p>
          {t("passages.oneInterview")} <Link to={`${base}/passages?theme=${filter.themeId ?? ""}&group=${filter.targetGroup ?? ""}`}>{t("passages.allInterviews")}</Link>
        </p>
      ) : null}
      <p role="status">{t("passages.count", { count: passages.total, formatted: formatNumber(lang, passages.total) })}</p>
      <ol className="quote-list">
        {passages.rows.map((p) => (
          <li key={p.id}>
            <blockquote>{p.quote}</blockquote>
            <p className="muted">
              <Swatch colour={p.colour} /> {p.themeName} · <Link to={`${base}/interviews/${p.interviewId}`}>{t("needsReview.interviewOn", { date: formatDate(lang, p.conductedOn, "medium") })}</Link>
              {p.pseudonyms ? ` · ${p.pseudonyms}` : ""} · {t("passages.codedBy", { name: p.coderName ?? t("coding.formerMember") })}
            </p>
            {p.memo ? <p className="memo">{t("passages.memo", { memo: p.memo })}</p> : null}
          </li>
        ))}
      </ol>
      <Pagination page={passages.page} pageSize={passages.pageSize} total={passages.total} />
    </>
  );
}
