import { Fragment } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { Form, Link } from "react-router";
import { FormAlert, TextField, type FormState } from "~/components/ui/fields";
import { Pagination } from "~/components/ui/pagination";
import { splitSnippet } from "~/features/needs-review/interviews/search-snippet";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Kind = "transcript" | "notes" | "source" | "finding";
type Hit = {
  kind: Kind;
  id: string;
  language: string;
  snippet: string;
  title: string | null;
  conductedOn: string | null;
  findingKind: "strength" | "weakness" | "need" | null;
  sourcePage: number | null;
};
type Results = { hits: Hit[]; counts: Record<Kind, number>; more: Record<Kind, boolean>; total: number; page: number; pageSize: number };

const KINDS: Kind[] = ["transcript", "notes", "source", "finding"];

/** The search box: a GET form, so it works without JavaScript and a search can be bookmarked. */
export function SearchForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert state={state} />
      <Form method="get" role="search" className="search-form" noValidate>
        <TextField type="search" name="q" label={t("needsReviewSearch.query")} hint={t("needsReviewSearch.queryHint")} autoComplete="off" state={state} />
        <button type="submit" className="button">
          {t("needsReviewSearch.submit")}
        </button>
      </Form>
    </>
  );
}

/** Text with the search's matched words in <mark>; everything else stays plain (escaped) text. */
export function Marked({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** Where a hit leads: the interview (at its transcript), the source in the list, the finding. */
function hrefOf(base: string, hit: Hit): string {
  switch (hit.kind) {
    case "transcript":
      return `${base}/interviews/${hit.id}#transcript-heading`;
    case "notes":
      return `${base}/interviews/${hit.id}`;
    case "source":
      return `${base}/sources${hit.sourcePage && hit.sourcePage > 1 ? `?page=${hit.sourcePage}` : ""}#source-${hit.id}`;
    case "finding":
      return `${base}/findings#finding-${hit.id}`;
  }
}

function HitLabel({ lang, hit }: { lang: Language; hit: Hit }) {
  const { t } = useTranslation();
  if (hit.kind === "source") return <span lang={hit.language}>{hit.title ? <Marked text={hit.title} /> : null}</span>;
  if (hit.kind === "finding") return <>{hit.findingKind ? t(`needsReviewSearch.findingKinds.${hit.findingKind}`) : t("needsReviewSearch.kinds.finding")}</>;
  return <>{t("needsReview.interviewOn", { date: hit.conductedOn ? formatDate(lang, hit.conductedOn, "long") : "" })}</>;
}

/** The hits in ranked order, each labelled by its kind, with the counts per kind above. */
export function SearchResults({ lang, base, results }: { lang: Language; base: string; results: Results }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">
        {KINDS.some((kind) => results.more[kind])
          ? t("searchAtScale.resultsOver", { formatted: formatNumber(lang, results.total) })
          : t("needsReviewSearch.results", { count: results.total, formatted: formatNumber(lang, results.total) })}
      </h2>
      {results.total === 0 ? (
        <p>{t("needsReviewSearch.noResults")}</p>
      ) : (
        <>
          <dl className="figures">
            {KINDS.map((kind) => (
              <div key={kind}>
                <dt>{t(`needsReviewSearch.kinds.${kind}`)}</dt>
                <dd>
                  {results.more[kind]
                    ? t("searchAtScale.countOver", { formatted: formatNumber(lang, results.counts[kind]) })
                    : formatNumber(lang, results.counts[kind])}
                </dd>
              </div>
            ))}
          </dl>
          {KINDS.some((kind) => results.more[kind]) ? (
            <p>{t("searchAtScale.capped", { formatted: formatNumber(lang, Math.max(...KINDS.map((kind) => results.counts[kind]))) })}</p>
          ) : null}
          {results.counts.transcript > 0 ? <p className="muted">{t("needsReviewSearch.audited")}</p> : null}
          {results.hits.length === 0 ? <p>{t("needsReviewSearch.pastEnd")}</p> : null}
          <ol className="search-hits">
            {results.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <h3>
                  <span className="search-kind">{t(`needsReviewSearch.kinds.${hit.kind}`)}</span>
                  <Link to={hrefOf(base, hit)}>
                    <HitLabel lang={lang} hit={hit} />
                  </Link>
                </h3>
                {hit.snippet ? (
                  <p className="search-snippet" lang={hit.language}>
                    <Marked text={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pagination page={results.page} pageSize={results.pageSize} total={results.total} />
        </>
      )}
    </section>
  );
}
