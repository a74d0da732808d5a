// "Use this Toolkit in your territory", on the public page of a published version: a signed-in
// coordinator (or programme admin) picks one of her territories, in any programme, which gets its
// own Toolkit as a copy. Visitors are invited to sign in; others see nothing to do.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, SelectField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

export type CopyTargetOption = { slug: string; label: string };

export function UseInTerritory({ signedIn, targets, state, signInHref }: { signedIn: boolean; targets: CopyTargetOption[]; state: FormState; signInHref: string }) {
  const { t } = useTranslation();
  if (signedIn && !targets.length) return null;
  return (
    <section aria-labelledby="use-heading" className="narrow">
      <h2 id="use-heading">{t("toolkitVersions.useHeading")}</h2>
      <p>{t("toolkitVersions.useIntro")}</p>
      <FormAlert state={state} />
      {signedIn ? (
        <PostForm noValidate>
          <input type="hidden" name="intent" value="copy" />
          <SelectField
            name="territory"
            label={t("toolkitVersions.useTerritory")}
            options={[{ value: "", label: t("toolkitVersions.chooseTerritory") }, ...targets.map((x) => ({ value: x.slug, label: x.label }))]}
            state={state}
            required
          />
          <button type="submit" className="button">
            {t("toolkitVersions.useSubmit")}
          </button>
        </PostForm>
      ) : (
        <p>
          <Link to={signInHref}>{t("toolkitVersions.signInToUse")}</Link>
        </p>
      )}
    </section>
  );
}
