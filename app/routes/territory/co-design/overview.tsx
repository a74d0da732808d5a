import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { RoundTableForm } from "~/components/co-design/round-table-form";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { roundTableSchema } from "~/features/co-design/co-design.schema";
import { countCoDesignFigures, createRoundTable, listRoundTables } from "~/features/co-design/round-tables.server";
import { invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/overview";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "co-design:view");
  const db = getDb();
  const [tables, figures] = await Promise.all([
    listRoundTables(db, { territoryId: territory.id, page: pageFromUrl(new URL(args.request.url)) }),
    countCoDesignFigures(db, { territoryId: territory.id }),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    tables,
    figures,
    canEdit: canInTerritory(actor, "co-design:edit", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "co-design:edit");
  const parsed = parseForm(roundTableSchema(getRequestState(args).lang), await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  const created = await createRoundTable(getDb(), { actor, territory, input: parsed.value });
  // Next come its participants, needs and contributions: go to its page.
  return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/co-design/round-tables/${created.id}`);
}

export default function CoDesignOverview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, tables, figures, canEdit } = loaderData;
  const base = `/${lang}/t/${territory.slug}`;
  const title = t("coDesign.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("coDesign.intro")}</p>
      <h2>{t("coDesign.keyFigures")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("coDesign.heldCount")}</dt>
          <dd>{formatNumber(lang, figures.held)}</dd>
        </div>
        <div>
          <dt>{t("coDesign.localParticipants")}</dt>
          <dd>{formatNumber(lang, figures.local)}</dd>
        </div>
        <div>
          <dt>{t("coDesign.internationalParticipants")}</dt>
          <dd>{formatNumber(lang, figures.international)}</dd>
        </div>
        <div>
          <dt>{t("coDesign.contributionCount")}</dt>
          <dd>{formatNumber(lang, figures.contributions)}</dd>
        </div>
      </dl>
      <ul className="action-links">
        <li>
          <Link to={`${base}/toolkit`}>{t("coDesign.toolkitLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/competences`}>{t("crossLinks.competences")}</Link>
        </li>
      </ul>
      <h2>{t("coDesign.roundTables")}</h2>
      {tables.rows.length === 0 ? (
        <p>{t("coDesign.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("coDesign.roundTables")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("coDesign.theme")}</th>
                <th scope="col">{t("coDesign.heldOn")}</th>
                <th scope="col">{t("coDesign.where")}</th>
                <th scope="col">{t("coDesign.participants")}</th>
                <th scope="col">{t("coDesign.contributions")}</th>
                <th scope="col">{t("coDesign.status")}</th>
              </tr>
            </thead>
            <tbody>
              {tables.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${base}/co-design/round-tables/${r.id}`}>{r.theme}</Link>
                  </th>
                  <td>{formatDate(lang, r.heldOn, "medium")}</td>
                  <td>{[r.place, r.onlineUrl ? t("coDesign.online") : ""].filter(Boolean).join(" · ") || "—"}</td>
                  <td>{formatNumber(lang, r.participants)}</td>
                  <td>{formatNumber(lang, r.contributions)}</td>
                  <td>{t(`coDesign.statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={tables.page} pageSize={tables.pageSize} total={tables.total} />
      {canEdit ? <RoundTableForm state={actionData && !actionData.ok ? actionData : undefined} /> : null}
    </>
  );
}
