// Where to start in an empty Needs Review: the steps of the method in order, each with a link to
// the page where it is done.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";

const STEPS = [
  { key: "sources", path: "sources" },
  { key: "participants", path: "participants" },
  { key: "interviews", path: "interviews/new" },
  { key: "pseudonymise", path: "interviews" },
  { key: "codebook", path: "codebook" },
  { key: "coding", path: "interviews" },
  { key: "findings", path: "findings" },
  { key: "focusGroups", path: "focus-groups" },
  { key: "report", path: "report" },
] as const;

export function GettingStarted({ base }: { base: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="getting-started-heading" className="alert alert--info">
      <h2 id="getting-started-heading">{t("needsReview.start.heading")}</h2>
      <p>{t("needsReview.start.intro")}</p>
      <ol>
        {STEPS.map((step) => (
          <li key={step.key}>
            <Link to={`${base}/${step.path}`}>{t(`needsReview.start.steps.${step.key}.link`)}</Link> – {t(`needsReview.start.steps.${step.key}.hint`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
