// The programme's Needs Reviews side by side, for programme admins and experts: theme counts per
// territory and each territory's validated findings. Counts and validated wording only; the
// transcripts, quotes and participants stay inside each territory.
import { useTranslation } from "~/i18n/use-translation";
import { Form, Link } from "react-router";
import { SelectField } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { FINDING_KINDS } from "~/db/enums";
import { compareThemes, listComparedTerritories, listValidatedFindings, type ComparisonRow } from "~/features/needs-review/coding/comparison.server";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/needs-review-comparison";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:compare-needs-reviews");
  const { lang } = getRequestState(args);
  const db = getDb();
  const scope = { programmeId: programme.id };
  const [territories, rows, findings] = await Promise.all([
    listComparedTerritories(db, { ...scope, lang: getRequestState(args).lang }),
    compareThemes(db, { ...scope, language: lang }),
    listValidatedFindings(db, scope),
  ]);
  // ?theme=<row key> highlights a row and keeps the findings resting on it; anything else is ignored.
  const asked = new URL(args.request.url).searchParams.get("theme");
  const chosen = rows.find((r) => r.rowKey === asked)?.rowKey ?? null;
  return {
    lang,
    chosen,
    programme: { slug: programme.slug, name: programme.name },
    territories: territories.map((t) => ({ id: t.id, name: t.name, transcribedInterviews: t.transcribedInterviews })),
    rows,
    findings: findings.filter((f) => !chosen || f.themeKeys.includes(chosen)).map((f) => ({
      id: f.id,
      territoryId: f.territoryId,
      kind: f.kind,
      statement: f.statement,
      outcome: f.outcome,
      priority: f.priority,
      targetGroups: f.targetGroups,
    })),
  };
}

type Data = Route.ComponentProps["loaderData"];

export default function NeedsReviewComparison({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, chosen, programme, territories, rows, findings } = loaderData;
  const title = t("comparison.title", { programme: programme.name });
  const chosenName = rows.find((r) => r.rowKey === chosen)?.name;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("comparison.intro")}</p>
      {territories.length === 0 ? (
        <p>{t("comparison.noTerritories")}</p>
      ) : (
        <>
          <h2 id="themes-heading">{t("comparison.themesHeading")}</h2>
          <p>{t("comparison.themesHint")}</p>
          <Form method="get" className="filter-form">
            <SelectField
              name="theme"
              label={t("comparison.themeFilter")}
              options={[{ value: "", label: t("comparison.allThemes") }, ...rows.map((r) => ({ value: r.rowKey, label: r.name }))]}
              defaultValue={chosen ?? ""}
            />
            <button type="submit" className="button">
              {t("comparison.show")}
            </button>
          </Form>
          <ThemeTable lang={lang} territories={territories} rows={rows} chosen={chosen} />
          <h2>{t("comparison.findingsHeading")}</h2>
          <p>{t("comparison.findingsHint")}</p>
          {chosenName ? (
            <p role="status">
              {t("comparison.chosenTheme", { theme: chosenName })} <Link to={`/${lang}/p/${programme.slug}/needs-review`}>{t("comparison.allFindings")}</Link>
            </p>
          ) : null}
          {territories.map((territory) => (
            <TerritoryFindings key={territory.id} territory={territory} findings={findings.filter((f) => f.territoryId === territory.id)} />
          ))}
        </>
      )}
    </>
  );
}

function ThemeTable({ lang, territories, rows, chosen }: { lang: Language; territories: Data["territories"]; rows: ComparisonRow[]; chosen: string | null }) {
  const { t } = useTranslation();
  const defaults = rows.filter((r) => r.isDefault);
  const others = rows.filter((r) => !r.isDefault);
  const line = (row: ComparisonRow) => (
    <tr key={row.rowKey} className={row.rowKey === chosen ? "matrix__row--chosen" : undefined}>
      <th scope="row" className={`matrix__theme matrix__theme--depth-${Math.min(row.depth, 3)}`}>
        {row.name}
        {row.rowKey === chosen ? <span className="visually-hidden"> {t("comparison.chosenMarker")}</span> : null}
      </th>
      {territories.map((territory) => {
        const c = row.counts[territory.id];
        if (!c) return <td key={territory.id} className="muted">{t("comparison.notInCodebook")}</td>;
        if (c.passages === 0) return <td key={territory.id} className="muted">0</td>;
        return (
          <td key={territory.id}>
            {t("comparison.cell", { passages: formatNumber(lang, c.passages), interviews: formatNumber(lang, c.interviews), count: c.interviews })}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="matrix">
        <caption className="visually-hidden">{t("comparison.themesHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("comparison.theme")}</th>
            {territories.map((territory) => (
              <th scope="col" key={territory.id}>
                {territory.name}{" "}
                <span className="muted">
                  {t("comparison.transcribed", { count: territory.transcribedInterviews, formatted: formatNumber(lang, territory.transcribedInterviews) })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{defaults.map(line)}</tbody>
        {others.length ? (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={territories.length + 1}>
                {t("comparison.otherThemes")}
              </th>
            </tr>
            {others.map(line)}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

function TerritoryFindings({ territory, findings }: { territory: Data["territories"][number]; findings: Data["findings"] }) {
  const { t } = useTranslation();
  const headingId = `findings-${territory.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t("comparison.findingsOf", { territory: territory.name })}</h3>
      {findings.length === 0 ? (
        <p className="muted">{t("comparison.noFindings")}</p>
      ) : (
        FINDING_KINDS.map((kind) => {
          const ofKind = findings.filter((f) => f.kind === kind);
          if (!ofKind.length) return null;
          return (
            <section key={kind} aria-labelledby={`${headingId}-${kind}`}>
              <h4 id={`${headingId}-${kind}`}>{t(`findings.headings.${kind}`)}</h4>
              <ul className="card-list">
                {ofKind.map((f) => (
                  <li key={f.id} className="card">
                    <p>{f.statement}</p>
                    <dl className="figures">
                      <div>
                        <dt>{t("findings.priority")}</dt>
                        <dd>{t(`findingPriorities.${f.priority}`)}</dd>
                      </div>
                      <div>
                        <dt>{t("findings.targetGroups")}</dt>
                        <dd>{f.targetGroups.length ? f.targetGroups.map((g) => t(`targetGroups.${g}`)).join(", ") : t("findings.noTargetGroups")}</dd>
                      </div>
                      <div>
                        <dt>{t("findings.validation")}</dt>
                        <dd>{t(`validationOutcomes.${f.outcome}`)}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
