// Freezing a version (with an optional note) and the confirmation before publishing one.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

export function CreateVersionForm({ lang, state, max }: { lang: Language; state: FormState; max: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="create-version-heading" className="narrow">
      <h2 id="create-version-heading">{t("toolkitVersions.createHeading")}</h2>
      <p>{t("toolkitVersions.createIntro")}</p>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="create" />
        <TextAreaField name="note" label={t("toolkitVersions.note")} hint={t("toolkitVersions.noteHint", { max: formatNumber(lang, max) })} defaultValue="" rows={3} state={state} />
        <button type="submit" className="button">
          {t("toolkitVersions.create")}
        </button>
      </PostForm>
    </section>
  );
}

export function ConfirmPublish({ version, cancelHref }: { version: { id: string; number: number }; cancelHref: string }) {
  const { t } = useTranslation();
  return (
    <section className="confirm-box" role="alert" aria-labelledby="confirm-publish-heading">
      <h2 id="confirm-publish-heading">{t("toolkitVersions.confirmPublishTitle", { number: version.number })}</h2>
      <p>{t("toolkitVersions.confirmPublishBody")}</p>
      <PostForm>
        <input type="hidden" name="intent" value="publish" />
        <input type="hidden" name="versionId" value={version.id} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("toolkitVersions.confirmPublish")}
        </button>{" "}
        <Link to={cancelHref}>{t("toolkitVersions.cancel")}</Link>
      </PostForm>
    </section>
  );
}
