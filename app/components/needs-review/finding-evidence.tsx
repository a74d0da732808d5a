import { useTranslation } from "~/i18n/use-translation";
import { Form, Link } from "react-router";
import { CheckboxGroup, FormAlert, type FormState } from "~/components/ui/fields";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import type { TargetGroup } from "~/db/enums";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Passage = { codingId: string; quote: string; themeName: string; interviewId: string; conductedOn: string; targetGroups: TargetGroup[] };

/** The passages backing the finding: quote, theme, interview date (a link), never a pseudonym. */
export function EvidenceList({ lang, evidence, interviewsBase, canEdit }: { lang: Language; evidence: Passage[]; interviewsBase: string; canEdit: boolean }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p>{t("findings.noEvidence")}</p>;
  return (
    <ul className="card-list">
      {evidence.map((p) => (
        <li key={p.codingId} className="card">
          <blockquote>{p.quote}</blockquote>
          <p className="muted">
            {p.themeName} – <Link to={`${interviewsBase}/${p.interviewId}`}>{t("findings.interviewOn", { date: formatDate(lang, p.conductedOn, "medium") })}</Link>
            {p.targetGroups.length ? ` (${p.targetGroups.map((g) => t(`targetGroups.${g}`)).join(", ")})` : null}
          </p>
          {canEdit ? (
            <PostForm className="inline-form">
              <input type="hidden" name="intent" value="remove-evidence" />
              <input type="hidden" name="codingId" value={p.codingId} />
              <button type="submit" className="link-button">
                {t("findings.removeEvidence")}
                <span className="visually-hidden"> {t("findings.removeEvidenceOf", { theme: p.themeName, date: formatDate(lang, p.conductedOn, "medium") })}</span>
              </button>
            </PostForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

type Option = { id: string; label: string };
type Candidates = { rows: { id: string; quote: string; conductedOn: string; linked: boolean }[]; page: number; pageSize: number; total: number };

/**
 * Adding evidence without JavaScript: a GET form chooses a theme (and an interview), the page
 * lists its coded passages with checkboxes, and a POST links the ticked ones.
 */
export function EvidencePicker({
  lang,
  themes,
  interviews,
  themeId,
  interviewId,
  candidates,
  state,
}: {
  lang: Language;
  themes: Option[];
  interviews: Option[];
  themeId: string | null;
  interviewId: string | null;
  candidates: Candidates | null;
  state: FormState;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="add-evidence-heading">
      <h2 id="add-evidence-heading">{t("findings.addEvidence")}</h2>
      <FormAlert state={state} />
      {themes.length === 0 ? (
        <p>{t("findings.noThemes")}</p>
      ) : (
        <>
          <p>{t("findings.addEvidenceIntro")}</p>
          <Form method="get" className="narrow" action="#add-evidence-heading">
            <div className="field">
              <label htmlFor="pick-theme">{t("findings.theme")}</label>
              <select id="pick-theme" name="theme" defaultValue={themeId ?? ""}>
                <option value="">{t("forms.choose")}</option>
                {themes.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="pick-interview">{t("findings.interview")}</label>
              <select id="pick-interview" name="interview" defaultValue={interviewId ?? ""}>
                <option value="">{t("findings.anyInterview")}</option>
                {interviews.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              {t("findings.showPassages")}
            </button>
          </Form>
        </>
      )}
      {candidates ? (
        candidates.rows.length === 0 ? (
          <p>{t("findings.noCodings")}</p>
        ) : (
          <>
            <PostForm noValidate>
              <input type="hidden" name="intent" value="add-evidence" />
              <CheckboxGroup
                name="codingIds[]"
                label={t("findings.passages")}
                options={candidates.rows.map((c) => ({
                  value: c.id,
                  label: `“${c.quote}” – ${t("findings.interviewOn", { date: formatDate(lang, c.conductedOn, "medium") })}${c.linked ? ` (${t("findings.alreadyLinked")})` : ""}`,
                }))}
                defaultValues={candidates.rows.filter((c) => c.linked).map((c) => c.id)}
                state={state}
              />
              <button type="submit" className="button">
                {t("findings.linkPassages")}
              </button>
            </PostForm>
            <Pagination page={candidates.page} pageSize={candidates.pageSize} total={candidates.total} />
          </>
        )
      ) : null}
    </section>
  );
}
