// Forms of the report page: the narrative sections, the language of the report with its
// downloads, and publishing (two steps: ask, then publish).
import { useTranslation } from "~/i18n/use-translation";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { NARRATIVE_SECTIONS, type ReportContent } from "~/features/needs-review/report/report-content";
import { formatNumber } from "~/i18n/format";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "~/i18n/languages";

export function NarrativeForm({ lang, narrative, state, max }: { lang: Language; narrative: ReportContent["narrative"]; state: FormState; max: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="narrative-heading" className="narrow">
      <h2 id="narrative-heading">{t("report.narrativeHeading")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="narrative" />
        {NARRATIVE_SECTIONS.map((name) => (
          <TextAreaField
            key={name}
            name={name}
            label={t(`report.sections.${name}`)}
            hint={t("report.narrativeHint", { max: formatNumber(lang, max) })}
            defaultValue={narrative[name]}
            rows={8}
            state={state}
          />
        ))}
        <button type="submit" className="button">
          {t("report.saveNarrative")}
        </button>
      </PostForm>
    </section>
  );
}

/**
 * Picks the report's language (a GET form: it changes nothing) and links its files. It says which
 * language is shown, and offers the page's and the territory's languages in one click (decision 027).
 */
export function LanguageAndDownloads({ reportLang, pageLang, territoryLang, base }: { reportLang: Language; pageLang: Language; territoryLang: Language; base: string }) {
  const { t } = useTranslation();
  const language = LANGUAGE_NAMES[reportLang];
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t("report.languageHeading")}</h2>
      <p>{t("locale.reportShownIn", { language })}</p>
      <ul className="action-links">
        {reportLang !== pageLang ? (
          <li>
            <Link to={`${base}/report?lang=${pageLang}`}>{t("locale.reportInPageLanguage", { language: LANGUAGE_NAMES[pageLang] })}</Link>
          </li>
        ) : null}
        {reportLang !== territoryLang ? (
          <li>
            <Link to={`${base}/report?lang=${territoryLang}`}>{t("locale.reportInTerritoryLanguage", { language: LANGUAGE_NAMES[territoryLang] })}</Link>
          </li>
        ) : null}
      </ul>
      <Form method="get" className="narrow">
        <SelectField name="lang" label={t("report.language")} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} defaultValue={reportLang} state={undefined} />
        <button type="submit" className="button button--secondary">
          {t("report.showLanguage")}
        </button>
      </Form>
      <ul className="action-links">
        <li>
          <a href={`${base}/report.docx?lang=${reportLang}`} download>
            {t("report.downloadDocx", { language })}
          </a>
        </li>
        <li>
          <a href={`${base}/report.pdf?lang=${reportLang}`} download>
            {t("report.downloadPdf", { language })}
          </a>
        </li>
      </ul>
    </section>
  );
}

export function PublishSection({ reportLang, confirming, state, cancelHref }: { reportLang: Language; confirming: boolean; state: FormState; cancelHref: string }) {
  const { t } = useTranslation();
  const language = LANGUAGE_NAMES[reportLang];
  return (
    <section aria-labelledby="publish-heading" className="narrow">
      <h2 id="publish-heading">{t("report.publishHeading")}</h2>
      <p>{t("report.publishIntro")}</p>
      <FormAlert state={state} />
      {confirming ? (
        <div className="confirm-box" role="alert" aria-labelledby="confirm-publish-heading">
          <h3 id="confirm-publish-heading">{t("report.confirmPublishTitle")}</h3>
          <p>{t("report.confirmPublishBody", { language })}</p>
          <PostForm>
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="language" value={reportLang} />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="button">
              {t("report.confirmPublish")}
            </button>{" "}
            <Link to={cancelHref}>{t("report.cancel")}</Link>
          </PostForm>
        </div>
      ) : (
        <PostForm>
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="language" value={reportLang} />
          <button type="submit" className="button">
            {t("report.publish", { language })}
          </button>
        </PostForm>
      )}
    </section>
  );
}
