// Tracing: a module back to the needs and contributions it answers, and needs forward to modules.
// A need of another territory shows its statement and territory only (see trace.server.ts).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import type { FindingKind } from "~/db/enums";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type TracedNeed = {
  key: number;
  id: string | null;
  kind: FindingKind;
  statement: string;
  territoryName: string;
  evidence: { interviews: { id: string; conductedOn: string }[] } | null;
};
type TracedContribution = { id: string; proposal: string; theme: string; heldOn: string; territoryName: string; points: number };

export function TraceBack({
  lang,
  needsReviewBase,
  needs,
  notValidatedAnyMore,
  contributions,
}: {
  lang: Language;
  needsReviewBase: string;
  needs: TracedNeed[];
  notValidatedAnyMore: number;
  contributions: TracedContribution[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t("toolkit.traceBack")}</h2>
      <h3>{t("toolkit.needsAnswered")}</h3>
      {needs.length ? (
        <ul className="trace-list">
          {needs.map((n) => (
            <li key={n.key}>
              <p>
                <strong>
                  {t(`findingKinds.${n.kind}`)}, {n.territoryName}:
                </strong>{" "}
                {n.evidence && n.id ? <Link to={`${needsReviewBase}/findings/${n.id}`}>{n.statement}</Link> : n.statement}
              </p>
              {n.evidence ? (
                n.evidence.interviews.length ? (
                  <p>
                    {t("toolkit.evidenceInterviews")}{" "}
                    {n.evidence.interviews.map((i, at) => (
                      <span key={i.id}>
                        {at > 0 ? ", " : null}
                        <Link to={`${needsReviewBase}/interviews/${i.id}`}>{t("toolkit.interviewOf", { date: formatDate(lang, i.conductedOn, "medium") })}</Link>
                      </span>
                    ))}
                  </p>
                ) : (
                  <p className="muted">{t("toolkit.noEvidence")}</p>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("toolkit.noNeedsLinked")}</p>
      )}
      {notValidatedAnyMore > 0 ? <p className="muted">{t("toolkit.notValidatedAnyMore", { count: notValidatedAnyMore })}</p> : null}
      <h3>{t("toolkit.contributionsAnswered")}</h3>
      {contributions.length ? (
        <ul className="trace-list">
          {contributions.map((c) => (
            <li key={c.id}>
              {c.proposal}{" "}
              <span className="muted">
                ({t("toolkit.contributionFrom", { theme: c.theme, territory: c.territoryName, date: formatDate(lang, c.heldOn, "medium") })};{" "}
                {t("toolkit.points", { count: c.points, formatted: formatNumber(lang, c.points) })})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("toolkit.noContributionsLinked")}</p>
      )}
    </section>
  );
}

type CoveredNeed = { key: number; id: string | null; kind: FindingKind; statement: string; territoryName: string; isHere: boolean; modules: { id: string; title: string }[] };

/** Needs with the modules that address them (or, for the unaddressed list, without). */
export function NeedsList({ needs, modulesBase, findingsBase }: { needs: CoveredNeed[]; modulesBase: string; findingsBase: string | null }) {
  const { t } = useTranslation();
  return (
    <ul className="trace-list">
      {needs.map((n) => (
        <li key={n.key} id={n.id ? `need-${n.id}` : undefined}>
          <p>
            <strong>
              {t(`findingKinds.${n.kind}`)}, {n.territoryName}:
            </strong>{" "}
            {n.id && findingsBase ? <Link to={`${findingsBase}/${n.id}`}>{n.statement}</Link> : n.statement}
          </p>
          {n.modules.length ? (
            <p>
              {t("toolkit.addressedBy")}{" "}
              {n.modules.map((m, at) => (
                <span key={m.id}>
                  {at > 0 ? ", " : null}
                  <Link to={`${modulesBase}/${m.id}`}>{m.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** On a validated finding's page: the Toolkit's modules that address it. */
export function AddressedBy({ modules, modulesBase }: { modules: { id: string; title: string }[]; modulesBase: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="addressed-by-heading">
      <h2 id="addressed-by-heading">{t("toolkit.addressedByModules")}</h2>
      {modules.length ? (
        <ul className="plain-list">
          {modules.map((m) => (
            <li key={m.id}>
              <Link to={`${modulesBase}/${m.id}`}>{m.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("toolkit.notAddressedYet")}</p>
      )}
    </section>
  );
}
