import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { SearchForm, SearchResults } from "~/components/needs-review/search";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { searchQuerySchema } from "~/features/needs-review/needs-review.schema";
import { searchNeedsReview } from "~/features/needs-review/interviews/search.server";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/search";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  const typed = url.searchParams.get("q") ?? "";
  const page = { lang: getRequestState(args).lang, territory: { slug: territory.slug, name: territory.name }, query: typed };
  const parsed = searchQuerySchema.safeParse(typed);
  if (!parsed.success) {
    const errors = { q: [parsed.error.issues[0]?.message ?? "errors.invalid"] };
    return data({ ...page, errors, results: null }, { status: 400 });
  }
  // An empty box is not a search: the form alone, nothing read, nothing audited.
  if (parsed.data === "") return data({ ...page, errors: undefined, results: null });
  const results = await searchNeedsReview(getDb(), { actor, territory, query: parsed.data, page: pageFromUrl(url) });
  return data({ ...page, errors: undefined, results });
}

export default function NeedsReviewSearch({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, query, errors, results } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("needsReviewSearch.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={base}>{t("needsReviewSearch.back", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("needsReviewSearch.intro")}</p>
      <SearchForm state={{ errors, values: { q: query } }} key={query} />
      {results ? <SearchResults lang={lang} base={base} results={results} /> : null}
    </>
  );
}
