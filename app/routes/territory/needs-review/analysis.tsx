// The analysis of the coded material: theme × target group (passages and participants, each
// cell opening its quotes) and the co-occurrence of themes with the c-coefficient.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Swatch } from "~/components/needs-review/codebook";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { TARGET_GROUPS } from "~/db/enums";
import { themeCooccurrence, themeGroupMatrix } from "~/features/needs-review/coding/analysis.server";
import { listThemes } from "~/features/needs-review/codebook/codebook.server";
import { formatDecimal, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/analysis";

/** The co-occurrence table shows the strongest pairs; the rest are weaker still. */
const MAX_PAIRS = 50;

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const db = getDb();
  const scope = { territoryId: territory.id };
  const [themes, matrix, cooccurrence] = await Promise.all([listThemes(db, { ...scope, counts: false }), themeGroupMatrix(db, scope), themeCooccurrence(db, scope)]);
  const pairs = [...cooccurrence.pairs].sort((a, b) => b.c - a.c || b.n12 - a.n12).slice(0, MAX_PAIRS);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    themes: themes.map((t) => ({ id: t.id, name: t.name, colour: t.colour, depth: t.depth })),
    cells: matrix.cells,
    totals: Object.fromEntries(matrix.totals.map((r) => [r.themeId, r.passages])),
    pairs,
    pairCount: cooccurrence.pairs.length,
  };
}

export default function NeedsReviewAnalysis({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, themes, cells, totals, pairs, pairCount } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("analysis.title", { territory: territory.name });
  const cell = (themeId: string, group: string) => cells.find((c) => c.themeId === themeId && c.targetGroup === group);
  const nameOf = new Map(themes.map((x) => [x.id, x]));
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <h2 id="matrix-heading">{t("analysis.matrixHeading")}</h2>
      <p>{t("analysis.matrixHint")}</p>
      <div className="table-wrap">
        <table aria-labelledby="matrix-heading" className="matrix">
          <thead>
            <tr>
              <th scope="col">{t("coding.theme")}</th>
              {TARGET_GROUPS.map((g) => (
                <th scope="col" key={g}>
                  {t(`targetGroups.${g}`)}
                </th>
              ))}
              <th scope="col">{t("analysis.allPassages")}</th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row" className={`matrix__theme matrix__theme--depth-${Math.min(theme.depth, 3)}`}>
                  <Swatch colour={theme.colour} /> {theme.name}
                </th>
                {TARGET_GROUPS.map((g) => {
                  const c = cell(theme.id, g);
                  return (
                    <td key={g}>
                      {c ? (
                        <Link to={`${base}/passages?theme=${theme.id}&group=${g}`}>
                          {t("analysis.cell", { passages: formatNumber(lang, c.passages), participants: formatNumber(lang, c.participants), count: c.participants })}
                        </Link>
                      ) : (
                        <span className="muted">0</span>
                      )}
                    </td>
                  );
                })}
                <td>{formatNumber(lang, totals[theme.id] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="cooccurrence-heading">{t("analysis.cooccurrenceHeading")}</h2>
      <p>{t("analysis.cooccurrenceHint")}</p>
      {pairs.length === 0 ? (
        <p>{t("analysis.noPairs")}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="cooccurrence-heading">
            <thead>
              <tr>
                <th scope="col">{t("analysis.themeA")}</th>
                <th scope="col">{t("analysis.themeB")}</th>
                <th scope="col">{t("analysis.together")}</th>
                <th scope="col">{t("analysis.coefficient")}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.themeA}-${p.themeB}`}>
                  <th scope="row">
                    <Swatch colour={nameOf.get(p.themeA)?.colour ?? ""} /> {nameOf.get(p.themeA)?.name}
                  </th>
                  <td>
                    <Swatch colour={nameOf.get(p.themeB)?.colour ?? ""} /> {nameOf.get(p.themeB)?.name}
                  </td>
                  <td>{formatNumber(lang, p.n12)}</td>
                  <td>{formatDecimal(lang, p.c, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pairCount > pairs.length ? <p className="muted">{t("analysis.morePairs", { shown: pairs.length, count: pairCount })}</p> : null}
    </>
  );
}
