import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FINDING_KINDS, type FindingKind, type FindingPriority, type TargetGroup, type ValidationOutcome } from "~/db/enums";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

export type FindingRow = {
  id: string;
  kind: FindingKind;
  statement: string;
  targetGroups: TargetGroup[];
  priority: FindingPriority;
  evidenceCount: number;
  outcome: ValidationOutcome | null;
  amendedStatement: string | null;
};

/** The latest validation outcome in words; an amended finding shows its new wording. */
export function OutcomeText({ outcome, amendedStatement }: { outcome: ValidationOutcome | null; amendedStatement: string | null }) {
  const { t } = useTranslation();
  if (!outcome) return <>{t("findings.notValidated")}</>;
  return (
    <>
      <strong>{t(`validationOutcomes.${outcome}`)}</strong>
      {outcome === "amended" && amendedStatement ? <> – {t("findings.amendedTo", { statement: amendedStatement })}</> : null}
    </>
  );
}

/** Findings grouped by kind (strengths, weaknesses, needs); each has an anchor the search links to. */
/** A finding's priority, target groups, evidence count (when given) and validation outcome. */
export function FindingFigures({
  lang,
  finding: f,
}: {
  lang: Language;
  finding: Pick<FindingRow, "priority" | "targetGroups" | "outcome" | "amendedStatement"> & { evidenceCount?: number };
}) {
  const { t } = useTranslation();
  return (
    <dl className="figures">
      <div>
        <dt>{t("findings.priority")}</dt>
        <dd>{t(`findingPriorities.${f.priority}`)}</dd>
      </div>
      <div>
        <dt>{t("findings.targetGroups")}</dt>
        <dd>{f.targetGroups.length ? f.targetGroups.map((g) => t(`targetGroups.${g}`)).join(", ") : t("findings.noTargetGroups")}</dd>
      </div>
      {f.evidenceCount === undefined ? null : (
        <div>
          <dt>{t("findings.evidence")}</dt>
          <dd>{t("findings.passageCount", { count: f.evidenceCount, formatted: formatNumber(lang, f.evidenceCount) })}</dd>
        </div>
      )}
      <div>
        <dt>{t("findings.validation")}</dt>
        <dd>
          <OutcomeText outcome={f.outcome} amendedStatement={f.amendedStatement} />
        </dd>
      </div>
    </dl>
  );
}

export function FindingsByKind({ lang, rows, base }: { lang: Language; rows: FindingRow[]; base: string }) {
  const { t } = useTranslation();
  return (
    <>
      {FINDING_KINDS.map((kind) => {
        const ofKind = rows.filter((r) => r.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`findings.headings.${kind}`)}</h2>
            {ofKind.length === 0 ? (
              <p className="muted">{t("findings.noneOfKind")}</p>
            ) : (
              <ul className="card-list">
                {ofKind.map((f) => (
                  <li key={f.id} id={`finding-${f.id}`} className="card">
                    <p>
                      <Link to={`${base}/${f.id}`}>{f.statement}</Link>
                    </p>
                    <FindingFigures lang={lang} finding={f} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
